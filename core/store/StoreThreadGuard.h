#pragma once

class QThread;

namespace mixdesk {

// The GUI thread never waits on the database: the GUI forbids its own thread here at
// start-up, and every query a store role makes checks it. A query on a forbidden
// thread is counted and logged (and asserts in debug builds), so a GUI test can prove
// that the window never ran one.
class StoreThreadGuard
{
public:
    static void forbid(QThread* thread);
    static void allowAll();
    // Counts and reports a query on a forbidden thread; false when it was one.
    static bool check();
    static int violations();
};

} // namespace mixdesk
