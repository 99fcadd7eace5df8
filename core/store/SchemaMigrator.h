#pragma once

#include "store/Database.h"

namespace mixdesk {

// Brings every role of the schema catalogue up to date, one step per transaction:
// a crash leaves each role at a whole version, never between two.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(Database& db) : m_db(db) {}

    Status run(Database::Upgrade upgrade);
    // The version of `role` in the database (0: none yet).
    Result<int> version(const QString& role);

private:
    Status ensureVersionTable();
    Status migrateRole(const QString& role, const QList<QStringList>& steps);
    Status writeVersion(const QString& role, int version);
    Status runOpenHooks();

    Database& m_db;
};

} // namespace mixdesk
