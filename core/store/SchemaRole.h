#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlRecord;

namespace mixdesk {

class Database;
class SqlDialect;

// A table whose rows `db copy` moves from one desk to another, rows keeping their
// keys (so a rerun after a kill skips what is there and duplicates nothing).
struct CopiedTable
{
    QString name;
    QStringList key; // the primary key: rows are read in its order and matched by it
    // A column that says what a row is (the notices: sha256). When the target
    // already has a row with the same key, it must have the same value here, or the
    // target is another desk whose numbers collide, and the copy stops.
    QString identity = {};
};

// The tables of one store role and how they came to be: step i (0-based) brings the
// role's schema from version i to i + 1. Never edit a released step; append one.
// Each role keeps its own version (table schema_roles), so capabilities add and
// migrate their tables without touching each other's steps.
struct SchemaRole
{
    QString name; // "notices", "dnsbl", "cases", ...
    QList<QStringList> (*migrations)(const SqlDialect& dialect) = nullptr;
    // Work the role does each time a database is opened, after the migrations (the
    // notices: rebuild indexes a killed import left dropped). A failure is logged and
    // the database opens anyway: the hook repairs, it does not guard.
    void (*onOpen)(Database& db) = nullptr;
    // Every table that holds the role's data, parents before the tables that refer to
    // them. Tables left out are derived (a full-text index) or bookkeeping; the
    // catalogue test checks that each table a role creates is listed or declared here.
    QList<CopiedTable> copiedTables = {};
    QStringList derivedTables = {};
    // Called for each row `db copy` wrote into `table` of the target, inside the same
    // transaction: the role brings its derived tables up to date (the notices: the
    // full-text index from the kept search text).
    Status (*onRowCopied)(Database& target, const QString& table, const QSqlRecord& row) =
        nullptr;
    // `db check`: looks at the role's data beyond what the database itself checks and
    // appends what is wrong to `problems` (the notices: each raw notice still hashes
    // to its SHA-256). A failure means the check itself could not run.
    Status (*verify)(Database& db, QStringList* problems) = nullptr;
};

} // namespace mixdesk
