#include "dnsbl/DnsblResult.h"

#include <QJsonArray>

namespace mixdesk {

QJsonObject DnsblResult::toJson() const
{
    return QJsonObject{{QStringLiteral("ip"), ip},
                       {QStringLiteral("zone"), zone},
                       {QStringLiteral("status"), dnsblStatusId(status)},
                       {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                       {QStringLiteral("meaning"), meaning},
                       {QStringLiteral("txt"), txt},
                       {QStringLiteral("kind"), dnsblKindId(kind)}};
}

} // namespace mixdesk
