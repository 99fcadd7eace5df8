#include "exits/store/SqlBlockStore.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mixdesk {

Result<BlockRequest> SqlBlockStore::add(const BlockRequest& request)
{
    BlockRequest r = request;
    if (!r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    // Milliseconds: what the table keeps, so the returned copy equals what list() gives.
    r.createdAt = sql::fromMs(sql::toMs(r.createdAt));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QStringList columns{QStringLiteral("destination"), QStringLiteral("ports"),
                              QStringLiteral("requester"),   QStringLiteral("reason"),
                              QStringLiteral("reference"),   QStringLiteral("created_at"),
                              QStringLiteral("expires")};
    QSqlQuery insert = m_db.query();
    insert.prepare(m_db.dialect().insertReturningId(QStringLiteral("exit_blocks"), columns));
    insert.addBindValue(sql::nn(r.destination));
    insert.addBindValue(sql::nn(PortRange::listText(r.ports)));
    insert.addBindValue(sql::nn(r.requester));
    insert.addBindValue(sql::nn(r.reason));
    insert.addBindValue(sql::nn(r.reference));
    insert.addBindValue(sql::toMs(r.createdAt));
    insert.addBindValue(r.expires.isValid() ? r.expires.toString(Qt::ISODate) : QStringLiteral(""));
    if (!insert.exec())
        return tx.fail(QStringLiteral("cannot record a block"), insert);
    if (m_db.dialect().newRowIdIsResultRow()) {
        if (!insert.next())
            return tx.fail(QStringLiteral("cannot record a block"), insert);
        r.id = insert.value(0).toLongLong();
    } else {
        r.id = insert.lastInsertId().toLongLong();
    }
    m_db.notifyChanged(QStringLiteral("exits"));
    const Status committed = tx.commit();
    if (!committed)
        return committed.error();
    return r;
}

Result<QList<BlockRequest>> SqlBlockStore::list() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, destination, ports, requester, reason, reference, "
                             "created_at, expires FROM exit_blocks ORDER BY id"));
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the blocks"), q);
    QList<BlockRequest> out;
    while (q.next()) {
        BlockRequest r;
        r.id = q.value(0).toLongLong();
        r.destination = q.value(1).toString();
        const Result<QList<PortRange>> ports = PortRange::parseList(q.value(2).toString());
        if (ports) // add() wrote it; a damaged value means every port, as a block errs safe
            r.ports = *ports;
        r.requester = q.value(3).toString();
        r.reason = q.value(4).toString();
        r.reference = q.value(5).toString();
        r.createdAt = sql::fromMs(q.value(6).toLongLong());
        r.expires = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        out.append(r);
    }
    return out;
}

Status SqlBlockStore::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM exit_blocks WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot remove a block"), q);
    if (q.numRowsAffected() == 0)
        return tx.fail(
            Error{QCoreApplication::translate("SqlBlockStore", "There is no block #%1.").arg(id)});
    m_db.notifyChanged(QStringLiteral("exits"));
    return tx.commit();
}

} // namespace mixdesk
