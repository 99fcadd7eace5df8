#include "respond/AbuseContactLookup.h"

#include "lookup/RdapClient.h"
#include "lookup/RdapError.h"

#include <QHostAddress>
#include <QPointer>

namespace mixdesk {

struct AbuseContactLookup::Run
{
    QStringList domains; // still to ask, in order
    QString ip;          // asked after the domains; cleared once asked
    QString what;        // the host or address, for messages
    QPointer<QObject> context;
    Callback done;
    bool answered = false; // a registry answered (without an abuse address)
    QString failure;       // the last reason a registry did not answer
};

AbuseContactLookup::AbuseContactLookup(RdapClient* rdap, QObject* parent)
    : QObject(parent), m_rdap(rdap)
{}

QStringList AbuseContactLookup::domainCandidates(const QString& host)
{
    QString name = host.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.startsWith(QLatin1Char('[')) || QHostAddress().setAddress(name))
        return {};
    QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QStringList out;
    while (labels.size() >= 2) {
        out << labels.join(QLatin1Char('.'));
        labels.removeFirst();
    }
    return out;
}

QString AbuseContactLookup::mailServerIp(const Analysis& analysis)
{
    QString server = analysis.mailServer.trimmed();
    if (server.startsWith(QLatin1Char('[')) && server.endsWith(QLatin1Char(']')))
        server = server.mid(1, server.size() - 2);
    if (QHostAddress address; address.setAddress(server))
        return address.toString();
    if (server.isEmpty() || analysis.offendingMessages.isEmpty())
        return {};
    const OffendingMessage& m = analysis.offendingMessages.first();
    for (qsizetype i = std::max(0, m.webmailHopIndex + 1); i < m.hops.size(); ++i) {
        const ReceivedHop& hop = m.hops.at(i);
        if (!hop.fromIp.isEmpty() &&
            (hop.fromHost.compare(server, Qt::CaseInsensitive) == 0 ||
             hop.fromReverseHost.compare(server, Qt::CaseInsensitive) == 0))
            return hop.fromIp;
    }
    return {};
}

void AbuseContactLookup::lookup(const QString& host, const QString& ip, QObject* context,
                                Callback done)
{
    auto run = std::make_shared<Run>();
    run->domains = domainCandidates(host);
    run->ip = ip;
    run->what = host.isEmpty() ? ip : host;
    run->context = context;
    run->done = std::move(done);
    next(run);
}

void AbuseContactLookup::next(std::shared_ptr<Run> run)
{
    if (!run->context)
        return;
    auto finish = [run](const Result<RdapObject>& answer) {
        if (!run->context)
            return false;
        if (answer) {
            run->answered = true;
            if (auto contact = RdapAbuseContact::from(*answer)) {
                run->done(*contact);
                return false;
            }
        } else if (rdapErrorKind(answer.error()) == RdapError::NotFound) {
            // Not a registered domain: try the parent.
        } else if (rdapErrorKind(answer.error()) == RdapError::Cancelled) {
            run->done(Error{answer.error().message, LookupFailed});
            return false;
        } else {
            run->failure = answer.error().message;
        }
        return true;
    };
    if (!run->domains.isEmpty()) {
        const QString domain = run->domains.takeFirst();
        m_rdap->lookupDomain(domain, this, [this, run, finish](const Result<RdapObject>& r) {
            if (finish(r))
                next(run);
        });
        return;
    }
    if (!run->ip.isEmpty()) {
        const QString ip = std::exchange(run->ip, QString());
        m_rdap->lookupIp(ip, this, [this, run, finish](const Result<RdapObject>& r) {
            if (finish(r))
                next(run);
        });
        return;
    }
    if (run->what.isEmpty())
        run->done(Error{tr("There is no mail server to look up."), NothingToLookUp});
    else if (run->answered)
        run->done(Error{tr("RDAP names no abuse contact for %1.").arg(run->what), NoAbuseContact});
    else if (run->failure.isEmpty())
        run->done(Error{tr("No RDAP registry knows %1.").arg(run->what), NoAbuseContact});
    else
        run->done(Error{tr("The RDAP lookup for %1 failed: %2").arg(run->what, run->failure),
                        LookupFailed});
}

} // namespace mixdesk
