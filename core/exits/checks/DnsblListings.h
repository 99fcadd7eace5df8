#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mixdesk {

// A listing of an exit address on an actionable DNS blocklist (one that mail
// servers use to refuse mail), as the DNSBL capability found it.
struct DnsblListing
{
    QString zone;    // e.g. "zen.spamhaus.org"
    QString meaning; // what the return code means
    QDateTime checkedAt;
};

// Where the exit checks read the DNSBL capability's results: DnsblListingsSnapshot
// (filled from the dnsbl store role); NoDnsblResults where there are none.
class DnsblListings
{
public:
    virtual ~DnsblListings() = default;
    // The actionable listings of `ip` from the latest check; nullopt when the
    // address has not been checked at all.
    virtual std::optional<QList<DnsblListing>> actionableListings(const QString& ip) const = 0;
};

// No DNSBL results exist yet.
class NoDnsblResults final : public DnsblListings
{
public:
    std::optional<QList<DnsblListing>> actionableListings(const QString&) const override
    {
        return std::nullopt;
    }
};

} // namespace mixdesk
