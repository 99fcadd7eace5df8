#include "importer/Importer.h"

#include "analysis/NoticeAnalyzer.h"
#include "importer/AnalysisBatch.h"
#include "importer/SourceReader.h"
#include "store/BulkTransaction.h"
#include "store/notices/NoticeRoles.h"
#include "util/Logging.h"

#include <QElapsedTimer>

#include <deque>

namespace mixdesk {

Importer::Importer(OperatorProfile profile) : m_profile(std::move(profile)) {}

ImportSummary Importer::run(const QStringList& sources, const NoticeRoles& store)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    int knownTotal = 0; // notices the reader found so far
    const auto preparer =
        std::make_shared<const NoticePreparer>(std::make_shared<const NoticeAnalyzer>(m_profile));
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    int done = 0;

    // Batches share bulk transactions; a kill loses the uncommitted ones, which a
    // rerun repeats.
    BulkTransaction bulk(store.bulk);
    const auto failed = [&](const Status& s) {
        if (summary.fatalError.isEmpty()) // the first error is the one to tell
            summary.fatalError = s.error().message;
        return false;
    };
    if (Status s = bulk.begin(); !s) {
        failed(s);
        return summary;
    }
    NoticeQuery everything;
    everything.visibility = NoticeQuery::Visibility::Any;
    const auto stored = store.inbox.count(everything);
    if (!stored) {
        failed(stored.error());
        return summary;
    }
    bool indexesSuspended = false;
    // Once the sources turn out larger than the store: rebuilding the indexes then
    // costs less than keeping them up to date notice by notice.
    const auto suspendIndexesIfLarge = [&]() -> bool {
        if (indexesSuspended || knownTotal < m_suspendIndexesFrom || knownTotal <= *stored)
            return true;
        if (Status s = store.writer.suspendInboxIndexes(); !s)
            return failed(s);
        indexesSuspended = true;
        return true;
    };

    // Batches k+1 and k+2 are analysed on the pool while batch k is written here:
    // with one batch ahead only, the pool idled whenever a batch took longer to
    // store than the next one to analyse.
    constexpr size_t kBatchesAhead = 2;
    // A batch: the notices stored before (only their origin is recorded) and the new
    // ones, prepared on the pool.
    struct Pending
    {
        QList<IncomingNotice> known;
        std::unique_ptr<AnalysisBatch> fresh;
    };
    std::deque<Pending> pending;
    const auto writePending = [&]() -> bool {
        if (pending.empty())
            return true;
        pending.front().fresh->wait();
        Pending batch = std::move(pending.front());
        pending.pop_front();
        if (cancelled())
            return false;
        const auto results = store.writer.add(batch.fresh->prepared());
        if (!results) {
            summary.fatalError = results.error().message;
            return false;
        }
        for (qsizetype i = 0; i < results->size(); ++i) {
            if (!results->at(i).inserted) {
                ++summary.duplicates;
                continue;
            }
            ++summary.imported;
            if (!batch.fresh->prepared().at(i).analysis.problems.isEmpty())
                ++summary.broken;
        }
        if (!batch.known.isEmpty()) {
            const auto origins = store.writer.addOrigins(batch.known);
            if (!origins) {
                summary.fatalError = origins.error().message;
                return false;
            }
            summary.duplicates += int(batch.known.size());
        }
        const int written = int(results->size() + batch.known.size());
        done += written;
        if (Status s = bulk.stored(written); !s)
            return failed(s);
        if (m_progress)
            m_progress(done, qMax(done, knownTotal));
        return true;
    };

    SourceReader reader(sources, m_batchSize);
    while (!cancelled()) {
        std::optional<SourceReader::Batch> read = reader.next();
        if (!read)
            break;
        knownTotal = read->knownTotal;
        if (!suspendIndexesIfLarge())
            break;
        for (const QString& error : std::as_const(read->errors)) {
            ++summary.errors;
            if (m_errorLine)
                m_errorLine(error);
            else
                qCWarning(lcImport) << error;
        }
        for (const QString& note : std::as_const(read->skipped)) {
            ++summary.skipped;
            if (m_skipLine)
                m_skipLine(note);
            else
                qCInfo(lcImport) << "skipped:" << note;
        }
        QList<IncomingNotice>& notices = read->notices;
        if (notices.isEmpty())
            continue;
        // Notices stored before (a rerun after a crash, an overlapping source)
        // need no analysis: the store only records their origin.
        QList<QByteArray> digests;
        for (const IncomingNotice& n : std::as_const(notices))
            digests.append(n.sha256);
        const auto known = store.writer.knownSha256(digests);
        if (!known) {
            summary.fatalError = known.error().message;
            break;
        }
        Pending batch;
        QList<IncomingNotice> fresh;
        for (IncomingNotice& n : notices)
            (known->contains(n.sha256) ? batch.known : fresh).append(std::move(n));
        batch.fresh = std::make_unique<AnalysisBatch>(std::move(fresh));
        batch.fresh->start(preparer);
        pending.push_back(std::move(batch));
        if (pending.size() > kBatchesAhead && !writePending())
            break;
    }
    while (!pending.empty() && summary.fatalError.isEmpty() && writePending()) {
    }
    for (const auto& batch : pending)
        batch.fresh->wait(); // the pool's tasks write into the batches
    // Also after an error or a cancel: what was stored stays.
    if (Status s = bulk.commit(); !s)
        failed(s);
    if (indexesSuspended) {
        if (Status s = store.writer.restoreInboxIndexes(); !s)
            failed(s); // the next opening of the store tries again
    }
    if (summary.imported >= m_refreshStatisticsFrom && summary.imported * 10 >= *stored) {
        if (Status s = store.writer.refreshStatistics(); !s)
            failed(s);
    }
    summary.cancelled = cancelled();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace mixdesk
