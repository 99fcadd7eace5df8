#pragma once

#include "dnsbl/DnsblHistory.h"

namespace mixdesk {

// DnsblHistory in memory: for tests, and for a CLI run that keeps nothing.
class MemoryDnsblHistory final : public DnsblHistory
{
public:
    Status record(const DnsblRun& run) override;
    Result<QList<DnsblResult>> latest(Which which = Which::Any) override;
    Result<QList<DnsblListingPoint>> listingsOverTime(const QString& ip,
                                                      const QDateTime& since) override;
    Result<QDateTime> lastCheck() override;

private:
    QList<DnsblRun> m_runs; // oldest first
};

} // namespace mixdesk
