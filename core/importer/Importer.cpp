#include "importer/Importer.h"

#include "importer/AnalysisBatch.h"
#include "importer/SourceReader.h"
#include "store/BulkTransaction.h"
#include "util/Logging.h"

#include <QElapsedTimer>

#include <deque>

namespace mixdesk {

Importer::Importer(OperatorProfile profile) : m_profile(std::move(profile)) {}

ImportSummary Importer::run(const QStringList& sources, NoticeStore& store)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    int knownTotal = 0; // notices the reader found so far
    const auto analyzer = std::make_shared<const NoticeAnalyzer>(m_profile);
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    int done = 0;

    // Batches share bulk transactions; a kill loses the uncommitted ones, which a
    // rerun repeats.
    BulkTransaction bulk(store);
    const auto failed = [&](const Status& s) {
        if (summary.fatalError.isEmpty()) // the first error is the one to tell
            summary.fatalError = s.error().message;
        return false;
    };
    if (Status s = bulk.begin(); !s) {
        failed(s);
        return summary;
    }
    const auto stored = store.count();
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
        if (Status s = store.suspendInboxIndexes(); !s)
            return failed(s);
        indexesSuspended = true;
        return true;
    };

    // Batches k+1 and k+2 are analysed on the pool while batch k is written here:
    // with one batch ahead only, the pool idled whenever a batch took longer to
    // store than the next one to analyse.
    constexpr size_t kBatchesAhead = 2;
    std::deque<std::unique_ptr<AnalysisBatch>> pending;
    const auto writePending = [&]() -> bool {
        if (pending.empty())
            return true;
        pending.front()->wait();
        std::unique_ptr<AnalysisBatch> batch = std::move(pending.front());
        pending.pop_front();
        if (cancelled())
            return false;
        const auto results = store.addNotices(batch->notices(), batch->analyses());
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
            if (!batch->analyses().at(i).problems.isEmpty())
                ++summary.broken;
        }
        done += int(results->size());
        if (Status s = bulk.stored(int(results->size())); !s)
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
        QList<IncomingNotice>& notices = read->notices;
        if (notices.isEmpty())
            continue;
        // Notices stored before (a rerun after a crash, an overlapping source)
        // need no analysis: the store only records their origin.
        QList<QByteArray> digests;
        for (const IncomingNotice& n : std::as_const(notices))
            digests.append(n.sha256);
        const auto known = store.knownSha256(digests);
        if (!known) {
            summary.fatalError = known.error().message;
            break;
        }
        QList<bool> skip;
        for (const QByteArray& d : std::as_const(digests))
            skip.append(known->contains(d));
        pending.push_back(std::make_unique<AnalysisBatch>(std::move(notices), std::move(skip)));
        pending.back()->start(analyzer);
        if (pending.size() > kBatchesAhead && !writePending())
            break;
    }
    while (!pending.empty() && summary.fatalError.isEmpty() && writePending()) {
    }
    for (const auto& batch : pending)
        batch->wait(); // the pool's tasks write into the batches
    // Also after an error or a cancel: what was stored stays.
    if (Status s = bulk.commit(); !s)
        failed(s);
    if (indexesSuspended) {
        if (Status s = store.restoreInboxIndexes(); !s)
            failed(s); // the next opening of the store tries again
    }
    summary.cancelled = cancelled();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace mixdesk
