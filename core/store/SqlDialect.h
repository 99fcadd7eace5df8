#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace mixdesk {

// Every difference between the SQL of SQLite and PostgreSQL, in one place, so the
// store's roles write their queries once: connection set-up, transactions, column
// types and ids, upserts, the full-text index (FTS5 or tsvector), bulk-load tuning,
// and SQLite's raw fast path for long id lists.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> sqlite();
    static std::unique_ptr<SqlDialect> postgres();

    virtual QString driverName() const = 0;
    virtual bool isPostgres() const { return false; }
    // Run once on every new connection (journal mode, timeouts...).
    virtual QStringList connectionSetup() const = 0;
    // Starts a transaction that will write (SQLite: take the write lock now, so a
    // reader on another connection never makes the upgrade fail half-way).
    virtual QString beginWrite() const = 0;
    // Settings for the span of a bulk transaction, and those that restore the normal
    // ones (SQLite: a page cache big enough to hold the transaction's dirty pages).
    virtual QStringList bulkSetup() const { return {}; }
    virtual QStringList bulkTeardown() const { return {}; }
    // Whether a bulk load keeps one transaction over several batches. SQLite gains
    // most of its import speed from it; on PostgreSQL, where several operators may
    // import at once, a transaction per batch keeps row locks short.
    virtual bool bulkSpansBatches() const { return true; }
    // Whether a large import may drop the inbox indexes and build them afterwards
    // (only where one writer is the rule: never on a shared team database).
    virtual bool mayDropIndexesForBulkLoads() const { return true; }
    // Run after a bulk load has grown the tables a lot, so that the next queries are
    // planned for the tables as they are now. PostgreSQL plans from sampled statistics
    // that autovacuum refreshes only some time later; until then the inbox's first
    // query after importing 100 000 notices into an empty desk is planned for an empty
    // table. SQLite's planner keeps no statistics here (no sqlite_stat1): nothing.
    virtual QStringList refreshStatistics() const { return {}; }
    // The same around schema migrations, which may rewrite whole tables in one
    // statement (SQLite: keep the statement journal in a file, not in RAM).
    virtual QStringList migrationSetup() const { return {}; }
    virtual QStringList migrationTeardown() const { return {}; }
    // Run first in each migration step's transaction, so that two desks opening one
    // database at once migrate it once (SQLite's write transaction is lock enough).
    virtual QString migrationLock() const { return {}; }
    // Whether a failed statement leaves the transaction usable: PostgreSQL aborts the
    // whole transaction, so work that may fail on purpose runs inside a savepoint.
    virtual bool errorAbortsTransaction() const { return false; }
    // Whether `error` says two transactions collided and the unit can be run again
    // (PostgreSQL: deadlock detected, serialization failure).
    virtual bool isRetryable(const QString& nativeErrorCode) const;

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
    // The same for a row that another writer may insert at the same moment (same
    // value in the UNIQUE column `unique`): such an INSERT adds no row and returns
    // none, instead of failing. SQLite writers take turns, and a plain INSERT after
    // a look-up is enough there.
    virtual QString insertNewReturningId(const QString& table, const QStringList& columns,
                                         const QString& unique) const;
    // Appended to a SELECT of rows the unit is about to change, so that two
    // operators changing the same rows take turns (PostgreSQL: FOR UPDATE).
    virtual QString lockRows() const { return {}; }
    // After rows were written with explicit ids (db copy): statements that make the
    // next generated id follow the highest one (PostgreSQL identity sequences).
    virtual QStringList followExplicitIds(const QString& table) const;

    // Full-text index over the columns of fullTextColumns(), keyed by notice id.
    virtual QStringList createFullText() const = 0;
    // Schema 5: the index keeps no copy of the text; notice_content.search_text and
    // search_format (SearchText, RawCodec) keep the values each row was made from.
    virtual QStringList fullTextWithoutCopy() const = 0;
    // Schema 7: settings of the full-text index for bulk loads, run once.
    virtual QStringList fullTextTuning() const = 0;
    // Prepared statements that add a notice to the index and take it out again;
    // bindFullText...() binds a row's values (UTF-8, fullTextColumns() order).
    virtual QString fullTextInsert() const = 0;
    virtual void bindFullTextInsert(QSqlQuery& query, qint64 id,
                                    const QList<QByteArray>& utf8Values) const = 0;
    virtual QString fullTextDelete() const = 0;
    virtual void bindFullTextDelete(QSqlQuery& query, qint64 id,
                                    const QList<QByteArray>& utf8Values) const = 0;
    // A condition on notices.id (as `n.id`) matching the bound full-text query.
    virtual QString fullTextCondition() const = 0;
    // User text turned into the bound value for fullTextCondition(); empty when the
    // text has nothing to search for. Never SQL: always bound. Each word must occur
    // (as a phrase when it holds punctuation: an IP, an address); the last word is a
    // prefix, for search-as-you-type.
    virtual QString fullTextQuery(const QString& userText) const = 0;

    static const QStringList& fullTextColumns();

    // A long list of ids read straight from the driver's handle, or nullopt when the
    // driver has no faster way than QSqlQuery (about a microsecond a row).
    virtual std::optional<Result<QList<qint64>>> readIds(const QSqlDatabase& db, const QString& sql,
                                                         const QVariantList& values) const;

protected:
    static QString placeholders(qsizetype count);
};

} // namespace mixdesk
