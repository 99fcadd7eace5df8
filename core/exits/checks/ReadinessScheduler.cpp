#include "exits/checks/ReadinessScheduler.h"

namespace mixdesk {

ReadinessScheduler::ReadinessScheduler(QObject* parent) : QObject(parent)
{
    m_first.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReadinessScheduler::due);
    connect(&m_first, &QTimer::timeout, this, &ReadinessScheduler::due);
}

void ReadinessScheduler::start(int intervalMs, int firstDelayMs)
{
    m_timer.start(intervalMs);
    m_first.start(firstDelayMs);
}

void ReadinessScheduler::stop()
{
    m_timer.stop();
    m_first.stop();
}

} // namespace mixdesk
