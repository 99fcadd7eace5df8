#include "dnsbl/DnsblStatus.h"

#include <QCoreApplication>

namespace mixdesk {

namespace {
constexpr DnsblStatus kAll[] = {
    DnsblStatus::Listed,      DnsblStatus::NotListed, DnsblStatus::Refused,  DnsblStatus::Error,
    DnsblStatus::Unsupported, DnsblStatus::Timeout,   DnsblStatus::Untrusted};
}

QString dnsblStatusId(DnsblStatus status)
{
    switch (status) {
    case DnsblStatus::Listed:
        return QStringLiteral("listed");
    case DnsblStatus::NotListed:
        return QStringLiteral("not-listed");
    case DnsblStatus::Refused:
        return QStringLiteral("refused");
    case DnsblStatus::Error:
        return QStringLiteral("error");
    case DnsblStatus::Unsupported:
        return QStringLiteral("unsupported");
    case DnsblStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsblStatus::Untrusted:
        return QStringLiteral("untrusted");
    }
    return QStringLiteral("error");
}

std::optional<DnsblStatus> dnsblStatusFromId(QStringView id)
{
    for (DnsblStatus status : kAll) {
        if (id == dnsblStatusId(status))
            return status;
    }
    return std::nullopt;
}

QString dnsblStatusDisplayName(DnsblStatus status)
{
    switch (status) {
    case DnsblStatus::Listed:
        return QCoreApplication::translate("DnsblStatus", "Listed");
    case DnsblStatus::NotListed:
        return QCoreApplication::translate("DnsblStatus", "Not listed");
    case DnsblStatus::Refused:
        return QCoreApplication::translate("DnsblStatus", "Refused");
    case DnsblStatus::Error:
        return QCoreApplication::translate("DnsblStatus", "Error");
    case DnsblStatus::Unsupported:
        return QCoreApplication::translate("DnsblStatus", "Unsupported");
    case DnsblStatus::Timeout:
        return QCoreApplication::translate("DnsblStatus", "Timeout");
    case DnsblStatus::Untrusted:
        return QCoreApplication::translate("DnsblStatus", "Untrusted");
    }
    return {};
}

} // namespace mixdesk
