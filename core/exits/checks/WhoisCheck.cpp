#include "exits/checks/WhoisCheck.h"

#include "lookup/RdapClient.h"
#include "lookup/RdapError.h"

namespace mixdesk {
namespace {

QString simplified(const QString& text)
{
    return text.simplified().toLower();
}

} // namespace

WhoisCheck::WhoisCheck(RdapClient* rdap, QObject* parent)
    : ReadinessCheck(parent), m_rdap(rdap), m_tokens(new QObject(this))
{}

void WhoisCheck::cancelAll()
{
    delete m_tokens;
    m_tokens = new QObject(this);
}

void WhoisCheck::run(const ExitTarget& target, const OperatorProfile& profile, Done done)
{
    QObject* token = new QObject(m_tokens);
    m_rdap->lookupIp(target.ip, token,
                     [this, target, profile, token, done](const Result<RdapObject>& answer) {
                         token->deleteLater();
                         if (answer.ok()) {
                             done(judge(target, profile, *answer));
                             return;
                         }
                         const RdapError kind = rdapErrorKind(answer.error());
                         if (kind == RdapError::NotFound || kind == RdapError::NoService)
                             done(result(target, CheckStatus::Fail,
                                         tr("No registry has a record of %1: %2")
                                             .arg(target.ip, answer.error().message)));
                         else
                             done(result(target, CheckStatus::Warn,
                                         tr("The whois (RDAP) record of %1 could not be "
                                            "checked: %2")
                                             .arg(target.ip, answer.error().message)));
                     });
}

CheckResult WhoisCheck::judge(const ExitTarget& target, const OperatorProfile& profile,
                              const RdapObject& network) const
{
    const QString label = network.name.isEmpty() ? network.handle : network.name;
    QStringList names{profile.organisation, profile.name};
    for (const QString& name : std::as_const(names)) {
        const QString wanted = simplified(name);
        if (wanted.size() < 3)
            continue;
        for (const QString& text : network.namingTexts())
            if (simplified(text).contains(wanted))
                return result(target, CheckStatus::Pass,
                              tr("The record of network %1 names the operator (\"%2\").")
                                  .arg(label, name.simplified()));
    }
    QStringList handled = profile.abuseAddresses;
    handled.append(profile.email);
    const QStringList abuse = network.abuseEmails();
    for (const QString& mail : abuse)
        for (const QString& own : std::as_const(handled))
            if (!own.isEmpty() && mail.compare(own.trimmed(), Qt::CaseInsensitive) == 0)
                return result(target, CheckStatus::Pass,
                              tr("The abuse contact of network %1 is %2, an address the operator "
                                 "reads.")
                                  .arg(label, mail));
    QStringList holders;
    for (const RdapEntity& e : network.entitiesWithRole(u"registrant"))
        holders.append(e.organisation.isEmpty() ? e.name : e.organisation);
    holders.removeAll(QString());
    return result(
        target, CheckStatus::Warn,
        tr("The record of network %1 names only %2 (abuse contact: %3), not the "
           "operator: complaints go to the ISP first.")
            .arg(label, holders.isEmpty() ? tr("someone else") : holders.join(QStringLiteral(", ")),
                 abuse.isEmpty() ? tr("none") : abuse.join(QStringLiteral(", "))));
}

} // namespace mixdesk
