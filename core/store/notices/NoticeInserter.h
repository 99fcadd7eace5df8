#pragma once

#include "store/notices/NoticeWriter.h"

#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace mixdesk {

class Database;

// The inserts of a new notice into the inbox's tables (list row, content, full-text
// entry, first event, origins), shared by the notice writer and the spool's filing.
// Its statements are prepared once and used inside the caller's unit of work.
class NoticeInserter
{
public:
    // Where a stored notice came from: its first event and its origins.
    struct Provenance
    {
        qint64 storedAt = 0; // ms; also the received time when the notice has none
        QString user;
        QString eventKind; // "imported", "synced"
        QStringList origins;
    };

    explicit NoticeInserter(Database& db);

    // The stored notice with these bytes, if any.
    Result<std::optional<qint64>> find(const QByteArray& sha256);
    // Inserts `notice`, or (stored already, perhaps by another writer this very
    // moment) only records its origins. A failure leaves the unit to be rolled back.
    Result<AddResult> insert(const PreparedNotice& notice, const Provenance& provenance);
    // Records that notice `id` also came from `origins` (known ones are skipped).
    Status recordOrigins(qint64 id, const QStringList& origins, qint64 at);

private:
    Database& m_db;
    QSqlQuery m_find;
    QSqlQuery m_insertNotice;
    QSqlQuery m_insertContent;
    QSqlQuery m_insertText;
    QSqlQuery m_insertEvent;
    QSqlQuery m_insertOrigin;
};

// The list columns of `notices` that come from an analysis, in this order, and
// their values.
const QStringList& analysisColumns();
void bindAnalysisColumns(QSqlQuery& query, const Analysis& analysis);

} // namespace mixdesk
