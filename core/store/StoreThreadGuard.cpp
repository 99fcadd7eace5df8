#include "store/StoreThreadGuard.h"

#include "util/Logging.h"

#include <QThread>

#include <atomic>

namespace mixdesk {
namespace {

std::atomic<QThread*> g_forbidden{nullptr};
std::atomic<int> g_violations{0};

} // namespace

void StoreThreadGuard::forbid(QThread* thread)
{
    g_forbidden = thread;
}

void StoreThreadGuard::allowAll()
{
    g_forbidden = nullptr;
}

bool StoreThreadGuard::check()
{
    QThread* forbidden = g_forbidden.load(std::memory_order_relaxed);
    if (!forbidden || QThread::currentThread() != forbidden)
        return true;
    ++g_violations;
    qCCritical(lcStore) << "a database query ran on the GUI thread";
    Q_ASSERT_X(false, "StoreThreadGuard", "a database query ran on a forbidden thread");
    return false;
}

int StoreThreadGuard::violations()
{
    return g_violations;
}

} // namespace mixdesk
