#pragma once

#include "dnsbl/DnsblRun.h"
#include "dnsbl/DnsblTarget.h"
#include "dnsbl/DnsblViewDependencies.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace mixdesk {

class DnsblWorker;

// The DNSBL view's controller: owns the worker thread, starts and cancels checks,
// re-checks every settings.intervalMinutes while the app runs, and hands results,
// history and new listings to the view through signals (all on the GUI thread).
class DnsblController : public QObject
{
    Q_OBJECT
public:
    explicit DnsblController(DnsblViewDependencies dependencies, QObject* parent = nullptr);
    ~DnsblController() override; // cancels and stops the worker thread

    const QList<DnsblZone>& zones() const { return m_zones; }
    const DnsblTargets& targets() const { return m_targets; }
    const DnsblCatalogue& catalogue() const { return m_catalogue; }
    bool isChecking() const { return m_checking; }
    QDateTime lastCheck() const { return m_lastCheck; }
    int intervalMinutes() const { return m_intervalMinutes; }
    // Milliseconds until the next periodic check; -1 when none is planned.
    int msUntilNextCheck() const { return m_periodic.isActive() ? m_periodic.remainingTime() : -1; }

public Q_SLOTS:
    void checkNow();
    void cancel();
    void setProfile(const mixdesk::OperatorProfile& profile);
    // The Spamhaus DQS key, when the keychain answers after the view was built: the
    // next check asks the DQS zones (and the DQS-only ones).
    void setDqsKey(const QString& key);
    void requestSeries(const QString& ip);

Q_SIGNALS:
    void targetsChanged();
    void zonesChanged();
    void latestLoaded(const QList<mixdesk::DnsblResult>& results);
    void checkStarted(int total);
    void progress(int done, int total);
    void resultReady(const mixdesk::DnsblResult& result);
    void checkFinished(const mixdesk::DnsblRun& run);
    void seriesLoaded(const QString& ip, const QList<mixdesk::DnsblListingPoint>& points);
    // Actionable listings of premium exits that are new since the last check: the app
    // shows a tray message and files an inbox entry.
    void newListings(const QList<mixdesk::DnsblResult>& listings);
    void failed(const QString& error);

private:
    void onLatest(const QList<DnsblResult>& results, const QDateTime& lastCheck);
    void onFinished(const DnsblRun& run, const QList<DnsblResult>& fresh);
    void schedule();

    DnsblCatalogue m_catalogue;
    QList<DnsblZone> m_zones;
    DnsblTargets m_targets;
    QString m_dqsKey;
    int m_intervalMinutes = 0;
    QThread m_thread;
    DnsblWorker* m_worker = nullptr; // lives on m_thread
    QTimer m_periodic;
    QDateTime m_lastCheck;
    bool m_checking = false;
};

} // namespace mixdesk
