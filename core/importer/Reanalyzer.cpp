#include "importer/Reanalyzer.h"

#include "analysis/NoticeAnalyzer.h"
#include "importer/AnalysisBatch.h"
#include "store/BulkTransaction.h"
#include "store/notices/NoticeRoles.h"

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
    : Reanalyzer(std::make_shared<const NoticeAnalyzer>(std::move(profile)))
{}

Reanalyzer::Reanalyzer(std::shared_ptr<const NoticeAnalyzer> analyzer)
    : m_preparer(std::make_shared<const NoticePreparer>(std::move(analyzer)))
{}

Result<int> Reanalyzer::run(const NoticeRoles& store, bool all)
{
    return runBelow(store, all ? 0 : Analysis::kCurrentVersion);
}

Result<int> Reanalyzer::runPending(const NoticeRoles& store)
{
    return runBelow(store, 1);
}

Result<int> Reanalyzer::runBelow(const NoticeRoles& store, int version)
{
    auto spooled = spoolWork(store);
    if (!spooled)
        return spooled.error();
    auto outdated = outdatedWork(store, version);
    if (!outdated)
        return outdated.error();
    return analyse(store, {*spooled, *outdated});
}

Result<Reanalyzer::Work> Reanalyzer::spoolWork(const NoticeRoles& store)
{
    SyncSpool& spool = store.spool;
    auto ids = spool.spooledIds();
    if (!ids)
        return ids.error();
    // Where each message comes from, kept while its batch is analysed. Shared: the
    // Work is copied into the list analyse() walks.
    auto sources = std::make_shared<QHash<qint64, SpooledNotice>>();
    Work work;
    work.ids = std::move(*ids);
    work.read = [&spool, sources](qint64 id) -> Result<Input> {
        auto spooled = spool.spooledNotice(id);
        if (!spooled)
            return spooled.error();
        // Filed as the spool keeps the bytes: not packed again.
        Input input{spooled->notice, spooled->packed};
        spooled->notice.raw.clear(); // the prepared notice carries them
        spooled->packed = PackedRaw();
        sources->insert(id, std::move(*spooled));
        return input;
    };
    work.write = [&spool, sources](const QList<qint64>& ids, AnalysisBatch& batch) -> Status {
        QList<SpooledNotice> filed;
        filed.reserve(ids.size());
        for (qint64 id : ids)
            filed.append(sources->take(id));
        auto added = spool.file(filed, batch.prepared());
        if (!added)
            return added.error();
        return {};
    };
    return work;
}

Result<Reanalyzer::Work> Reanalyzer::outdatedWork(const NoticeRoles& store, int version)
{
    auto ids = store.inbox.idsWithAnalyzerVersionBelow(version);
    if (!ids)
        return ids.error();
    Work work;
    work.ids = std::move(*ids);
    InboxQueries& inbox = store.inbox;
    NoticeWriter& writer = store.writer;
    work.read = [&inbox](qint64 id) -> Result<Input> {
        auto raw = inbox.rawNotice(id);
        if (!raw)
            return raw.error();
        // Only the analysis is written back: nothing to pack.
        return Input{IncomingNotice{*raw, QString(), QDateTime(), QByteArray()}, PackedRaw()};
    };
    work.write = [&writer](const QList<qint64>& ids, AnalysisBatch& batch) {
        // Text, JSON and search text as the pool made them.
        return writer.updateAnalyses(ids, batch.prepared());
    };
    return work;
}

Result<int> Reanalyzer::analyse(const NoticeRoles& store, const QList<Work>& work)
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
        QList<PackedRaw> packed;
        notices.reserve(batch->ids.size());
        packed.reserve(batch->ids.size());
        for (qint64 id : std::as_const(batch->ids)) {
            auto input = batch->work->read(id);
            if (!input)
                return input.error();
            notices.append(std::move(input->notice));
            packed.append(std::move(input->packed));
        }
        batch->analysis = std::make_unique<AnalysisBatch>(std::move(notices), std::move(packed));
        batch->analysis->start(m_preparer);
        return batch;
    };

    // Pipelined: batch k+1 is analysed on the pool while batch k is being written.
    BulkTransaction bulk(store.bulk);
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
