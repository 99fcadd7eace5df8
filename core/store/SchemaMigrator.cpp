#include "store/SchemaMigrator.h"

#include "store/SchemaCatalog.h"
#include "store/Transaction.h"
#include "util/Logging.h"

#include <QScopeGuard>
#include <QSqlRecord>

namespace mixdesk {
namespace {

// Before roles had versions of their own, the notices' schema kept its version in
// schema_version, which older MixDesk versions still read to refuse a newer database.
const QString kLegacyRole = QStringLiteral("notices");

} // namespace

Status SchemaMigrator::ensureVersionTable()
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    // Under the migration lock: on PostgreSQL, two desks creating the tables of a new
    // database at once collide inside CREATE TABLE IF NOT EXISTS (a duplicate pg_type).
    if (const QString lock = m_db.dialect().migrationLock(); !lock.isEmpty() && !q.exec(lock))
        return tx.fail(QStringLiteral("cannot lock the schema"), q);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_roles ("
                               " role TEXT PRIMARY KEY,"
                               " version INTEGER NOT NULL)")))
        return tx.fail(QStringLiteral("cannot create schema_roles"), q);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT "
                               "NULL)")))
        return tx.fail(QStringLiteral("cannot create schema_version"), q);
    return tx.commit();
}

Result<int> SchemaMigrator::version(const QString& role)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT version FROM schema_roles WHERE role = ?"));
    q.addBindValue(role);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read the schema version"), q);
    if (q.next())
        return q.value(0).toInt();
    if (role != kLegacyRole)
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return m_db.errorOf(QStringLiteral("cannot read the schema version"), q);
    return q.next() ? q.value(0).toInt() : 0;
}

Status SchemaMigrator::writeVersion(const QString& role, int version)
{
    QSqlQuery q = m_db.query();
    q.prepare(m_db.dialect().upsert(QStringLiteral("schema_roles"), {QStringLiteral("role")},
                                    {QStringLiteral("version")}));
    q.addBindValue(role);
    q.addBindValue(version);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot write the schema version"), q);
    if (role != kLegacyRole)
        return {};
    if (!q.exec(QStringLiteral("DELETE FROM schema_version")))
        return m_db.errorOf(QStringLiteral("cannot write the schema version"), q);
    q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    q.addBindValue(version);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot write the schema version"), q);
    return {};
}

Status SchemaMigrator::run(Database::Upgrade upgrade)
{
    if (Status s = ensureVersionTable(); !s)
        return s;
    QList<std::pair<SchemaRole, QList<QStringList>>> pending;
    for (const SchemaRole& role : schemaCatalog()) {
        const QList<QStringList> steps = role.migrations(m_db.dialect());
        const auto current = version(role.name);
        if (!current)
            return current.error();
        if (*current > steps.size())
            return Error{QStringLiteral("the database was made by a newer MixDesk (%1 schema "
                                        "%2, this version knows up to %3)")
                             .arg(role.name)
                             .arg(*current)
                             .arg(steps.size())};
        if (*current < steps.size())
            pending.append({role, steps});
    }
    if (pending.isEmpty())
        return runOpenHooks();
    if (upgrade == Database::Upgrade::RefuseIfPending)
        return Error{QStringLiteral("the database needs a schema upgrade"),
                     Database::kUpgradePending};

    QSqlQuery q = m_db.query();
    for (const QString& sql : m_db.dialect().migrationSetup())
        q.exec(sql); // a failure costs memory, not data
    const auto restore = qScopeGuard([this] {
        QSqlQuery teardown = m_db.query();
        for (const QString& sql : m_db.dialect().migrationTeardown())
            teardown.exec(sql);
    });
    for (const auto& [role, steps] : pending)
        if (Status s = migrateRole(role.name, steps); !s)
            return s;
    return runOpenHooks();
}

Status SchemaMigrator::runOpenHooks()
{
    for (const SchemaRole& role : schemaCatalog())
        if (role.onOpen)
            role.onOpen(m_db);
    return {};
}

Status SchemaMigrator::migrateRole(const QString& role, const QList<QStringList>& steps)
{
    for (;;) {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        QSqlQuery q = m_db.query();
        if (const QString lock = m_db.dialect().migrationLock(); !lock.isEmpty() && !q.exec(lock))
            return tx.fail(QStringLiteral("cannot lock the schema"), q);
        // Read again under the lock: another desk may have migrated meanwhile.
        const auto current = version(role);
        if (!current)
            return tx.fail(current.error());
        if (*current >= steps.size())
            return tx.commit();
        for (const QString& sql : steps[*current])
            if (!q.exec(sql))
                return tx.fail(QStringLiteral("migration of %1 to schema %2 failed")
                                   .arg(role)
                                   .arg(*current + 1),
                               q);
        if (Status s = writeVersion(role, *current + 1); !s)
            return tx.fail(s.error());
        if (Status s = tx.commit(); !s)
            return s;
        qCDebug(lcStore) << "migrated" << role << "to schema" << *current + 1;
    }
}

} // namespace mixdesk
