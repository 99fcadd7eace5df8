#include "dns/DnsStatus.h"

namespace mixdesk {

QString dnsStatusId(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok:
        return QStringLiteral("ok");
    case DnsStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsStatus::NoData:
        return QStringLiteral("nodata");
    case DnsStatus::Refused:
        return QStringLiteral("refused");
    case DnsStatus::ServerFailure:
        return QStringLiteral("servfail");
    case DnsStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsStatus::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace mixdesk
