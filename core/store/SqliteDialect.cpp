#include "store/SqliteDialect.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace mixdesk {
namespace {

constexpr QLatin1StringView kTokenizer{"tokenize = 'unicode61 remove_diacritics 2'"};

QString normalCacheSize()
{
    return QStringLiteral("PRAGMA cache_size=-8192");
}

} // namespace

QStringList SqliteDialect::connectionSetup() const
{
    // Bigger pages suit a database of mostly 2-20 KB blobs: fewer overflow
    // pages and write calls (4 KB pages made a sync's storing 30% slower and
    // an import no faster). Only takes effect while the file is still empty.
    return {QStringLiteral("PRAGMA page_size=16384"),    QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA busy_timeout=10000"), normalCacheSize(),
            QStringLiteral("PRAGMA temp_store=MEMORY")};
}

// A bulk transaction touches most index pages; when they do not fit in the cache,
// SQLite spills them to the WAL and writes them again at the commit.
// Checkpoints, too, are fewer: index pages that several commits rewrote reach
// the database file once (the WAL grows to about 256 MB meanwhile).
QStringList SqliteDialect::bulkSetup() const
{
    return {QStringLiteral("PRAGMA cache_size=-131072"),
            QStringLiteral("PRAGMA wal_autocheckpoint=16384")};
}

QStringList SqliteDialect::bulkTeardown() const
{
    return {normalCacheSize(), QStringLiteral("PRAGMA wal_autocheckpoint=1000")};
}

// A statement that changes many rows inside a transaction is journaled page by
// page so that it can be undone alone; with temp_store=MEMORY the schema 5
// migration held 1 GB of such pages in RAM on 100 000 notices.
QStringList SqliteDialect::migrationSetup() const
{
    return {QStringLiteral("PRAGMA temp_store=FILE")};
}

QStringList SqliteDialect::migrationTeardown() const
{
    return {QStringLiteral("PRAGMA temp_store=MEMORY")};
}

// SQLite's RETURNING buffers the row and redoes work at reset; the connection's
// last rowid is free. It showed as 5% of the IMAP fetch.
QString SqliteDialect::insertReturningId(const QString& table, const QStringList& columns) const
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(columns.size()) + u')';
}

QString SqliteDialect::insertNewReturningId(const QString& table, const QStringList& columns,
                                            const QString&) const
{
    return insertReturningId(table, columns);
}

QStringList SqliteDialect::createFullText() const
{
    // unicode61 folds case and diacritics, so "uber" also finds "über";
    // IPs and addresses become token sequences matched as phrases.
    return {QStringLiteral("CREATE VIRTUAL TABLE notice_fts USING fts5(") +
            fullTextColumns().join(QStringLiteral(", ")) + QStringLiteral(", ") + kTokenizer +
            u')'};
}

