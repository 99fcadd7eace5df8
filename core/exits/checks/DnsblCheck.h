#pragma once

#include "exits/checks/ReadinessCheck.h"

namespace mixdesk {

class DnsblListings;

// Premium exits carry mail, so they must stay off actionable blocklists; for free
// exits a listing is expected and not a readiness problem.
class DnsblCheck final : public ReadinessCheck
{
    Q_OBJECT
public:
    explicit DnsblCheck(const DnsblListings* listings, QObject* parent = nullptr);

    ReadinessCheckKind kind() const override { return ReadinessCheckKind::Dnsbl; }
    void run(const ExitTarget& target, const OperatorProfile& profile, Done done) override;
    void cancelAll() override { m_generation++; }

private:
    const DnsblListings* m_listings;
    quint64 m_generation = 0;
};

} // namespace mixdesk
