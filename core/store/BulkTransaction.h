#pragma once

#include "util/Result.h"

#include <QElapsedTimer>

namespace mixdesk {

class BulkWriting;

// Groups the batches of a long write (import, sync) into bulk transactions
// (Database::beginBulk): a commit after a few thousand notices, or after a
// few seconds, whichever comes first. Each commit writes every index page its
// notices touched, and at 100 000 notices that is most of them, so fewer commits
// save most of that work; the time limit bounds how long another connection (the
// GUI changing a status) may wait for the write lock.
class BulkTransaction
{
public:
    static constexpr int kMaxNotices = 5000;
    static constexpr qint64 kMaxMs = 3000;

    explicit BulkTransaction(BulkWriting& store) : m_store(store) {}
    ~BulkTransaction() { commit(); }

    Status begin();
    // After each stored batch of `notices`: commits and begins anew when due.
    Status stored(int notices);
    // Commits what was stored; also right after an error in a batch, which undid
    // only itself. Nothing to do when no bulk is open.
    Status commit();

private:
    BulkWriting& m_store;
    QElapsedTimer m_age;
    int m_notices = 0;
    bool m_open = false;
};

} // namespace mixdesk