QString SqliteDialect::fullTextInsert() const
{
    // A value is bound as UTF-8 bytes (a blob), which CAST reads as text in the
    // database's encoding, UTF-8, without the conversion a UTF-16 string needs.
    QStringList values(fullTextColumns().size(), QStringLiteral("CAST(? AS TEXT)"));
    return QStringLiteral("INSERT INTO notice_fts (rowid, ") +
           fullTextColumns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (?, ") +
           values.join(QStringLiteral(", ")) + u')';
}

void SqliteDialect::bindFullTextInsert(QSqlQuery& query, qint64 id,
                                       const QList<QByteArray>& utf8Values) const
{
    query.addBindValue(id);
    for (const QByteArray& value : utf8Values)
        query.addBindValue(value);
}

QStringList SqliteDialect::fullTextWithoutCopy() const
{
    // Contentless FTS5. The values of the rows indexed so far come from the old
    // table's copy, written as SearchText::encode() does.
    QStringList encoded;
    for (const QString& c : fullTextColumns())
        encoded << QStringLiteral("length(CAST(coalesce(%1, '') AS BLOB)) || ':' || "
                                  "coalesce(%1, '')")
                       .arg(c);
    const QString columns = fullTextColumns().join(QStringLiteral(", "));
    return {QStringLiteral("ALTER TABLE notice_content ADD COLUMN search_text BLOB"),
            QStringLiteral("ALTER TABLE notice_content ADD COLUMN search_format INTEGER NOT "
                           "NULL DEFAULT 0"),
            QStringLiteral("UPDATE notice_content SET search_text = (SELECT CAST(") +
                encoded.join(QStringLiteral(" || ")) +
                QStringLiteral(" AS BLOB) FROM notice_fts f WHERE f.rowid = notice_id)"),
            QStringLiteral("CREATE VIRTUAL TABLE notice_fts_new USING fts5(") + columns +
                QStringLiteral(", content = '', ") + kTokenizer + u')',
            QStringLiteral("INSERT INTO notice_fts_new (rowid, ") + columns +
                QStringLiteral(") SELECT rowid, ") + columns + QStringLiteral(" FROM notice_fts"),
            QStringLiteral("DROP TABLE notice_fts"),
            QStringLiteral("ALTER TABLE notice_fts_new RENAME TO notice_fts")};
}

// FTS5 keeps the terms of rows not yet written in memory and writes them out as a
// new segment of the index when they pass `hashsize` (1 MB by default) or at a
// commit; it then merges segments, `automerge` (4) of a level at a time. With 1 MB
// an import wrote a segment every 200 notices, and merging them was 30% of its
// index work: 32 MB holds a bulk transaction of 5000 notices, and merging 8 at a
// time rewrites each term a level less often. Searches take as long as before.
QStringList SqliteDialect::fullTextTuning() const
{
    return {QStringLiteral("INSERT INTO notice_fts (notice_fts, rank) VALUES ('hashsize', "
                           "33554432)"),
            QStringLiteral("INSERT INTO notice_fts (notice_fts, rank) VALUES ('automerge', 8)")};
}

QString SqliteDialect::fullTextDelete() const
{
    return QStringLiteral("INSERT INTO notice_fts (notice_fts, rowid, ") +
           fullTextColumns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES ('delete', ") +
           placeholders(fullTextColumns().size() + 1) + u')';
}

void SqliteDialect::bindFullTextDelete(QSqlQuery& query, qint64 id,
                                       const QList<QByteArray>& utf8Values) const
{
    // A contentless index forgets a row only when told the very values it was made of.
    query.addBindValue(id);
    for (const QByteArray& value : utf8Values)
        query.addBindValue(QString::fromUtf8(value));
}

QString SqliteDialect::fullTextCondition() const
{
    return QStringLiteral("n.id IN (SELECT rowid FROM notice_fts WHERE notice_fts MATCH ?)");
}

QString SqliteDialect::fullTextQuery(const QString& userText) const
{
    // Every whitespace-separated word becomes a quoted FTS5 string (so no
    // operator or column filter of the user's text is ever interpreted);
    // the last one is a prefix query for search-as-you-type.
    QStringList terms;
    const QStringList words =
        userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words[i];
        word.replace(u'"', QStringLiteral("\"\""));
        // A word of punctuation only has no tokens: FTS5 would reject it.
        if (!std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString term = u'"' + word + u'"';
        if (i == words.size() - 1)
            term += u'*';
        terms.append(term);
    }
    return terms.join(u' ');
}

// The inbox asks for every id of a 100 000-notice list at once: QSqlQuery
// costs about a microsecond a row (a cached QVariant row per step), the
// SQLite handle under it a fraction of that.
std::optional<Result<QList<qint64>>>
SqliteDialect::readIds(const QSqlDatabase& db, const QString& sql, const QVariantList& values) const
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return std::nullopt;
    const auto error = [connection] {
        return Error{QStringLiteral("search failed: ") +
                     QString::fromUtf8(sqlite3_errmsg(connection))};
    };
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK)
        return error();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(statement, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return error();
    }
    QList<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(statement, 0));
    if (rc != SQLITE_DONE)
        return error();
    return ids;
}

std::unique_ptr<SqlDialect> SqlDialect::sqlite()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace mixdesk
