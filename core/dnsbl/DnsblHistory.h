#pragma once

#include "dnsbl/DnsblRun.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mixdesk {

// How many zones listed one address in one check, by kind (untrusted zones not counted).
struct DnsblListingPoint
{
    QDateTime at; // the check's start (UTC)
    int actionable = 0;
    int expected = 0;
    int informational = 0;

    int total() const { return actionable + expected + informational; }
    bool operator==(const DnsblListingPoint&) const = default;
};

// Where every check's results are kept. Plain values in and out, so that the SQL
// behind it can become the store's "dnsbl" role (core/store) without touching callers.
// Implementations: MemoryDnsblHistory (tests, CLI), SqlDnsblHistory (SQLite today).
class DnsblHistory
{
public:
    enum class Which
    {
        Any,        // the newest result of each pair, whatever it was
        Conclusive, // the newest listed / not-listed result (a timeout says nothing)
    };

    virtual ~DnsblHistory() = default;

    virtual Status record(const DnsblRun& run) = 0;
    // The newest result of every (ip, zone) pair ever checked, ordered by ip and zone.
    virtual Result<QList<DnsblResult>> latest(Which which = Which::Any) = 0;
    // One point per check of `ip` since `since` (inclusive), oldest first.
    virtual Result<QList<DnsblListingPoint>> listingsOverTime(const QString& ip,
                                                              const QDateTime& since) = 0;
    // When the last check started; invalid when there was none.
    virtual Result<QDateTime> lastCheck() = 0;
};

} // namespace mixdesk
