#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

class Database;

// What `db check` found: each role's schema version (and the one this MixDesk
// knows), the rows of each copied table, and every problem. No problems: healthy.
struct DeskCheckReport
{
    struct RoleVersion
    {
        QString role;
        int version = 0;
        int known = 0; // the migrations this build has
    };
    struct TableRows
    {
        QString table;
        qint64 rows = 0;
    };
    QList<RoleVersion> roles;
    QList<TableRows> tables;
    QStringList problems;
    bool healthy() const { return problems.isEmpty(); }
};

// `db check`: versions, counts, the database's own integrity check (SQLite's
// PRAGMA integrity_check; PostgreSQL checks its pages itself) and each role's check
// of its data (SchemaRole::verify: every raw notice still hashes to its SHA-256).
Result<DeskCheckReport> checkDesk(Database& db);

} // namespace mixdesk
