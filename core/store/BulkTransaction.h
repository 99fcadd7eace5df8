#pragma once

#include "util/Result.h"

#include <QElapsedTimer>

namespace mixdesk {

class NoticeStore;

// Groups the batches of a long write (import, sync) into bulk transactions
// (NoticeStore::beginBulk): a commit after a few thousand notices, or after a
// second, whichever comes first. The count saves most of the commits' work; the
// time keeps other connections (the GUI changing a status) from waiting long for
// the write lock.
class BulkTransaction
{
public:
    static constexpr int kMaxNotices = 5000;
    static constexpr qint64 kMaxMs = 1000;

    explicit BulkTransaction(NoticeStore& store) : m_store(store) {}
    ~BulkTransaction() { commit(); }

    Status begin();
    // After each stored batch of `notices`: commits and begins anew when due.
    Status stored(int notices);
    // Commits what was stored; also right after an error in a batch, which undid
    // only itself. Nothing to do when no bulk is open.
    Status commit();

private:
    NoticeStore& m_store;
    QElapsedTimer m_age;
    int m_notices = 0;
    bool m_open = false;
};

} // namespace mixdesk
