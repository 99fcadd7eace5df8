#include "store/SqlDialect.h"

#include <QRegularExpression>

#include <algorithm>

namespace mixdesk {
namespace {

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    QStringList connectionSetup() const override
    {
        // Bigger pages suit a database of mostly 2-20 KB blobs: fewer overflow
        // pages and write calls (4 KB pages made a sync's storing 30% slower and
        // an import no faster). Only takes effect while the file is still empty.
        return {
            QStringLiteral("PRAGMA page_size=16384"),    QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA busy_timeout=10000"), normalCacheSize(),
            QStringLiteral("PRAGMA temp_store=MEMORY")};
    }

    // A bulk transaction touches most index pages; when they do not fit in the cache,
    // SQLite spills them to the WAL and writes them again at the commit.
    // Checkpoints, too, are fewer: index pages that several commits rewrote reach
    // the database file once (the WAL grows to about 256 MB meanwhile).
    QStringList bulkSetup() const override
    {
        return {QStringLiteral("PRAGMA cache_size=-131072"),
                QStringLiteral("PRAGMA wal_autocheckpoint=16384")};
    }
    QStringList bulkTeardown() const override
    {
        return {normalCacheSize(), QStringLiteral("PRAGMA wal_autocheckpoint=1000")};
    }
    static QString normalCacheSize() { return QStringLiteral("PRAGMA cache_size=-8192"); }
    // A statement that changes many rows inside a transaction is journaled page by
    // page so that it can be undone alone; with temp_store=MEMORY the schema 5
    // migration held 1 GB of such pages in RAM on 100 000 notices.
    QStringList migrationSetup() const override
    {
        return {QStringLiteral("PRAGMA temp_store=FILE")};
    }
    QStringList migrationTeardown() const override
    {
        return {QStringLiteral("PRAGMA temp_store=MEMORY")};
    }

    // Indexes SQLite makes for constraints have no SQL of their own.
    QString droppableIndexesQuery() const override
    {
        return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                              "tbl_name = ? AND sql IS NOT NULL ORDER BY name");
    }

    // SQLite's RETURNING buffers the row and redoes work at reset; the connection's
    // last rowid is free. It showed as 5% of the IMAP fetch.
    QString insertReturningId(const QString& table, const QStringList& columns) const override
    {
        return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
               columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
               placeholders(columns.size()) + u')';
    }
    bool newRowIdIsResultRow() const override { return false; }

    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString autoIncrementPrimaryKey() const override
    {
        return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    }
    QString blobType() const override { return QStringLiteral("BLOB"); }

    static constexpr QLatin1StringView kTokenizer{"tokenize = 'unicode61 remove_diacritics 2'"};

    QStringList createFullText() const override
    {
        // unicode61 folds case and diacritics, so "uber" also finds "über";
        // IPs and addresses become token sequences matched as phrases.
        return {QStringLiteral("CREATE VIRTUAL TABLE notice_fts USING fts5(") +
                fullTextColumns().join(QStringLiteral(", ")) + QStringLiteral(", ") + kTokenizer +
                u')'};
    }

    QString fullTextInsert() const override
    {
        // A value may be bound as UTF-8 bytes (a blob), which CAST reads as text in the
        // database's encoding, UTF-8, without the conversion a UTF-16 string needs.
        QStringList values(fullTextColumns().size(), QStringLiteral("CAST(? AS TEXT)"));
        return QStringLiteral("INSERT INTO notice_fts (rowid, ") +
               fullTextColumns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (?, ") +
               values.join(QStringLiteral(", ")) + u')';
    }

    QStringList fullTextWithoutCopy() const override
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
                    QStringLiteral(") SELECT rowid, ") + columns +
                    QStringLiteral(" FROM notice_fts"),
                QStringLiteral("DROP TABLE notice_fts"),
                QStringLiteral("ALTER TABLE notice_fts_new RENAME TO notice_fts")};
    }

    // FTS5 keeps the terms of rows not yet written in memory and writes them out as a
    // new segment of the index when they pass `hashsize` (1 MB by default) or at a
    // commit; it then merges segments, `automerge` (4) of a level at a time. With 1 MB
    // an import wrote a segment every 200 notices, and merging them was 30% of its
    // index work: 32 MB holds a bulk transaction of 5000 notices, and merging 8 at a
    // time rewrites each term a level less often. Searches take as long as before.
    QStringList fullTextTuning() const override
    {
        return {
            QStringLiteral("INSERT INTO notice_fts (notice_fts, rank) VALUES ('hashsize', "
                           "33554432)"),
            QStringLiteral("INSERT INTO notice_fts (notice_fts, rank) VALUES ('automerge', 8)")};
    }

    QString fullTextDelete() const override
    {
        return QStringLiteral("INSERT INTO notice_fts (notice_fts, rowid, ") +
               fullTextColumns().join(QStringLiteral(", ")) +
               QStringLiteral(") VALUES ('delete', ") + placeholders(fullTextColumns().size() + 1) +
               u')';
    }

    QString fullTextCondition() const override
    {
        return QStringLiteral("n.id IN (SELECT rowid FROM notice_fts WHERE notice_fts MATCH ?)");
    }

    QString fullTextQuery(const QString& userText) const override
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
            if (!std::any_of(word.cbegin(), word.cend(),
                             [](QChar c) { return c.isLetterOrNumber(); }))
                continue;
            QString term = u'"' + word + u'"';
            if (i == words.size() - 1)
                term += u'*';
            terms.append(term);
        }
        return terms.join(u' ');
    }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::sqlite()
{
    return std::make_unique<SqliteDialect>();
}

const QStringList& SqlDialect::fullTextColumns()
{
    static const QStringList kColumns{QStringLiteral("subject"),   QStringLiteral("body"),
                                      QStringLiteral("addresses"), QStringLiteral("ips"),
                                      QStringLiteral("accounts"),  QStringLiteral("reporter"),
                                      QStringLiteral("case_ref")};
    return kColumns;
}

QString SqlDialect::placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString SqlDialect::insertIgnore(const QString& table, const QStringList& columns) const
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(columns.size()) + QStringLiteral(") ON CONFLICT DO NOTHING");
}

QString SqlDialect::upsert(const QString& table, const QStringList& keyColumns,
                           const QStringList& valueColumns) const
{
    QStringList sets;
    for (const QString& c : valueColumns)
        sets.append(c + QStringLiteral(" = excluded.") + c);
    const QStringList all = keyColumns + valueColumns;
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           all.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(all.size()) + QStringLiteral(") ON CONFLICT (") +
           keyColumns.join(QStringLiteral(", ")) + QStringLiteral(") DO UPDATE SET ") +
           sets.join(QStringLiteral(", "));
}

QString SqlDialect::insertReturningId(const QString& table, const QStringList& columns) const
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(columns.size()) + QStringLiteral(") RETURNING id");
}

} // namespace mixdesk
