#pragma once

#include <QAbstractSocket>
#include <QString>

namespace mixdesk {

// The RFC 5782 self-test of one zone for one address family: the test entry
// (127.0.0.2, or ::FFFF:7F00:2 for IPv6) must be listed, 127.0.0.1 (::FFFF:7F00:1)
// must not. A zone that fails is dead or answers everything; its results are not
// trusted.
struct DnsblZoneHealth
{
    enum class Verdict
    {
        Passed,           // test entry listed, 127.0.0.1 not
        Wildcard,         // 127.0.0.1 listed: the zone lists everything (dead, parked)
        MissingTestEntry, // 127.0.0.2 not listed: dead, or ignores RFC 5782
        Rewriting,        // an answer outside 127.0.0.0/8: the resolver rewrites answers
        Refused,          // the zone refused (error code or REFUSED): results say so too
        Unreachable,      // timeout or error: the test could not run
    };

    QString zone;
    QAbstractSocket::NetworkLayerProtocol family = QAbstractSocket::IPv4Protocol;
    Verdict verdict = Verdict::Unreachable;
    QString reason; // translated; empty when Passed

    // Whether the zone's answers can be believed. Refused and Unreachable zones are
    // not distrusted: their results carry their own refusal or timeout.
    bool trusted() const
    {
        return verdict != Verdict::Wildcard && verdict != Verdict::MissingTestEntry &&
               verdict != Verdict::Rewriting;
    }
    bool operator==(const DnsblZoneHealth&) const = default;
};

} // namespace mixdesk
