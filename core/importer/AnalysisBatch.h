#pragma once

#include "analysis/NoticeAnalyzer.h"
#include "store/NoticeStore.h"

#include <QList>

#include <latch>
#include <memory>

namespace mixdesk {

// Notices whose analyses (and search text) are computed on the global thread
// pool in chunks; wait() blocks until every chunk is done.
class AnalysisBatch
{
public:
    // `skip[i]`: do not analyze notice i (already stored).
    AnalysisBatch(QList<IncomingNotice> notices, QList<bool> skip);

    void start(std::shared_ptr<const NoticeAnalyzer> analyzer);
    void wait();

    QList<IncomingNotice>& notices() { return m_notices; }
    const QList<Analysis>& analyses() const { return m_analyses; }

private:
    QList<IncomingNotice> m_notices;
    QList<bool> m_skip;
    QList<Analysis> m_analyses;
    std::unique_ptr<std::latch> m_done;
};

} // namespace mixdesk
