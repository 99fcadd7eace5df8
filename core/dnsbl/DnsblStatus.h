#pragma once

#include <QString>

#include <optional>

namespace mixdesk {

// The outcome of asking one zone about one address.
enum class DnsblStatus
{
    Listed,      // an answer in 127.0.0.0/8 that is not one of the zone's error codes
    NotListed,   // NXDOMAIN (or an empty answer)
    Refused,     // the zone or the server refused: REFUSED, or an error code such as
                 // Spamhaus's 127.255.255.254 (query through a public resolver)
    Error,       // SERVFAIL, nobody listening, an answer outside 127.0.0.0/8 (a resolver
                 // that rewrites answers), a malformed answer
    Unsupported, // the zone does not list this address family (IPv6 on an IPv4-only list)
    Timeout,     // no answer after every try
    Untrusted,   // the zone failed its RFC 5782 self-test (dead or lists everything)
};

QString dnsblStatusId(DnsblStatus status); // "listed", "not-listed", "refused", ...
std::optional<DnsblStatus> dnsblStatusFromId(QStringView id);
QString dnsblStatusDisplayName(DnsblStatus status); // translated

} // namespace mixdesk
