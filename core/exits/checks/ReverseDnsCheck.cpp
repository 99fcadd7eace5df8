#include "exits/checks/ReverseDnsCheck.h"

#include "dns/DnsResolver.h"
#include "dns/ReverseName.h"
#include "exits/checks/TalkingName.h"

#include <QHostAddress>

namespace mixdesk {

ReverseDnsCheck::ReverseDnsCheck(DnsResolver* resolver, QObject* parent)
    : ReadinessCheck(parent), m_resolver(resolver), m_tokens(new QObject(this))
{}

void ReverseDnsCheck::cancelAll()
{
    delete m_tokens;
    m_tokens = new QObject(this);
}

QString ReverseDnsCheck::failureText(const DnsReply& reply)
{
    return reply.reason.isEmpty() ? dnsStatusId(reply.status) : reply.reason;
}

void ReverseDnsCheck::run(const ExitTarget& target, const OperatorProfile& profile, Done done)
{
    QObject* token = new QObject(m_tokens);
    const QHostAddress address(target.ip);
    const QString pattern = profile.ptrPattern;
    m_resolver->lookup(ReverseName::ptrName(address), DnsRecordType::Ptr, token,
                       [this, target, pattern, token, done](const DnsReply& reply) {
                           if (reply.status == DnsStatus::NxDomain ||
                               reply.status == DnsStatus::NoData) {
                               token->deleteLater();
                               done(result(target, CheckStatus::Fail,
                                           tr("%1 has no reverse DNS (PTR) name.").arg(target.ip)));
                               return;
                           }
                           if (!reply.ok()) {
                               token->deleteLater();
                               done(result(target, CheckStatus::Warn,
                                           tr("The reverse DNS of %1 could not be checked: %2")
                                               .arg(target.ip, failureText(reply))));
                               return;
                           }
                           confirm(target, pattern, reply.records.first().value, token, done);
                       });
}

void ReverseDnsCheck::confirm(const ExitTarget& target, const QString& pattern, const QString& name,
                              QObject* token, const Done& done)
{
    const QHostAddress address(target.ip);
    const DnsRecordType type = address.protocol() == QAbstractSocket::IPv6Protocol
                                   ? DnsRecordType::Aaaa
                                   : DnsRecordType::A;
    m_resolver->lookup(
        name, type, token,
        [this, target, pattern, name, address, token, done](const DnsReply& reply) {
            token->deleteLater();
            if (reply.status == DnsStatus::NxDomain || reply.status == DnsStatus::NoData) {
                done(result(target, CheckStatus::Fail,
                            tr("The PTR name %1 has no address record of its own, so it is not "
                               "forward-confirmed.")
                                .arg(name)));
                return;
            }
            if (!reply.ok()) {
                done(result(target, CheckStatus::Warn,
                            tr("The PTR name %1 could not be confirmed: %2")
                                .arg(name, failureText(reply))));
                return;
            }
            QStringList forward;
            bool pointsBack = false;
            for (const DnsRecord& record : reply.records) {
                forward.append(record.address.toString());
                pointsBack = pointsBack || record.address.isEqual(address);
            }
            if (!pointsBack) {
                done(result(target, CheckStatus::Fail,
                            tr("The PTR name %1 points to %2, not back to %3: not "
                               "forward-confirmed.")
                                .arg(name, forward.join(QStringLiteral(", ")), target.ip)));
                return;
            }
            const QString word = TalkingName::why(name, pattern);
            if (word.isEmpty()) {
                done(result(target, CheckStatus::Warn,
                            tr("%1 is forward-confirmed but does not say that the server is an "
                               "exit (no word such as exit, tor, anon, mix, privacy).")
                                .arg(name)));
                return;
            }
            done(result(
                target, CheckStatus::Pass,
                tr("%1 is forward-confirmed and names the exit's role (\"%2\").").arg(name, word)));
        });
}

} // namespace mixdesk
