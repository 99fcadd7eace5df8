#pragma once

#include <QObject>
#include <QTimer>

namespace mixdesk {

// Asks for a check run every interval while the app runs (and once soon after
// start); the owner connects due() to its runner and skips it when one is running.
class ReadinessScheduler : public QObject
{
    Q_OBJECT
public:
    explicit ReadinessScheduler(QObject* parent = nullptr);

    void start(int intervalMs, int firstDelayMs = 30000);
    void stop();
    bool isActive() const { return m_timer.isActive() || m_first.isActive(); }
    int intervalMs() const { return m_timer.interval(); }

signals:
    void due();

private:
    QTimer m_timer;
    QTimer m_first;
};

} // namespace mixdesk
