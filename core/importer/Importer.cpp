#include "importer/Importer.h"

#include "importer/AnalysisBatch.h"
#include "importer/MailSource.h"
#include "store/BulkTransaction.h"
#include "util/Logging.h"

#include <QElapsedTimer>

namespace mixdesk {

Importer::Importer(OperatorProfile profile) : m_profile(std::move(profile)) {}

ImportSummary Importer::run(const QStringList& sources, NoticeStore& store)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    MailSource source(sources);
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

    // Analysis of batch k+1 runs on the pool while batch k is written here.
    std::unique_ptr<AnalysisBatch> pending;
    const auto writePending = [&]() -> bool {
        if (!pending)
            return true;
        pending->wait();
        std::unique_ptr<AnalysisBatch> batch = std::move(pending);
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
            m_progress(done, qMax(done, source.knownTotal()));
        return true;
    };

    bool atEnd = false;
    while (!atEnd && !cancelled()) {
        QList<IncomingNotice> notices;
        notices.reserve(m_batchSize);
        while (notices.size() < m_batchSize) {
            IncomingNotice notice;
            QString error;
            const MailSource::Next next = source.next(&notice, &error);
            if (next == MailSource::Next::End) {
                atEnd = true;
                break;
            }
            if (next == MailSource::Next::Error) {
                ++summary.errors;
                if (m_errorLine)
                    m_errorLine(error);
                else
                    qCWarning(lcImport) << error;
                continue;
            }
            notices.append(std::move(notice));
        }
        if (!notices.isEmpty()) {
            // Notices stored before (a rerun after a crash, an overlapping
            // source) need no analysis: the store only records their origin.
            QList<QByteArray> digests;
            for (IncomingNotice& n : notices) {
                n.sha256 = NoticeStore::sha256(n.raw); // the store reuses it
                digests.append(n.sha256);
            }
            const auto known = store.knownSha256(digests);
            if (!known) {
                summary.fatalError = known.error().message;
                break;
            }
            QList<bool> skip;
            for (const QByteArray& d : digests)
                skip.append(known->contains(d));
            auto batch = std::make_unique<AnalysisBatch>(std::move(notices), std::move(skip));
            batch->start(analyzer);
            if (!writePending()) {
                batch->wait();
                break;
            }
            pending = std::move(batch);
        }
    }
    if (pending && summary.fatalError.isEmpty())
        writePending();
    if (pending)
        pending->wait();
    // Also after an error or a cancel: what was stored stays.
    if (Status s = bulk.commit(); !s)
        failed(s);
    summary.cancelled = cancelled();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace mixdesk
