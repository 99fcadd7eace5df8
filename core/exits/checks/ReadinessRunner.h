#pragma once

#include "exits/checks/CheckResult.h"
#include "exits/checks/ExitTarget.h"
#include "profile/OperatorProfile.h"

#include <QList>
#include <QObject>

namespace mixdesk {

class ReadinessCheck;

// Runs every check on every exit address at once (each check is asynchronous, so
// the slow ones, notice page and RDAP, overlap) and reports each result as it
// comes, progress, and the end. cancel() drops what is still pending.
class ReadinessRunner : public QObject
{
    Q_OBJECT
public:
    // The checks stay owned by the caller and must outlive the runner's runs.
    explicit ReadinessRunner(QList<ReadinessCheck*> checks, QObject* parent = nullptr);

    void start(const QList<ExitTarget>& targets, const OperatorProfile& profile);
    void cancel();
    bool isRunning() const { return m_running; }
    // The results of the last run, in target order, then check order.
    QList<CheckResult> results() const;

signals:
    void started(int total);
    void progress(int done, int total);
    void resultReady(const mixdesk::CheckResult& result);
    void finished(bool cancelled);

private:
    QList<ReadinessCheck*> m_checks;
    QList<ExitTarget> m_targets;
    QList<CheckResult> m_results;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace mixdesk

Q_DECLARE_METATYPE(mixdesk::CheckResult)
