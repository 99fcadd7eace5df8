#include "importer/Reanalyzer.h"

#include "importer/AnalysisBatch.h"
#include "store/NoticeStore.h"

namespace mixdesk {

Reanalyzer::Reanalyzer(OperatorProfile profile) : m_profile(std::move(profile)) {}

Result<int> Reanalyzer::run(NoticeStore& store, bool all)
{
    const auto ids = store.idsWithAnalyzerVersionBelow(all ? 0 : Analysis::kCurrentVersion);
    if (!ids)
        return ids.error();
    const auto analyzer = std::make_shared<const NoticeAnalyzer>(m_profile);
    int done = 0;
    for (qsizetype start = 0; start < ids->size(); start += m_batchSize) {
        if (m_cancel && m_cancel->load())
            break;
        const QList<qint64> batchIds = ids->mid(start, m_batchSize);
        QList<IncomingNotice> notices;
        for (qint64 id : batchIds) {
            auto raw = store.rawNotice(id);
            if (!raw)
                return raw.error();
            notices.append(IncomingNotice{*raw, QString(), QDateTime()});
        }
        AnalysisBatch batch(std::move(notices), QList<bool>(batchIds.size(), false));
        batch.start(analyzer);
        batch.wait();
        if (Status s = store.updateAnalyses(batchIds, batch.analyses()); !s)
            return s.error();
        done += int(batchIds.size());
        if (m_progress)
            m_progress(done, int(ids->size()));
    }
    return done;
}

} // namespace mixdesk
