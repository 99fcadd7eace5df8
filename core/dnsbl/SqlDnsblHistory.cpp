#include "dnsbl/SqlDnsblHistory.h"

#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace mixdesk {

using sql::fromMs;
using sql::nn;
using sql::toMs;

SqlDnsblHistory::SqlDnsblHistory(Database& db) : m_db(db) {}

SqlDnsblHistory::SqlDnsblHistory(std::unique_ptr<Database> owned)
    : m_owned(std::move(owned)), m_db(*m_owned)
{}

Result<std::unique_ptr<SqlDnsblHistory>> SqlDnsblHistory::open(const StoreLocation& location,
                                                               const Database::Options& options)
{
    Result<std::unique_ptr<Database>> db = Database::open(location, options);
    if (!db)
        return db.error();
    return std::unique_ptr<SqlDnsblHistory>(new SqlDnsblHistory(std::move(*db)));
}

Status SqlDnsblHistory::record(const DnsblRun& run)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const qint64 started = toMs(run.startedAt);
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("INSERT INTO dnsbl_checks (started_at, finished_at, rewriting, "
                                 "cancelled, actor) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(started);
    query.addBindValue(toMs(run.finishedAt.isValid() ? run.finishedAt : run.startedAt));
    query.addBindValue(run.rewritingResolver ? 1 : 0);
    query.addBindValue(run.cancelled ? 1 : 0);
    query.addBindValue(nn(m_db.actor()));
    if (!query.exec())
        return tx.fail(
            QCoreApplication::translate("SqlDnsblHistory", "cannot record a DNSBL check"), query);

    query.prepare(QStringLiteral(
        "INSERT INTO dnsbl_results (started_at, ip, zone, status, kind, codes, meaning, txt, "
        "exit_name, premium) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DnsblResult& r : run.results) {
        query.addBindValue(started);
        query.addBindValue(nn(r.ip));
        query.addBindValue(nn(r.zone));
        query.addBindValue(dnsblStatusId(r.status));
        query.addBindValue(dnsblKindId(r.kind));
        query.addBindValue(nn(r.codes.join(u' ')));
        query.addBindValue(nn(r.meaning));
        query.addBindValue(nn(r.txt));
        query.addBindValue(nn(r.exitName));
        query.addBindValue(r.premium ? 1 : 0);
        if (!query.exec())
            return tx.fail(
                QCoreApplication::translate("SqlDnsblHistory", "cannot record a DNSBL result"),
                query);
    }
    query.prepare(QStringLiteral("INSERT INTO dnsbl_zone_health (started_at, zone, family, "
                                 "verdict, reason) VALUES (?, ?, ?, ?, ?)"));
    for (const DnsblZoneHealth& h : run.zoneHealth) {
        query.addBindValue(started);
        query.addBindValue(nn(h.zone));
        query.addBindValue(h.family == QAbstractSocket::IPv6Protocol ? 6 : 4);
        query.addBindValue(static_cast<int>(h.verdict));
        query.addBindValue(nn(h.reason));
        if (!query.exec())
            return tx.fail(
                QCoreApplication::translate("SqlDnsblHistory", "cannot record a DNSBL self-test"),
                query);
    }
    m_db.notifyChanged(QStringLiteral("dnsbl"));
    return tx.commit();
}

Result<QList<DnsblResult>> SqlDnsblHistory::latest(Which which)
{
    const QString filter = which == Which::Conclusive
                               ? QStringLiteral(" WHERE status IN ('listed', 'not-listed')")
                               : QString();
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral(
                "SELECT r.started_at, r.ip, r.zone, r.status, r.kind, r.codes, r.meaning, r.txt, "
                "r.exit_name, r.premium FROM dnsbl_results r JOIN (SELECT ip, zone, "
                "MAX(started_at) AS newest FROM dnsbl_results%1 GROUP BY ip, zone) n "
                "ON r.ip = n.ip AND r.zone = n.zone AND r.started_at = n.newest "
                "ORDER BY r.ip, r.zone")
                .arg(filter)))
        return m_db.errorOf(
            QCoreApplication::translate("SqlDnsblHistory", "cannot read the DNSBL history"), query);
    QList<DnsblResult> results;
    while (query.next()) {
        DnsblResult r;
        r.checkedAt = fromMs(query.value(0).toLongLong());
        r.ip = query.value(1).toString();
        r.zone = query.value(2).toString();
        r.status = dnsblStatusFromId(query.value(3).toString()).value_or(DnsblStatus::Error);
        r.kind = dnsblKindFromId(query.value(4).toString()).value_or(DnsblKind::Informational);
        r.codes = query.value(5).toString().split(u' ', Qt::SkipEmptyParts);
        r.meaning = query.value(6).toString();
        r.txt = query.value(7).toString();
        r.exitName = query.value(8).toString();
        r.premium = query.value(9).toInt() != 0;
        results.append(std::move(r));
    }
    return results;
}

Result<QList<DnsblListingPoint>> SqlDnsblHistory::listingsOverTime(const QString& ip,
                                                                   const QDateTime& since)
{
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT started_at,"
        " SUM(CASE WHEN status = 'listed' AND kind = 'actionable' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status = 'listed' AND kind = 'expected-for-exit' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status = 'listed' AND kind = 'informational' THEN 1 ELSE 0 END)"
        " FROM dnsbl_results WHERE ip = ? AND started_at >= ?"
        " GROUP BY started_at ORDER BY started_at"));
    query.addBindValue(ip);
    query.addBindValue(since.isValid() ? toMs(since) : qint64(0));
    if (!query.exec())
        return m_db.errorOf(
            QCoreApplication::translate("SqlDnsblHistory", "cannot read the DNSBL history"), query);
    QList<DnsblListingPoint> points;
    while (query.next())
        points.append(DnsblListingPoint{fromMs(query.value(0).toLongLong()), query.value(1).toInt(),
                                        query.value(2).toInt(), query.value(3).toInt()});
    return points;
}

Result<QDateTime> SqlDnsblHistory::lastCheck()
{
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT MAX(started_at) FROM dnsbl_checks")))
        return m_db.errorOf(
            QCoreApplication::translate("SqlDnsblHistory", "cannot read the DNSBL history"), query);
    if (!query.next() || query.value(0).isNull())
        return QDateTime();
    return fromMs(query.value(0).toLongLong());
}

} // namespace mixdesk
