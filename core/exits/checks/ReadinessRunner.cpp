#include "exits/checks/ReadinessRunner.h"

#include "exits/checks/ReadinessCheck.h"

#include <algorithm>

namespace mixdesk {

ReadinessRunner::ReadinessRunner(QList<ReadinessCheck*> checks, QObject* parent)
    : QObject(parent), m_checks(std::move(checks))
{
    qRegisterMetaType<mixdesk::CheckResult>();
}

void ReadinessRunner::start(const QList<ExitTarget>& targets, const OperatorProfile& profile)
{
    if (m_running)
        cancel();
    m_targets = targets;
    m_results.clear();
    m_done = 0;
    m_total = int(targets.size() * m_checks.size());
    m_running = true;
    emit started(m_total);
    if (m_total == 0) {
        m_running = false;
        emit finished(false);
        return;
    }
    for (const ExitTarget& target : targets)
        for (ReadinessCheck* check : std::as_const(m_checks))
            check->run(target, profile, [this](const CheckResult& r) {
                if (!m_running)
                    return;
                m_results.append(r);
                ++m_done;
                emit resultReady(r);
                emit progress(m_done, m_total);
                if (m_done == m_total) {
                    m_running = false;
                    emit finished(false);
                }
            });
}

void ReadinessRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (ReadinessCheck* check : std::as_const(m_checks))
        check->cancelAll();
    emit finished(true);
}

QList<CheckResult> ReadinessRunner::results() const
{
    QList<CheckResult> sorted = m_results;
    auto targetIndex = [this](const QString& ip) {
        for (qsizetype i = 0; i < m_targets.size(); ++i)
            if (m_targets.at(i).ip == ip)
                return i;
        return m_targets.size();
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const CheckResult& a, const CheckResult& b) {
        const qsizetype ta = targetIndex(a.ip), tb = targetIndex(b.ip);
        return ta != tb ? ta < tb : a.check < b.check;
    });
    return sorted;
}

} // namespace mixdesk
