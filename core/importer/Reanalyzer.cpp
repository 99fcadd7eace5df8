#include "importer/Reanalyzer.h"

#include "importer/AnalysisBatch.h"
#include "store/BulkTransaction.h"
#include "store/NoticeStore.h"

#include <QHash>

namespace mixdesk {

// Notices to analyse: their ids, how to read one, how to write a batch of them.
struct Reanalyzer::Work
{
    QList<qint64> ids;
    Read read;
    Write write;
};

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
    auto spooled = spoolWork(store);
    if (!spooled)
        return spooled.error();
    auto outdated = outdatedWork(store, version);
    if (!outdated)
        return outdated.error();
    return analyse(store, {*spooled, *outdated});
}

Result<Reanalyzer::Work> Reanalyzer::spoolWork(NoticeStore& store)
{
    auto ids = store.spooledIds();
    if (!ids)
        return ids.error();
    // Where each message comes from, kept while its batch is analysed. Shared: the
    // Work is copied into the list analyse() walks.
    auto sources = std::make_shared<QHash<qint64, SpooledNotice>>();
    Work work;
    work.ids = std::move(*ids);
    work.read = [&store, sources](qint64 id) -> Result<IncomingNotice> {
        auto spooled = store.spooledNotice(id);
        if (!spooled)
            return spooled.error();
        IncomingNotice notice = std::move(spooled->notice);
        sources->insert(id, std::move(*spooled));
        return notice;
    };
    work.write = [&store, sources](const QList<qint64>& ids, AnalysisBatch& batch) -> Status {
        QList<SpooledNotice> filed;
        filed.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            SpooledNotice s = sources->take(ids[i]);
            s.notice = std::move(batch.notices()[i]);
            filed.append(std::move(s));
        }
        auto added = store.fileSpooled(filed, batch.analyses());
        if (!added)
            return added.error();
        return {};
    };
    return work;
}

Result<Reanalyzer::Work> Reanalyzer::outdatedWork(NoticeStore& store, int version)
{
    auto ids = store.idsWithAnalyzerVersionBelow(version);
    if (!ids)
        return ids.error();
    Work work;
    work.ids = std::move(*ids);
    work.read = [&store](qint64 id) -> Result<IncomingNotice> {
        auto raw = store.rawNotice(id);
        if (!raw)
            return raw.error();
        IncomingNotice notice{*raw, QString(), QDateTime()};
        notice.packed = PackedRaw(); // only the analysis is written back: nothing to pack
        return notice;
    };
    work.write = [&store](const QList<qint64>& ids, AnalysisBatch& batch) {
        // Text, JSON and search text as the pool made them.
        return store.updateAnalyses(ids, batch.analyses(), batch.notices());
    };
    return work;
}

Result<int> Reanalyzer::analyse(NoticeStore& store, const QList<Work>& work)
{
    int total = 0;
    for (const Work& w : work)
        total += int(w.ids.size());

    struct Batch
    {
        const Work* work = nullptr;
        QList<qint64> ids;
        std::unique_ptr<AnalysisBatch> analysis;
        ~Batch()
        {
            if (analysis)
                analysis->wait(); // its tasks write into it: never free it under them
        }
    };
    qsizetype part = 0; // in `work`
    qsizetype next = 0; // in work[part].ids
    // Reads the next batch's raw bytes and starts analysing them on the thread pool.
    auto prepare = [&]() -> Result<std::unique_ptr<Batch>> {
        while (part < work.size() && next >= work[part].ids.size()) {
            ++part;
            next = 0;
        }
        if (part >= work.size())
            return std::unique_ptr<Batch>();
        auto batch = std::make_unique<Batch>();
        batch->work = &work[part];
        batch->ids = batch->work->ids.mid(next, m_batchSize);
        next += batch->ids.size();
        QList<IncomingNotice> notices;
        notices.reserve(batch->ids.size());
        for (qint64 id : std::as_const(batch->ids)) {
            auto notice = batch->work->read(id);
            if (!notice)
                return notice.error();
            notices.append(std::move(*notice));
        }
        batch->analysis = std::make_unique<AnalysisBatch>(std::move(notices),
                                                          QList<bool>(batch->ids.size(), false));
        batch->analysis->start(m_analyzer);
        return batch;
    };

    // Pipelined: batch k+1 is analysed on the pool while batch k is being written.
    BulkTransaction bulk(store);
    if (Status s = bulk.begin(); !s)
        return s.error();
    int done = 0;
    auto first = prepare();
    if (!first)
        return first.error();
    std::unique_ptr<Batch> current = std::move(*first);
    while (current) {
        if (m_cancel && m_cancel->load())
            break;
        auto following = prepare();
        if (!following)
            return following.error();
        current->analysis->wait();
        if (Status s = current->work->write(current->ids, *current->analysis); !s)
            return s.error();
        if (Status s = bulk.stored(int(current->ids.size())); !s)
            return s.error();
        done += int(current->ids.size());
        if (m_progress)
            m_progress(done, total);
        current = std::move(*following);
    }
    if (Status s = bulk.commit(); !s)
        return s.error();
    return done;
}

} // namespace mixdesk
