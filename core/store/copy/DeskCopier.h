#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace mixdesk {

class Database;

// What `db copy` did to one table.
struct CopiedTableCount
{
    QString table;
    qint64 copied = 0;  // rows written into the target
    qint64 present = 0; // rows the target already had (a rerun, --append)
};

// Moves a whole desk from one database to another (SQLite to PostgreSQL and back):
// every role's tables in the catalogue's order, rows keeping their keys and bytes,
// in batches of one transaction each, so that a copy killed half-way leaves a
// consistent target and a rerun copies only what is missing. Derived tables (the
// full-text index) are rebuilt in the target by the role (SchemaRole::onRowCopied).
// Both databases must be open (and so migrated) at the same role versions.
class DeskCopier
{
public:
    enum class Target
    {
        MustBeEmpty, // refuse a target that holds any row of the copied tables
        Append,      // add to it: a rerun after a kill, or a desk with other roles' rows
    };
    struct Progress
    {
        QString table;
        qint64 done = 0;  // rows of all tables looked at so far
        qint64 total = 0; // rows in all copied tables of the source
    };
    // Called after each batch; returning false stops the copy (what was committed stays).
    using ProgressCallback = std::function<bool(const Progress&)>;

    DeskCopier(Database& from, Database& to);

    Result<QList<CopiedTableCount>> copy(Target target, const ProgressCallback& progress = {});

    static constexpr int kBatchRows = 500;

private:
    Status checkVersions();
    Result<qint64> sourceRows();
    Status checkEmpty();

    Database& m_from;
    Database& m_to;
};

} // namespace mixdesk
