#include "dnsbl/DnsblAlerts.h"

#include <QHash>

namespace mixdesk {

QList<DnsblResult> DnsblAlerts::newListings(const QList<DnsblResult>& previous,
                                            const QList<DnsblResult>& current)
{
    QHash<QPair<QString, QString>, const DnsblResult*> before;
    for (const DnsblResult& r : previous)
        before.insert({r.ip, r.zone}, &r);
    QList<DnsblResult> alerts;
    for (const DnsblResult& r : current) {
        if (r.status != DnsblStatus::Listed || r.kind != DnsblKind::Actionable || !r.premium)
            continue;
        const DnsblResult* old = before.value({r.ip, r.zone});
        if (old && old->status == DnsblStatus::Listed && old->kind == DnsblKind::Actionable)
            continue; // already known
        alerts.append(r);
    }
    return alerts;
}

} // namespace mixdesk
