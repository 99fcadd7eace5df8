#include "dnsbl/MemoryDnsblHistory.h"

#include <QMap>

namespace mixdesk {

Status MemoryDnsblHistory::record(const DnsblRun& run)
{
    m_runs.append(run);
    return {};
}

Result<QList<DnsblResult>> MemoryDnsblHistory::latest(Which which)
{
    QMap<QPair<QString, QString>, DnsblResult> newest;
    for (const DnsblRun& run : std::as_const(m_runs)) {
        for (const DnsblResult& result : run.results) {
            if (which == Which::Conclusive && result.status != DnsblStatus::Listed &&
                result.status != DnsblStatus::NotListed)
                continue;
            newest.insert({result.ip, result.zone}, result);
        }
    }
    return newest.values();
}

Result<QList<DnsblListingPoint>> MemoryDnsblHistory::listingsOverTime(const QString& ip,
                                                                      const QDateTime& since)
{
    QList<DnsblListingPoint> points;
    for (const DnsblRun& run : std::as_const(m_runs)) {
        if (run.startedAt < since)
            continue;
        DnsblListingPoint point{run.startedAt, 0, 0, 0};
        bool seen = false;
        for (const DnsblResult& result : run.results) {
            if (result.ip != ip)
                continue;
            seen = true;
            if (result.status != DnsblStatus::Listed)
                continue;
            switch (result.kind) {
            case DnsblKind::Actionable:
                ++point.actionable;
                break;
            case DnsblKind::ExpectedForExit:
                ++point.expected;
                break;
            case DnsblKind::Informational:
                ++point.informational;
                break;
            }
        }
        if (seen)
            points.append(point);
    }
    return points;
}

Result<QDateTime> MemoryDnsblHistory::lastCheck()
{
    return m_runs.isEmpty() ? QDateTime() : m_runs.last().startedAt;
}

} // namespace mixdesk
