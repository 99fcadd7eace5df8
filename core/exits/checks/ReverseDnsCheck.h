#pragma once

#include "exits/checks/ReadinessCheck.h"

namespace mixdesk {

class DnsResolver;
struct DnsReply;

// Reverse DNS of an exit: a PTR name exists, its A/AAAA record points back to the
// exit (forward-confirmed, else anyone could claim any name), and the name talks
// (TalkingName). No PTR, or one that does not point back: fail; a silent name:
// warning; the resolver failing: warning (we do not know).
class ReverseDnsCheck final : public ReadinessCheck
{
    Q_OBJECT
public:
    explicit ReverseDnsCheck(DnsResolver* resolver, QObject* parent = nullptr);

    ReadinessCheckKind kind() const override { return ReadinessCheckKind::ReverseDns; }
    void run(const ExitTarget& target, const OperatorProfile& profile, Done done) override;
    void cancelAll() override;

private:
    void confirm(const ExitTarget& target, const QString& pattern, const QString& name,
                 QObject* token, const Done& done);
    static QString failureText(const DnsReply& reply);

    DnsResolver* m_resolver;
    QObject* m_tokens; // parent of one token per run; deleting it drops every callback
};

} // namespace mixdesk
