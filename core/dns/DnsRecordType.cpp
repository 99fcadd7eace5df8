#include "dns/DnsRecordType.h"

namespace mixdesk {

QString dnsRecordTypeName(DnsRecordType type)
{
    switch (type) {
    case DnsRecordType::A:
        return QStringLiteral("A");
    case DnsRecordType::Aaaa:
        return QStringLiteral("AAAA");
    case DnsRecordType::Ptr:
        return QStringLiteral("PTR");
    case DnsRecordType::Txt:
        return QStringLiteral("TXT");
    }
    return QString::number(static_cast<int>(type));
}

} // namespace mixdesk
