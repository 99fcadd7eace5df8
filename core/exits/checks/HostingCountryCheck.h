#pragma once

#include "exits/checks/ReadinessCheck.h"

namespace mixdesk {

// The exit should not be hosted in the operator's home country: minor abuse is
// rarely prosecuted when identifying the offender needs international
// coordination, and users get more anonymity from a cascade spread over countries.
// Same country: a warning with that reason. Unknown country: a warning.
class HostingCountryCheck final : public ReadinessCheck
{
    Q_OBJECT
public:
    using ReadinessCheck::ReadinessCheck;

    ReadinessCheckKind kind() const override { return ReadinessCheckKind::HostingCountry; }
    void run(const ExitTarget& target, const OperatorProfile& profile, Done done) override;
    void cancelAll() override { m_generation++; }

private:
    quint64 m_generation = 0;
};

} // namespace mixdesk
