#pragma once

#include "dns/DnsReply.h"
#include "dnsbl/DnsblResult.h"
#include "dnsbl/DnsblTarget.h"
#include "dnsbl/DnsblZone.h"
#include "dnsbl/DnsblZoneHealth.h"

#include <optional>

namespace mixdesk {

// Reads DNS answers the way a blocklist means them. Pure functions: the checker asks,
// this decides, so every rule has a unit test without a network.
class DnsblAnswerReader
{
public:
    // The addresses of the RFC 5782 test entries for a family: (listed, not listed).
    static QHostAddress testListed(QAbstractSocket::NetworkLayerProtocol family);
    static QHostAddress testNotListed(QAbstractSocket::NetworkLayerProtocol family);

    // One (address, zone) pair from its A answer and, when asked, its TXT answer.
    // - answers outside 127.0.0.0/8: Error (the resolver rewrites), codes = the answers;
    // - only the zone's error codes (Spamhaus 127.255.255.254, ...): Refused;
    // - other codes in 127.0.0.0/8: Listed, with meanings, TXT and the most urgent kind;
    // - NXDOMAIN or an empty answer: NotListed;
    // - REFUSED: Refused; SERVFAIL and other failures: Error; no answer: Timeout.
    static DnsblResult read(const DnsblZone& zone, const DnsblTarget& target, const DnsReply& a,
                            const std::optional<DnsReply>& txt);

    // The verdict of a zone's self-test from the answers for the two test entries.
    static DnsblZoneHealth selfTest(const DnsblZone& zone,
                                    QAbstractSocket::NetworkLayerProtocol family,
                                    const DnsReply& listedProbe, const DnsReply& cleanProbe);

    // A pair of a zone that failed its self-test becomes Untrusted (codes kept).
    static void applyHealth(DnsblResult& result, const DnsblZoneHealth& health);

    // Whether an answer holds an address outside 127.0.0.0/8.
    static bool isRewritten(const DnsReply& a);

    // The result for a family the zone does not list.
    static DnsblResult unsupported(const DnsblZone& zone, const DnsblTarget& target);
};

} // namespace mixdesk
