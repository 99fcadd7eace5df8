#pragma once

#include "store/notices/PreparedNotice.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace mixdesk {

struct AddResult
{
    qint64 id = 0;
    bool inserted = false; // false: the same bytes (SHA-256) were already stored
};

// Store role: puts notices into the inbox (import, sync filing, reanalysis), each
// stored once by its SHA-256, with its analysis and its full-text index entry.
class NoticeWriter
{
public:
    virtual ~NoticeWriter() = default;

    // Adds prepared notices in one unit of work; a notice whose bytes are stored
    // already (another import, another operator) only gets its origin recorded.
    virtual Result<QList<AddResult>> add(const QList<PreparedNotice>& notices) = 0;
    // Notices whose bytes are stored already (knownSha256): records their origins.
    virtual Result<QList<AddResult>> addOrigins(const QList<IncomingNotice>& notices) = 0;
    // Which of these SHA-256 digests are stored (lets importers skip analysis).
    virtual Result<QSet<QByteArray>> knownSha256(const QList<QByteArray>& digests) = 0;
    // Replaces the analyses (and the full-text entries) of stored notices in one unit.
    virtual Status updateAnalyses(const QList<qint64>& ids,
                                  const QList<PreparedNotice>& notices) = 0;

    // A large import into a small store: the inbox's sort and filter indexes cost
    // each new notice a write at a random place in ten B-trees, which at 100 000
    // notices was a third of the import; building them anew once sorts each column
    // once. suspend drops them and remembers which; restore builds them again. A
    // store that finds suspended indexes when opened (a killed import) restores them.
    // Nothing happens where the dialect forbids it (a shared team database).
    virtual Status suspendInboxIndexes() = 0;
    virtual Status restoreInboxIndexes() = 0;
    // After a load that grew the store a lot: lets the database refresh what its
    // query planner knows of the tables (SqlDialect::refreshStatistics).
    virtual Status refreshStatistics() = 0;
};

} // namespace mixdesk
