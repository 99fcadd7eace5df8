#pragma once

#include <QString>

namespace mixdesk {

// The verdict of one readiness check. Ordered from best to worst, so the worst of
// several is their maximum.
enum class CheckStatus
{
    Pass,
    Warn,
    Fail
};
QString checkStatusId(CheckStatus status);          // "pass", "warn", "fail"
CheckStatus checkStatusFromId(QStringView id);      // Fail for unknown ids
QString checkStatusDisplayName(CheckStatus status); // translated

// The readiness checks of an exit, in the order the Exits view shows them.
enum class ReadinessCheckKind
{
    ReverseDns,     // "reverse-dns": PTR exists, points back, names the exit's role
    Whois,          // "rdap": the network's record names the operator or its abuse address
    NoticePage,     // "notice-page": port 80 (and 443) explain the exit
    HostingCountry, // "country": not the operator's home country
    Dnsbl           // "dnsbl": premium exits are on no actionable blocklist
};
QString checkKindId(ReadinessCheckKind kind);
bool checkKindFromId(QStringView id, ReadinessCheckKind* kind);
QString checkKindDisplayName(ReadinessCheckKind kind); // translated
const QList<ReadinessCheckKind>& allCheckKinds();

} // namespace mixdesk
