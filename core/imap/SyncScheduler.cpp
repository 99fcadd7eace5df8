#include "imap/SyncScheduler.h"

#include "imap/SyncJob.h"

namespace mixdesk {

SyncScheduler::SyncScheduler(JobFactory factory, QObject* parent)
    : QObject(parent), m_factory(std::move(factory))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

void SyncScheduler::setIntervalMinutes(int minutes)
{
    setInterval(std::chrono::minutes(minutes));
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
}

std::chrono::milliseconds SyncScheduler::interval() const
{
    return m_timer.isActive() ? m_timer.intervalAsDuration() : std::chrono::milliseconds(0);
}

bool SyncScheduler::syncNow()
{
    if (m_job)
        return false;
    SyncJob* job = m_factory(this);
    if (!job)
        return false;
    m_job = job;
    connect(job, &SyncJob::finished, this, [this, job](const SyncOutcome& outcome) {
        // Idle before telling anyone: the handlers enable "Sync now", or start the
        // next sync at once (a retry after trusting a certificate).
        m_job = nullptr;
        job->deleteLater();
        Q_EMIT jobFinished(outcome);
    });
    Q_EMIT jobStarted(job);
    job->start();
    return true;
}

} // namespace mixdesk
