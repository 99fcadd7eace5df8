#include "dnsbl/DnsblKind.h"

#include <QCoreApplication>

namespace mixdesk {

QString dnsblKindId(DnsblKind kind)
{
    switch (kind) {
    case DnsblKind::Actionable:
        return QStringLiteral("actionable");
    case DnsblKind::ExpectedForExit:
        return QStringLiteral("expected-for-exit");
    case DnsblKind::Informational:
        return QStringLiteral("informational");
    }
    return QStringLiteral("informational");
}

std::optional<DnsblKind> dnsblKindFromId(QStringView id)
{
    for (DnsblKind kind :
         {DnsblKind::Actionable, DnsblKind::ExpectedForExit, DnsblKind::Informational}) {
        if (id == dnsblKindId(kind))
            return kind;
    }
    return std::nullopt;
}

QString dnsblKindDisplayName(DnsblKind kind)
{
    switch (kind) {
    case DnsblKind::Actionable:
        return QCoreApplication::translate("DnsblKind", "Actionable");
    case DnsblKind::ExpectedForExit:
        return QCoreApplication::translate("DnsblKind", "Expected for an exit");
    case DnsblKind::Informational:
        return QCoreApplication::translate("DnsblKind", "Informational");
    }
    return {};
}

DnsblKind moreUrgent(DnsblKind a, DnsblKind b)
{
    return static_cast<int>(a) < static_cast<int>(b) ? a : b;
}

} // namespace mixdesk
