#include "importer/AnalysisBatch.h"

#include "mail/MailParser.h"
#include "store/SearchText.h"

#include <QThreadPool>

namespace mixdesk {

AnalysisBatch::AnalysisBatch(QList<IncomingNotice> notices, QList<bool> skip)
    : m_notices(std::move(notices)), m_skip(std::move(skip)), m_analyses(m_notices.size())
{}

void AnalysisBatch::start(std::shared_ptr<const NoticeAnalyzer> analyzer)
{
    // Chunks small enough to balance the threads, big enough to keep the
    // pool's overhead negligible.
    constexpr qsizetype kChunk = 16;
    const qsizetype chunks = (m_notices.size() + kChunk - 1) / kChunk;
    m_done = std::make_unique<std::latch>(chunks);
    // Detach once here: the tasks write through raw pointers, never through
    // QList's (possibly detaching) non-const accessors.
    IncomingNotice* notices = m_notices.data();
    Analysis* analyses = m_analyses.data();
    const bool* skip = m_skip.constData();
    for (qsizetype c = 0; c < chunks; ++c) {
        const qsizetype begin = c * kChunk;
        const qsizetype end = qMin(begin + kChunk, m_notices.size());
        // Each task writes only its own slots of the pre-sized lists.
        std::latch* done = m_done.get();
        QThreadPool::globalInstance()->start([=] {
            for (qsizetype i = begin; i < end; ++i) {
                if (skip[i])
                    continue;
                // One parse serves both the analysis and the search text.
                const ParsedMail mail = MailParser::parse(notices[i].raw);
                analyses[i] = analyzer->analyze(mail, notices[i].raw);
                notices[i].text = NoticeText::fromParsed(mail, notices[i].raw);
                // Packed (unless read packed from the store) and serialized here, on
                // the pool, not by the store on the importing thread.
                if (!notices[i].packed)
                    notices[i].packed = RawCodec::pack(notices[i].raw);
                notices[i].packedAnalysis = RawCodec::pack(analyses[i].toJsonBytes());
                notices[i].searchValues =
                    SearchText::utf8(SearchText::values(*notices[i].text, analyses[i]));
                notices[i].searchText = RawCodec::pack(SearchText::encode(notices[i].searchValues));
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
