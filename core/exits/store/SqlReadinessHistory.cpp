#include "exits/store/SqlReadinessHistory.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QSqlQuery>

namespace mixdesk {
namespace {

const QString kColumns = QStringLiteral("ip, exit_name, check_kind, status, detail, checked_at");

bool readRow(const QSqlQuery& q, CheckResult* r)
{
    if (!checkKindFromId(q.value(2).toString(), &r->check))
        return false; // a kind this version does not know (written by a newer one)
    r->ip = q.value(0).toString();
    r->exitName = q.value(1).toString();
    r->status = checkStatusFromId(q.value(3).toString());
    r->detail = q.value(4).toString();
    r->checkedAt = sql::fromMs(q.value(5).toLongLong());
    return true;
}

} // namespace

Status SqlReadinessHistory::append(const QList<CheckResult>& results)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral("INSERT INTO exit_checks (") + kColumns +
                   QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"));
    for (const CheckResult& r : results) {
        insert.addBindValue(sql::nn(r.ip));
        insert.addBindValue(sql::nn(r.exitName));
        insert.addBindValue(checkKindId(r.check));
        insert.addBindValue(checkStatusId(r.status));
        insert.addBindValue(sql::nn(r.detail));
        insert.addBindValue(sql::toMs(r.checkedAt));
        if (!insert.exec())
            return tx.fail(QStringLiteral("cannot record an exit check"), insert);
    }
    m_db.notifyChanged(QStringLiteral("exits"));
    return tx.commit();
}

Result<QList<CheckResult>> SqlReadinessHistory::latest() const
{
    // The newest row of each (ip, check): the one with the highest id among those
    // with the highest time (a run writes all its rows in one unit).
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM exit_checks c WHERE id = (SELECT MAX(id) FROM exit_checks n "
                             "WHERE n.ip = c.ip AND n.check_kind = c.check_kind) "
                             "ORDER BY ip, check_kind"));
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the exit checks"), q);
    QList<CheckResult> out;
    while (q.next()) {
        CheckResult r;
        if (readRow(q, &r))
            out.append(r);
    }
    return out;
}

Result<QList<CheckResult>> SqlReadinessHistory::history(const QString& ip, int limit) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM exit_checks WHERE ip = ? ORDER BY checked_at DESC, id DESC "
                             "LIMIT ?"));
    q.addBindValue(ip);
    q.addBindValue(limit);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the exit check history"), q);
    QList<CheckResult> out;
    while (q.next()) {
        CheckResult r;
        if (readRow(q, &r))
            out.append(r);
    }
    return out;
}

} // namespace mixdesk
