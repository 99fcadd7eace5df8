#include "importer/AnalysisBatch.h"

#include <QThreadPool>

namespace mixdesk {

namespace {

// The analysis has a pool of its own. Qt's raster paint engine hands parts of large
// fills to QThreadPool::globalInstance() and waits for them on the GUI thread: with the
// global pool busy analysing an import, the window froze for seconds at a time
// (bench_gui_stall: 3 to 16 s). Reachable to the end, so never destroyed after the
// application object.
QThreadPool& analysisPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("mixdesk-analysis"));
        return p;
    }();
    return *pool;
}

} // namespace

AnalysisBatch::AnalysisBatch(QList<IncomingNotice> notices, QList<PackedRaw> packed)
    : m_notices(std::move(notices)), m_packed(std::move(packed)), m_prepared(m_notices.size())
{}

void AnalysisBatch::start(std::shared_ptr<const NoticePreparer> preparer)
{
    // Chunks small enough to balance the threads, big enough to keep the
    // pool's overhead negligible.
    constexpr qsizetype kChunk = 16;
    const qsizetype chunks = (m_notices.size() + kChunk - 1) / kChunk;
    m_done = std::make_unique<std::latch>(chunks);
    // Detach once here: the tasks write through raw pointers, never through
    // QList's (possibly detaching) non-const accessors.
    IncomingNotice* notices = m_notices.data();
    PackedRaw* packed = m_packed.isEmpty() ? nullptr : m_packed.data();
    PreparedNotice* prepared = m_prepared.data();
    for (qsizetype c = 0; c < chunks; ++c) {
        const qsizetype begin = c * kChunk;
        const qsizetype end = qMin(begin + kChunk, m_notices.size());
        // Each task writes only its own slots of the pre-sized list.
        std::latch* done = m_done.get();
        analysisPool().start([=] {
            for (qsizetype i = begin; i < end; ++i) {
                prepared[i] = packed
                                  ? preparer->prepare(std::move(notices[i]), std::move(packed[i]))
                                  : preparer->prepare(std::move(notices[i]));
            }
            done->count_down();
        });
    }
}

void AnalysisBatch::wait()
{
    if (m_done)
        m_done->wait();
}

} // namespace mixdesk
