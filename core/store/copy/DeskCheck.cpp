#include "store/copy/DeskCheck.h"

#include "store/Database.h"
#include "store/SchemaCatalog.h"
#include "store/SchemaMigrator.h"

#include <QSqlQuery>

namespace mixdesk {

namespace {

Status sqliteIntegrity(Database& db, QStringList* problems)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return db.errorOf(QStringLiteral("cannot check the database"), q);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems->append(line);
    }
    return {};
}

} // namespace

Result<DeskCheckReport> checkDesk(Database& db)
{
    DeskCheckReport report;
    SchemaMigrator migrator(db);
    for (const SchemaRole& role : schemaCatalog()) {
        const Result<int> version = migrator.version(role.name);
        if (!version)
            return version.error();
        report.roles.append({role.name, *version, int(role.migrations(db.dialect()).size())});
        for (const CopiedTable& table : role.copiedTables) {
            QSqlQuery q = db.query();
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table.name) || !q.next())
                return db.errorOf(QStringLiteral("cannot count %1").arg(table.name), q);
            report.tables.append({table.name, q.value(0).toLongLong()});
        }
    }
    if (!db.isPostgres())
        if (Status s = sqliteIntegrity(db, &report.problems); !s)
            return s.error();
    for (const SchemaRole& role : schemaCatalog())
        if (role.verify)
            if (Status s = role.verify(db, &report.problems); !s)
                return s.error();
    return report;
}

} // namespace mixdesk
