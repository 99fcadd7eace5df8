#include "dnsbl/DnsblWorker.h"

#include "dnsbl/DnsblAlerts.h"

namespace mixdesk {

DnsblWorker::DnsblWorker(DnsblViewDependencies::ResolverFactory makeResolver,
                         DnsblViewDependencies::HistoryFactory makeHistory,
                         DnsblViewDependencies::AlertInboxFactory makeAlertInbox,
                         DnsResolverConfig config)
    : m_makeResolver(std::move(makeResolver)), m_makeHistory(std::move(makeHistory)),
      m_makeAlertInbox(std::move(makeAlertInbox)), m_config(std::move(config))
{
    qRegisterMetaType<QList<mixdesk::DnsblResult>>();
    qRegisterMetaType<QList<mixdesk::DnsblListingPoint>>();
    qRegisterMetaType<mixdesk::DnsblResult>();
    qRegisterMetaType<mixdesk::DnsblRun>();
}

// The checker goes before the resolver it uses.
DnsblWorker::~DnsblWorker()
{
    m_checker.reset();
    m_resolver.reset();
    m_history.reset();
    m_alertInbox.reset();
}

void DnsblWorker::init()
{
    if (m_makeHistory) {
        Result<std::unique_ptr<DnsblHistory>> history = m_makeHistory();
        if (history)
            m_history = std::move(*history);
        else
            emit failed(history.error().message);
    }
    if (m_makeAlertInbox) {
        Result<std::unique_ptr<DnsblAlertInbox>> inbox = m_makeAlertInbox();
        if (inbox)
            m_alertInbox = std::move(*inbox);
        else
            emit failed(inbox.error().message);
    }
    if (m_makeResolver) {
        Result<std::unique_ptr<DnsResolver>> resolver = m_makeResolver(m_config);
        if (!resolver) {
            emit failed(resolver.error().message);
            return;
        }
        m_resolver = std::move(*resolver);
        m_checker = std::make_unique<DnsblChecker>(m_resolver.get());
        connect(m_checker.get(), &DnsblChecker::progress, this, &DnsblWorker::progress);
        connect(m_checker.get(), &DnsblChecker::resultReady, this, &DnsblWorker::resultReady);
        connect(m_checker.get(), &DnsblChecker::finished, this, &DnsblWorker::finished);
    }
}

void DnsblWorker::check(const QList<DnsblZone>& zones, const QList<DnsblTarget>& targets,
                        const QString& dqsKey)
{
    if (!m_checker) {
        DnsblRun run;
        run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
        run.cancelled = true;
        emit failed(tr("The DNS resolver is not available."));
        emit checkFinished(run, {});
        return;
    }
    m_previous.clear();
    m_zones = zones;
    if (m_history) {
        Result<QList<DnsblResult>> previous = m_history->latest(DnsblHistory::Which::Conclusive);
        if (previous)
            m_previous = std::move(*previous);
    }
    DnsblChecker::Options options;
    options.dqsKey = dqsKey;
    m_checker->start(zones, targets, options);
}

void DnsblWorker::cancel()
{
    if (m_checker)
        m_checker->cancel();
}

void DnsblWorker::finished(const DnsblRun& run)
{
    QList<DnsblResult> fresh;
    if (!run.cancelled)
        fresh = DnsblAlerts::newListings(m_previous, run.results);
    // A cancelled check is kept too: its results are real answers.
    if (m_history && !run.results.isEmpty()) {
        if (Status status = m_history->record(run); !status)
            emit failed(status.error().message);
    }
    if (m_alertInbox && !fresh.isEmpty()) {
        if (Result<qint64> filed = m_alertInbox->file(fresh, m_zones); !filed)
            emit failed(tr("The new blocklist listing could not be put in the inbox: %1")
                            .arg(filed.error().message));
    }
    emit checkFinished(run, fresh);
}

void DnsblWorker::loadLatest()
{
    if (!m_history) {
        emit latestLoaded({}, QDateTime());
        return;
    }
    Result<QList<DnsblResult>> latest = m_history->latest();
    Result<QDateTime> last = m_history->lastCheck();
    if (!latest || !last) {
        emit failed(!latest ? latest.error().message : last.error().message);
        emit latestLoaded({}, QDateTime());
        return;
    }
    emit latestLoaded(*latest, *last);
}

void DnsblWorker::loadSeries(const QString& ip, const QDateTime& since)
{
    if (!m_history) {
        emit seriesLoaded(ip, {});
        return;
    }
    Result<QList<DnsblListingPoint>> points = m_history->listingsOverTime(ip, since);
    if (!points) {
        emit failed(points.error().message);
        emit seriesLoaded(ip, {});
        return;
    }
    emit seriesLoaded(ip, *points);
}

} // namespace mixdesk
