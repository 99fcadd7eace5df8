#pragma once

#include "profile/OperatorProfile.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace mixdesk {

struct NoticeRoles;

struct ImportSummary
{
    int imported = 0;   // new notices stored
    int duplicates = 0; // already stored (same SHA-256): only the origin was recorded
    int broken = 0;     // stored raw, but the analysis reports parse problems
    int errors = 0;     // files or sources that could not be read
    int skipped = 0;    // left out on purpose: link loops, links out of the folder
    bool cancelled = false;
    QString fatalError; // the store failed: the import stopped (committed batches stay)
    qint64 elapsedMs = 0;
    bool ok() const { return errors == 0 && fatalError.isEmpty(); }
};

// Reads sources (MailSource), analyzes every new notice on a thread pool and writes
// batches on the calling thread, each batch all or nothing, a few thousand notices
// per commit. A crash loses at most the uncommitted batches; a rerun skips what is
// stored (by SHA-256).
//
// When the sources hold more notices than the store, and at least a few thousand,
// the inbox indexes are dropped for the import and built anew at its end
// (NoticeWriter::suspendInboxIndexes).
class Importer
{
public:
    using Progress = std::function<void(int done, int total)>;
    using ErrorLine = std::function<void(const QString& message)>;

    explicit Importer(OperatorProfile profile);
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setErrorLine(ErrorLine errorLine) { m_errorLine = std::move(errorLine); }
    // Told each thing the walk left out on purpose, and why.
    void setSkipLine(ErrorLine skipLine) { m_skipLine = std::move(skipLine); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    // Below this many notices in the sources the indexes stay: keeping them costs
    // less than rebuilding them.
    void setSuspendIndexesFrom(int notices) { m_suspendIndexesFrom = notices; }
    // From this many new notices, and a tenth of what was stored before (where
    // PostgreSQL's autovacuum would do it later on its own), the import ends by
    // refreshing the query planner's statistics (NoticeWriter::refreshStatistics).
    void setRefreshStatisticsFrom(int notices) { m_refreshStatisticsFrom = notices; }

    // The roles' database must belong to the calling thread.
    ImportSummary run(const QStringList& sources, const NoticeRoles& store);

private:
    OperatorProfile m_profile;
    int m_batchSize = 500;
    int m_suspendIndexesFrom = 2000;
    int m_refreshStatisticsFrom = 1000;
    Progress m_progress;
    ErrorLine m_errorLine;
    ErrorLine m_skipLine;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace mixdesk
