#include "store/PostgresDialect.h"

#include "store/FullTextTokens.h"

#include <QSqlQuery>
#include <QVariant>

namespace mixdesk {

QStringList PostgresDialect::connectionSetup() const
{
    // Times are stored as milliseconds, so the session time zone changes nothing;
    // a lock wait longer than the SQLite busy timeout is an error, not a hang.
    return {QStringLiteral("SET client_min_messages = warning"),
            QStringLiteral("SET lock_timeout = '10s'")};
}

bool PostgresDialect::isRetryable(const QString& nativeErrorCode) const
{
    // deadlock_detected, serialization_failure
    return nativeErrorCode == QLatin1String("40P01") || nativeErrorCode == QLatin1String("40001");
}

QStringList PostgresDialect::followExplicitIds(const QString& table) const
{
    return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                           "GREATEST((SELECT COALESCE(MAX(id), 0) FROM %1), 1), "
                           "(SELECT COUNT(*) > 0 FROM %1))")
                .arg(table)};
}

QStringList PostgresDialect::refreshStatistics() const
{
    // The tables the inbox queries read; a sample each, seconds at a million rows.
    return {QStringLiteral("ANALYZE notices"), QStringLiteral("ANALYZE notice_origins"),
            QStringLiteral("ANALYZE notice_fts")};
}

// Our own words (FullTextTokens) in a `simple` tsvector: no stemming, because a
// notice mixes German and English and a stemmer for one language mangles the other's
// words, and because the SQLite desk matches words exactly: the same search must
// find the same notices on both.
QStringList PostgresDialect::createFullText() const
{
    return {QStringLiteral("CREATE TABLE notice_fts ("
                           " notice_id BIGINT PRIMARY KEY REFERENCES notices(id),"
                           " doc TSVECTOR NOT NULL)"),
            QStringLiteral("CREATE INDEX notice_fts_doc ON notice_fts USING GIN (doc)")};
}

QStringList PostgresDialect::fullTextWithoutCopy() const
{
    // The index never kept a copy here; only the values it is made of are added.
    return {QStringLiteral("ALTER TABLE notice_content ADD COLUMN search_text BYTEA"),
            QStringLiteral("ALTER TABLE notice_content ADD COLUMN search_format INTEGER NOT "
                           "NULL DEFAULT 0")};
}

QString PostgresDialect::fullTextInsert() const
{
    return QStringLiteral("INSERT INTO notice_fts (notice_id, doc) VALUES (?, CAST(? AS "
                          "TSVECTOR))");
}

void PostgresDialect::bindFullTextInsert(QSqlQuery& query, qint64 id,
                                         const QList<QByteArray>& utf8Values) const
{
    query.addBindValue(id);
    query.addBindValue(FullTextTokens::tsvector(utf8Values));
}

QString PostgresDialect::fullTextDelete() const
{
    return QStringLiteral("DELETE FROM notice_fts WHERE notice_id = ?");
}

void PostgresDialect::bindFullTextDelete(QSqlQuery& query, qint64 id,
                                         const QList<QByteArray>&) const
{
    query.addBindValue(id);
}

QString PostgresDialect::fullTextCondition() const
{
    return QStringLiteral("n.id IN (SELECT notice_id FROM notice_fts WHERE doc @@ CAST(? AS "
                          "TSQUERY))");
}

QString PostgresDialect::fullTextQuery(const QString& userText) const
{
    return FullTextTokens::tsquery(userText);
}

std::unique_ptr<SqlDialect> SqlDialect::postgres()
{
    return std::make_unique<PostgresDialect>();
}

} // namespace mixdesk
