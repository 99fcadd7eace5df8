#pragma once

#include "dnsbl/DnsblResult.h"
#include "exits/checks/DnsblListings.h"

#include <QHash>

namespace mixdesk {

// The DNSBL capability's latest results held in memory, so the exit checks (which
// run on the GUI thread's event loop) read them without touching the database. The
// Exits controller replaces it from the dnsbl store role before each check.
class DnsblListingsSnapshot final : public DnsblListings
{
public:
    // `latest`: the newest conclusive result of every (address, zone) pair, as
    // DnsblHistory::latest(Which::Conclusive) gives them. Only listings of the
    // actionable kind count; an address with results but no such listing is clean.
    void replace(const QList<DnsblResult>& latest);

    std::optional<QList<DnsblListing>> actionableListings(const QString& ip) const override;

private:
    QHash<QString, QList<DnsblListing>> m_byAddress; // every checked address, normalised
};

} // namespace mixdesk
