#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace mixdesk {

class SyncJob;
struct SyncOutcome;

// Runs a sync every N minutes while the app runs, never two at once.
// The factory builds a fresh SyncJob (with the current accounts) for each run; the
// scheduler starts it, announces it with jobStarted() so the GUI can show progress,
// and deletes it after finished().
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    using JobFactory = std::function<SyncJob*(QObject* parent)>;

    explicit SyncScheduler(JobFactory factory, QObject* parent = nullptr);

    // 0 stops the periodic sync; syncNow() still works.
    void setIntervalMinutes(int minutes);
    void setInterval(std::chrono::milliseconds interval); // tests use short intervals
    std::chrono::milliseconds interval() const;

    // Starts a sync now unless one is running (returns false then).
    bool syncNow();
    bool isSyncing() const { return !m_job.isNull(); }

Q_SIGNALS:
    void jobStarted(mixdesk::SyncJob* job);
    void jobFinished(const mixdesk::SyncOutcome& outcome);

private:
    JobFactory m_factory;
    QTimer m_timer;
    QPointer<SyncJob> m_job;
};

} // namespace mixdesk
