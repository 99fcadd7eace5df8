#include "dnsbl/DnsblController.h"

#include "dnsbl/DnsblWorker.h"

namespace mixdesk {

DnsblController::DnsblController(DnsblViewDependencies deps, QObject* parent)
    : QObject(parent), m_catalogue(std::move(deps.catalogue)),
      m_targets(DnsblTargets::fromProfile(deps.profile)), m_dqsKey(deps.dqsKey),
      m_intervalMinutes(deps.settings.intervalMinutes)
{
    m_zones = m_catalogue.checkedZones(m_dqsKey);
    Result<DnsResolverConfig> config = deps.settings.resolverConfig();
    if (!config) {
        // A bad name server in the settings: say so, and use the system's resolver.
        QTimer::singleShot(0, this, [this, error = config.error().message] { emit failed(error); });
        config = DnsResolverConfig{};
        config->timeoutMs = deps.settings.timeoutMs;
        config->tries = deps.settings.tries;
    }

    m_thread.setObjectName(QStringLiteral("dnsbl"));
    m_worker = new DnsblWorker(std::move(deps.makeResolver), std::move(deps.makeHistory),
                               std::move(deps.makeAlertInbox), *config);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DnsblWorker::failed, this, &DnsblController::failed);
    connect(m_worker, &DnsblWorker::latestLoaded, this, &DnsblController::onLatest);
    connect(m_worker, &DnsblWorker::progress, this, &DnsblController::progress);
    connect(m_worker, &DnsblWorker::resultReady, this, &DnsblController::resultReady);
    connect(m_worker, &DnsblWorker::seriesLoaded, this, &DnsblController::seriesLoaded);
    connect(m_worker, &DnsblWorker::checkFinished, this, &DnsblController::onFinished);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        w->init();
        w->loadLatest();
    });

    m_periodic.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &DnsblController::checkNow);
}

DnsblController::~DnsblController()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancel(); });
    m_thread.quit();
    m_thread.wait(); // the worker's objects are deleted on its thread before it ends
}

void DnsblController::checkNow()
{
    if (m_checking)
        return;
    m_periodic.stop();
    if (m_targets.targets.isEmpty() || m_zones.isEmpty()) {
        emit failed(m_targets.targets.isEmpty()
                        ? tr("The operator profile has no exit address to check.")
                        : tr("The zone catalogue has no zone to check."));
        schedule();
        return;
    }
    m_checking = true;
    const int total = int(m_targets.targets.size() * m_zones.size());
    emit checkStarted(total);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, zones = m_zones, targets = m_targets.targets,
                                         key = m_dqsKey] { w->check(zones, targets, key); });
}

void DnsblController::cancel()
{
    if (!m_checking)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancel(); });
}

void DnsblController::setProfile(const OperatorProfile& profile)
{
    m_targets = DnsblTargets::fromProfile(profile);
    emit targetsChanged();
}

void DnsblController::setDqsKey(const QString& key)
{
    if (key == m_dqsKey)
        return;
    m_dqsKey = key;
    m_zones = m_catalogue.checkedZones(m_dqsKey);
    emit zonesChanged();
}

void DnsblController::requestSeries(const QString& ip)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ip] { w->loadSeries(ip, QDateTime()); });
}

void DnsblController::onLatest(const QList<DnsblResult>& results, const QDateTime& lastCheck)
{
    m_lastCheck = lastCheck;
    emit latestLoaded(results);
    if (m_intervalMinutes <= 0)
        return;
    // Overdue (or never checked): check now; else when the interval is up.
    const qint64 dueInMs =
        lastCheck.isValid()
            ? QDateTime::currentDateTimeUtc().msecsTo(lastCheck.addSecs(m_intervalMinutes * 60))
            : 0;
    if (dueInMs <= 0)
        checkNow();
    else
        m_periodic.start(int(std::min<qint64>(dueInMs, std::numeric_limits<int>::max())));
}

void DnsblController::onFinished(const DnsblRun& run, const QList<DnsblResult>& fresh)
{
    m_checking = false;
    if (!run.results.isEmpty())
        m_lastCheck = run.startedAt;
    emit checkFinished(run);
    if (!fresh.isEmpty())
        emit newListings(fresh);
    schedule();
}

void DnsblController::schedule()
{
    if (m_intervalMinutes > 0)
        m_periodic.start(m_intervalMinutes * 60 * 1000);
}

} // namespace mixdesk
