#pragma once

#include "exits/checks/ReadinessCheck.h"

namespace mixdesk {

class RdapClient;
struct RdapObject;

// The RDAP record of the exit's network: passes when its name, remarks or
// contacts name the operator, or when its abuse contact is an address the
// operator reads (complaints then skip the ISP). A record that names only the
// ISP is a warning; no record at all fails; a registry that does not answer is a
// warning (we do not know).
class WhoisCheck final : public ReadinessCheck
{
    Q_OBJECT
public:
    explicit WhoisCheck(RdapClient* rdap, QObject* parent = nullptr);

    ReadinessCheckKind kind() const override { return ReadinessCheckKind::Whois; }
    void run(const ExitTarget& target, const OperatorProfile& profile, Done done) override;
    void cancelAll() override;

    // The verdict on a record, without the network (unit-tested on its own).
    CheckResult judge(const ExitTarget& target, const OperatorProfile& profile,
                      const RdapObject& network) const;

private:
    RdapClient* m_rdap;
    QObject* m_tokens;
};

} // namespace mixdesk
