#include "store/notices/InboxIndexes.h"

#include "store/Database.h"
#include "store/Transaction.h"
#include "store/notices/NoticeSchema.h"
#include "util/Logging.h"

#include <QSet>
#include <QVariant>

namespace mixdesk {

Status InboxIndexes::suspend()
{
    if (!m_db.dialect().mayDropIndexesForBulkLoads())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery remember = m_db.query();
    remember.prepare(
        m_db.dialect().insertIgnore(QStringLiteral("suspended_indexes"),
                                    {QStringLiteral("name"), QStringLiteral("definition")}));
    QSqlQuery drop = m_db.query();
    for (const IndexDefinition& index : inboxIndexes()) {
        remember.addBindValue(index.name);
        remember.addBindValue(QStringLiteral("")); // the definition is the schema's
        if (!remember.exec())
            return tx.fail(QStringLiteral("cannot remember index %1").arg(index.name), remember);
        // The name comes from the schema, not from a user: it cannot be bound.
        if (!drop.exec(QStringLiteral("DROP INDEX IF EXISTS ") + index.name))
            return tx.fail(QStringLiteral("cannot drop index %1").arg(index.name), drop);
    }
    return tx.commit();
}

Status InboxIndexes::restore()
{
    QSqlQuery suspended = m_db.query();
    if (!suspended.exec(QStringLiteral("SELECT name FROM suspended_indexes")))
        return m_db.errorOf(QStringLiteral("cannot read the suspended indexes"), suspended);
    QSet<QString> names;
    while (suspended.next())
        names.insert(suspended.value(0).toString());
    suspended.finish();
    if (names.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery create = m_db.query();
    int rebuilt = 0;
    for (const IndexDefinition& index : inboxIndexes()) {
        if (!names.contains(index.name))
            continue;
        // IF NOT EXISTS: a kill between the build and the forgetting may leave one.
        QString sql = index.sql;
        sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (!create.exec(sql))
            return tx.fail(QStringLiteral("cannot rebuild index %1").arg(index.name), create);
        ++rebuilt;
    }
    // Names the schema does not know (written by another version) are forgotten.
    if (!create.exec(QStringLiteral("DELETE FROM suspended_indexes")))
        return tx.fail(QStringLiteral("cannot rebuild the inbox indexes"), create);
    qCDebug(lcStore) << "rebuilt" << rebuilt << "inbox indexes";
    return tx.commit();
}

} // namespace mixdesk
