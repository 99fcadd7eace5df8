#pragma once

#include "analysis/Analysis.h"
#include "store/notices/NoticeQuery.h"
#include "store/notices/NoticeSummary.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace mixdesk {

// Store role: what the inbox reads. Sorting, filtering and full-text search run in
// SQL; a 100 000-notice list is an id list and pages of summaries.
class InboxQueries
{
public:
    virtual ~InboxQueries() = default;

    virtual Result<QList<qint64>> queryIds(const NoticeQuery& query) = 0;
    virtual Result<QList<NoticeSummary>> summaries(const QList<qint64>& ids) = 0;
    virtual Result<int> count(const NoticeQuery& query) = 0;
    // Notices by status, the hidden ones left out; and the hidden ones.
    virtual Result<QHash<NoticeStatus, int>> countByStatus() = 0;
    virtual Result<int> countHidden() = 0;

    virtual Result<QByteArray> rawNotice(qint64 id) = 0;
    virtual Result<Analysis> analysis(qint64 id) = 0;
    virtual Result<QStringList> origins(qint64 id) = 0;
    // Reanalysis: ids whose analyzer_version is below `version` (all when <= 0).
    virtual Result<QList<qint64>> idsWithAnalyzerVersionBelow(int version) = 0;
};

} // namespace mixdesk
