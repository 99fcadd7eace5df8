#pragma once

#include "dnsbl/DnsblChecker.h"
#include "dnsbl/DnsblHistory.h"
#include "dnsbl/DnsblViewDependencies.h"

#include <QObject>

#include <memory>

namespace mixdesk {

// The DNSBL view's work, on its own thread: the resolver, the checker and the history
// live here, so the GUI thread never waits on DNS or the database. Driven by queued
// calls from DnsblController; answers with queued signals.
class DnsblWorker : public QObject
{
    Q_OBJECT
public:
    DnsblWorker(DnsblViewDependencies::ResolverFactory makeResolver,
                DnsblViewDependencies::HistoryFactory makeHistory,
                DnsblViewDependencies::AlertInboxFactory makeAlertInbox, DnsResolverConfig config);
    ~DnsblWorker() override;

    // Each runs on the worker thread (call through QMetaObject::invokeMethod).
    void init();
    void check(const QList<DnsblZone>& zones, const QList<DnsblTarget>& targets,
               const QString& dqsKey);
    void cancel();
    void loadLatest();
    void loadSeries(const QString& ip, const QDateTime& since);

Q_SIGNALS:
    void failed(const QString& error); // translated
    void latestLoaded(const QList<mixdesk::DnsblResult>& results, const QDateTime& lastCheck);
    void seriesLoaded(const QString& ip, const QList<mixdesk::DnsblListingPoint>& points);
    void progress(int done, int total);
    void resultReady(const mixdesk::DnsblResult& result);
    // newListings: actionable listings of premium exits that are new since the last check,
    // filed in the inbox already (when the worker has one).
    void checkFinished(const mixdesk::DnsblRun& run,
                       const QList<mixdesk::DnsblResult>& newListings);

private:
    void finished(const DnsblRun& run);

    DnsblViewDependencies::ResolverFactory m_makeResolver;
    DnsblViewDependencies::HistoryFactory m_makeHistory;
    DnsblViewDependencies::AlertInboxFactory m_makeAlertInbox;
    DnsResolverConfig m_config;
    std::unique_ptr<DnsResolver> m_resolver;
    std::unique_ptr<DnsblChecker> m_checker;
    std::unique_ptr<DnsblHistory> m_history;
    std::unique_ptr<DnsblAlertInbox> m_alertInbox;
    QList<DnsblZone> m_zones;      // of the running check: the alert mail names them
    QList<DnsblResult> m_previous; // newest conclusive results before the running check
};

} // namespace mixdesk
