#pragma once

#include "dnsbl/DnsblResult.h"
#include "dnsbl/DnsblZoneHealth.h"

#include <QDateTime>
#include <QList>

namespace mixdesk {

// One check of every (address x zone) pair.
struct DnsblRun
{
    QDateTime startedAt; // UTC; every result's checkedAt
    QDateTime finishedAt;
    QList<DnsblResult> results;        // in (address, zone) order
    QList<DnsblZoneHealth> zoneHealth; // self-test of each zone and family asked
    // Some answer lay outside 127.0.0.0/8: the resolver (or something on the path)
    // rewrites DNS answers, typically NXDOMAIN into an advertising server's address.
    bool rewritingResolver = false;
    bool cancelled = false;

    int count(DnsblStatus status) const;
};

} // namespace mixdesk
