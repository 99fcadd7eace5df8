#pragma once

#include <QString>

#include <optional>

namespace mixdesk {

// What a listing on a zone means for an anonymization exit.
enum class DnsblKind
{
    // Blocks mail and has to be dealt with when the exit carries mail (premium exits):
    // Spamhaus SBL/CSS, SpamCop, Barracuda, ...
    Actionable,
    // Lists open proxies, Tor exits and hosts that attack or were exploited: an exit
    // lands there because of its users' traffic; information, not an alarm.
    ExpectedForExit,
    // Neighbourhood and policy lists (UCEPROTECT levels 2/3, backscatter): worth seeing,
    // nothing to do.
    Informational,
};

QString dnsblKindId(DnsblKind kind); // "actionable", "expected-for-exit", "informational"
std::optional<DnsblKind> dnsblKindFromId(QStringView id);
QString dnsblKindDisplayName(DnsblKind kind); // translated
// The more urgent of two kinds (Actionable > ExpectedForExit > Informational).
DnsblKind moreUrgent(DnsblKind a, DnsblKind b);

} // namespace mixdesk
