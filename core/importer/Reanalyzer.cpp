#include "importer/Reanalyzer.h"

#include "importer/AnalysisBatch.h"
#include "store/NoticeStore.h"

namespace mixdesk {

Reanalyzer::Reanalyzer(OperatorProfile profile)
    : m_analyzer(std::make_shared<const NoticeAnalyzer>(std::move(profile)))
{}

Reanalyzer::Reanalyzer(std::shared_ptr<const NoticeAnalyzer> analyzer)
    : m_analyzer(std::move(analyzer))
{}

Result<int> Reanalyzer::run(NoticeStore& store, bool all)
{
    return runBelow(store, all ? 0 : Analysis::kCurrentVersion);
}

Result<int> Reanalyzer::runPending(NoticeStore& store)
{
    return runBelow(store, 1);
}

Result<int> Reanalyzer::runBelow(NoticeStore& store, int version)
{
    const auto ids = store.idsWithAnalyzerVersionBelow(version);
    if (!ids)
        return ids.error();
    const int total = int(ids->size());

    struct Batch
    {
        QList<qint64> ids;
        std::unique_ptr<AnalysisBatch> analysis;
        ~Batch()
        {
            if (analysis)
                analysis->wait(); // its tasks write into it: never free it under them
        }
    };
    qsizetype next = 0;
    // Reads the next batch's raw bytes and starts analysing them on the thread pool.
    auto prepare = [&]() -> Result<std::unique_ptr<Batch>> {
        auto batch = std::make_unique<Batch>();
        batch->ids = ids->mid(next, m_batchSize);
        next += batch->ids.size();
        QList<IncomingNotice> notices;
        notices.reserve(batch->ids.size());
        for (qint64 id : std::as_const(batch->ids)) {
            auto raw = store.rawNotice(id);
            if (!raw)
                return raw.error();
            notices.append(IncomingNotice{*raw, QString(), QDateTime()});
        }
        batch->analysis = std::make_unique<AnalysisBatch>(std::move(notices),
                                                          QList<bool>(batch->ids.size(), false));
        batch->analysis->start(m_analyzer);
        return batch;
    };

    // Pipelined: batch k+1 is analysed on the pool while batch k is being stored.
    int done = 0;
    std::unique_ptr<Batch> current;
    while (next < total || current) {
        if (m_cancel && m_cancel->load())
            break;
        if (!current) {
            auto prepared = prepare();
            if (!prepared)
                return prepared.error();
            current = std::move(*prepared);
        }
        std::unique_ptr<Batch> following;
        if (next < total) {
            auto prepared = prepare();
            if (!prepared)
                return prepared.error();
            following = std::move(*prepared);
        }
        current->analysis->wait();
        QList<NoticeText> texts;
        texts.reserve(current->ids.size());
        for (const IncomingNotice& notice : current->analysis->notices())
            texts.append(notice.text ? *notice.text : NoticeText::extract(notice.raw));
        if (Status s = store.updateAnalyses(current->ids, current->analysis->analyses(), texts); !s)
            return s.error();
        done += int(current->ids.size());
        if (m_progress)
            m_progress(done, total);
        current = std::move(following);
    }
    return done;
}

} // namespace mixdesk
