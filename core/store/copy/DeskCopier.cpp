#include "store/copy/DeskCopier.h"

#include "store/Database.h"
#include "store/SchemaCatalog.h"
#include "store/SchemaMigrator.h"
#include "store/copy/TableCopy.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mixdesk {

namespace {

QString tr(const char* text)
{
    // The context lupdate files tr() under in this class's member functions.
    return QCoreApplication::translate("mixdesk::DeskCopier", text);
}

Result<qint64> rowCount(Database& db, const QString& table)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return db.errorOf(QStringLiteral("cannot count %1").arg(table), q);
    return q.value(0).toLongLong();
}

} // namespace

DeskCopier::DeskCopier(Database& from, Database& to) : m_from(from), m_to(to) {}

Status DeskCopier::checkVersions()
{
    SchemaMigrator from(m_from);
    SchemaMigrator to(m_to);
    for (const SchemaRole& role : schemaCatalog()) {
        const Result<int> a = from.version(role.name);
        const Result<int> b = to.version(role.name);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        if (*a != *b)
            return Error{tr("The two databases are at different versions of the %1 tables "
                            "(%2 and %3); open both with this MixDesk first.")
                             .arg(role.name)
                             .arg(*a)
                             .arg(*b)};
    }
    return {};
}

Result<qint64> DeskCopier::sourceRows()
{
    qint64 total = 0;
    for (const SchemaRole& role : schemaCatalog())
        for (const CopiedTable& table : role.copiedTables) {
            Result<qint64> n = rowCount(m_from, table.name);
            if (!n)
                return n.error();
            total += *n;
        }
    return total;
}

Status DeskCopier::checkEmpty()
{
    for (const SchemaRole& role : schemaCatalog())
        for (const CopiedTable& table : role.copiedTables) {
            Result<qint64> n = rowCount(m_to, table.name);
            if (!n)
                return n.error();
            if (*n > 0)
                return Error{tr("The target is not empty: %1 holds %2 rows. Copy into an "
                                "empty database, or add --append to add to this one.")
                                 .arg(table.name)
                                 .arg(*n)};
        }
    return {};
}

Result<QList<CopiedTableCount>> DeskCopier::copy(Target target, const ProgressCallback& progress)
{
    if (Status s = checkVersions(); !s)
        return s.error();
    if (target == Target::MustBeEmpty)
        if (Status s = checkEmpty(); !s)
            return s.error();
    const Result<qint64> total = sourceRows();
    if (!total)
        return total.error();

    QList<CopiedTableCount> counts;
    qint64 before = 0; // rows of the tables already done
    for (const SchemaRole& role : schemaCatalog())
        for (const CopiedTable& table : role.copiedTables) {
            TableCopy copy(m_from, m_to, role, table);
            for (;;) {
                const Result<bool> more = copy.next(kBatchRows);
                if (!more)
                    return more.error();
                if (progress && !progress({table.name, before + copy.done(), *total}))
                    return Error{tr("Copy cancelled; run it again with --append to finish.")};
                if (!*more)
                    break;
            }
            if (Status s = copy.finish(); !s)
                return s.error();
            before += copy.done();
            counts.append({table.name, copy.copied(), copy.present()});
        }
    if (Status s = m_to.refreshStatistics(); !s)
        return s.error();
    m_to.notifyChanged(QStringLiteral("notices"));
    return counts;
}

} // namespace mixdesk
