#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace mixdesk {

// Every difference between the SQL of the supported databases, in one place, so
// the store's queries are written once. Only SQLite exists today; PostgreSQL
// (team mode) adds a subclass here and nothing else should need to change.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> sqlite();

    virtual QString driverName() const = 0;
    // Run once on every new connection (journal mode, timeouts...).
    virtual QStringList connectionSetup() const = 0;
    // Starts a transaction that will write (SQLite: take the write lock now, so a
    // reader on another connection never makes the upgrade fail half-way).
    virtual QString beginWrite() const = 0;
    // Settings for the span of a bulk transaction, and those that restore the normal
    // ones (SQLite: a page cache big enough to hold the transaction's dirty pages).
    virtual QStringList bulkSetup() const { return {}; }
    virtual QStringList bulkTeardown() const { return {}; }
    // The same around schema migrations, which may rewrite whole tables in one
    // statement (SQLite: keep the statement journal in a file, not in RAM).
    virtual QStringList migrationSetup() const { return {}; }
    virtual QStringList migrationTeardown() const { return {}; }

    virtual QString autoIncrementPrimaryKey() const = 0; // column type and constraint
    virtual QString blobType() const = 0;
    virtual QString bigIntType() const { return QStringLiteral("BIGINT"); }

    // INSERT that silently skips rows violating a unique constraint.
    virtual QString insertIgnore(const QString& table, const QStringList& columns) const;
    // INSERT, or UPDATE of the non-key columns when the key exists.
    virtual QString upsert(const QString& table, const QStringList& keyColumns,
                           const QStringList& valueColumns) const;
    // An INSERT statement whose new row id newRowIdIsResultRow() tells how to read:
    // from a result row (RETURNING id), or from QSqlQuery::lastInsertId().
    virtual QString insertReturningId(const QString& table, const QStringList& columns) const;
    virtual bool newRowIdIsResultRow() const { return true; }

    // Full-text index over the columns of kFullTextColumns, keyed by notice id.
    virtual QStringList createFullText() const = 0;
    // Schema 5: the index keeps no copy of the text; notice_content.search_text and
    // search_format (SearchText, RawCodec) keep the values each row was made from.
    virtual QStringList fullTextWithoutCopy() const = 0;
    // Schema 7: settings of the full-text index for bulk loads, run once.
    virtual QStringList fullTextTuning() const = 0;
    // Binds: id, then the columns' values, as strings or as their UTF-8 bytes.
    virtual QString fullTextInsert() const = 0;
    // Takes a notice out of the index; binds: id, then the columns' values it was
    // inserted with.
    virtual QString fullTextDelete() const = 0;
    // A condition on notices.id matching the bound full-text query.
    virtual QString fullTextCondition() const = 0;
    // User text turned into the bound value for fullTextCondition(); empty when
    // the text has nothing to search for. Never SQL: always bound.
    virtual QString fullTextQuery(const QString& userText) const = 0;

    static const QStringList& fullTextColumns();

    // The secondary indexes of `table` that a bulk load may drop and recreate, as
    // (name, CREATE statement) rows; binds: the table name. Indexes that enforce a
    // constraint (primary key, UNIQUE) are not among them.
    virtual QString droppableIndexesQuery() const = 0;

protected:
    static QString placeholders(qsizetype count);
};

} // namespace mixdesk
