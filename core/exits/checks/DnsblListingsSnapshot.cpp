#include "exits/checks/DnsblListingsSnapshot.h"

#include <QHostAddress>

namespace mixdesk {

namespace {

// One spelling per address, so "2001:DB8::1" from a profile finds "2001:db8::1".
QString normalised(const QString& ip)
{
    const QHostAddress address(ip);
    return address.isNull() ? ip.trimmed().toLower() : address.toString();
}

} // namespace

void DnsblListingsSnapshot::replace(const QList<DnsblResult>& latest)
{
    m_byAddress.clear();
    for (const DnsblResult& r : latest) {
        QList<DnsblListing>& listings = m_byAddress[normalised(r.ip)];
        if (r.status == DnsblStatus::Listed && r.kind == DnsblKind::Actionable)
            listings.append(DnsblListing{r.zone, r.meaning, r.checkedAt});
    }
}

std::optional<QList<DnsblListing>>
DnsblListingsSnapshot::actionableListings(const QString& ip) const
{
    const auto it = m_byAddress.constFind(normalised(ip));
    if (it == m_byAddress.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace mixdesk
