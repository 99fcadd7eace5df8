#pragma once

#include "store/notices/NoticePreparer.h"

#include <QList>

#include <latch>
#include <memory>

namespace mixdesk {

// Notices prepared for the store (analysed, indexed, packed: NoticePreparer) on the
// analysis thread pool (not Qt's global one, which painting needs) in chunks; wait() blocks until
// every chunk is done.
class AnalysisBatch
{
public:
    // `packed`, when not empty, holds each notice's bytes as the store keeps them
    // already (the spool, a stored notice): they are not packed again.
    explicit AnalysisBatch(QList<IncomingNotice> notices, QList<PackedRaw> packed = {});

    void start(std::shared_ptr<const NoticePreparer> preparer);
    void wait();

    qsizetype size() const { return m_notices.size(); }
    // Valid after wait().
    const QList<PreparedNotice>& prepared() const { return m_prepared; }

private:
    QList<IncomingNotice> m_notices;
    QList<PackedRaw> m_packed;
    QList<PreparedNotice> m_prepared;
    std::unique_ptr<std::latch> m_done;
};

} // namespace mixdesk
