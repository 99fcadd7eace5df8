#include "dnsbl/SqlDnsblHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace mixdesk {
namespace {

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error{QCoreApplication::translate("SqlDnsblHistory", "DNSBL history: %1: %2")
                     .arg(what, error.text())};
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 toMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}
QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QString SqlDnsblHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/dnsbl-history.sqlite");
}

QList<QStringList> SqlDnsblHistory::migrations()
{
    return {
        {
            // One row per check; started_at (ms since the epoch, UTC) is its identity.
            QStringLiteral("CREATE TABLE dnsbl_checks ("
                           " started_at BIGINT PRIMARY KEY,"
                           " finished_at BIGINT NOT NULL,"
                           " rewriting INTEGER NOT NULL,"
                           " cancelled INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE dnsbl_results ("
                           " started_at BIGINT NOT NULL,"
                           " ip TEXT NOT NULL,"
                           " zone TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " codes TEXT NOT NULL,"
                           " meaning TEXT NOT NULL,"
                           " txt TEXT NOT NULL,"
                           " exit_name TEXT NOT NULL,"
                           " premium INTEGER NOT NULL,"
                           " PRIMARY KEY (started_at, ip, zone))"),
            QStringLiteral(
                "CREATE INDEX dnsbl_results_pair ON dnsbl_results (ip, zone, started_at)"),
            QStringLiteral("CREATE TABLE dnsbl_zone_health ("
                           " started_at BIGINT NOT NULL,"
                           " zone TEXT NOT NULL,"
                           " family INTEGER NOT NULL,"
                           " verdict INTEGER NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " PRIMARY KEY (started_at, zone, family))"),
        },
    };
}

Result<std::unique_ptr<SqlDnsblHistory>> SqlDnsblHistory::openSqlite(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = QStringLiteral("dnsbl-history-") + QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        const Error error = sqlError(path, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    std::unique_ptr<SqlDnsblHistory> history(new SqlDnsblHistory(db, true));
    if (Status status = history->migrate(); !status)
        return status.error();
    return history;
}

Result<std::unique_ptr<SqlDnsblHistory>> SqlDnsblHistory::attach(const QSqlDatabase& db)
{
    std::unique_ptr<SqlDnsblHistory> history(new SqlDnsblHistory(db, false));
    if (Status status = history->migrate(); !status)
        return status.error();
    return history;
}

SqlDnsblHistory::SqlDnsblHistory(const QSqlDatabase& db, bool ownsConnection)
    : m_db(db), m_ownsConnection(ownsConnection)
{}

SqlDnsblHistory::~SqlDnsblHistory()
{
    if (!m_ownsConnection)
        return;
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Status SqlDnsblHistory::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS dnsbl_schema (version INTEGER NOT NULL)")))
        return sqlError(QStringLiteral("schema"), query.lastError());
    int version = 0;
    if (query.exec(QStringLiteral("SELECT version FROM dnsbl_schema")) && query.next())
        version = query.value(0).toInt();
    else if (!query.exec(QStringLiteral("INSERT INTO dnsbl_schema (version) VALUES (0)")))
        return sqlError(QStringLiteral("schema"), query.lastError());
    const QList<QStringList> steps = migrations();
    for (int step = version; step < steps.size(); ++step) {
        if (!m_db.transaction())
            return sqlError(QStringLiteral("migration"), m_db.lastError());
        for (const QString& statement : steps[step]) {
            if (!query.exec(statement)) {
                const Error error = sqlError(QStringLiteral("migration"), query.lastError());
                m_db.rollback();
                return error;
            }
        }
        query.prepare(QStringLiteral("UPDATE dnsbl_schema SET version = ?"));
        query.addBindValue(step + 1);
        if (!query.exec() || !m_db.commit()) {
            const Error error = sqlError(QStringLiteral("migration"), query.lastError());
            m_db.rollback();
            return error;
        }
    }
    return {};
}

Status SqlDnsblHistory::record(const DnsblRun& run)
{
    if (!m_db.transaction())
        return sqlError(QStringLiteral("record"), m_db.lastError());
    auto fail = [this](const QSqlQuery& q) {
        const Error error = sqlError(QStringLiteral("record"), q.lastError());
        m_db.rollback();
        return error;
    };
    const qint64 started = toMs(run.startedAt);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO dnsbl_checks (started_at, finished_at, rewriting, "
                                 "cancelled) VALUES (?, ?, ?, ?)"));
    query.addBindValue(started);
    query.addBindValue(toMs(run.finishedAt.isValid() ? run.finishedAt : run.startedAt));
    query.addBindValue(run.rewritingResolver ? 1 : 0);
    query.addBindValue(run.cancelled ? 1 : 0);
    if (!query.exec())
        return fail(query);

    query.prepare(QStringLiteral(
        "INSERT INTO dnsbl_results (started_at, ip, zone, status, kind, codes, meaning, txt, "
        "exit_name, premium) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DnsblResult& r : run.results) {
        query.addBindValue(started);
        query.addBindValue(text(r.ip));
        query.addBindValue(text(r.zone));
        query.addBindValue(dnsblStatusId(r.status));
        query.addBindValue(dnsblKindId(r.kind));
        query.addBindValue(text(r.codes.join(u' ')));
        query.addBindValue(text(r.meaning));
        query.addBindValue(text(r.txt));
        query.addBindValue(text(r.exitName));
        query.addBindValue(r.premium ? 1 : 0);
        if (!query.exec())
            return fail(query);
    }
    query.prepare(QStringLiteral("INSERT INTO dnsbl_zone_health (started_at, zone, family, "
                                 "verdict, reason) VALUES (?, ?, ?, ?, ?)"));
    for (const DnsblZoneHealth& h : run.zoneHealth) {
        query.addBindValue(started);
        query.addBindValue(text(h.zone));
        query.addBindValue(h.family == QAbstractSocket::IPv6Protocol ? 6 : 4);
        query.addBindValue(static_cast<int>(h.verdict));
        query.addBindValue(text(h.reason));
        if (!query.exec())
            return fail(query);
    }
    if (!m_db.commit())
        return sqlError(QStringLiteral("record"), m_db.lastError());
    return {};
}

Result<QList<DnsblResult>> SqlDnsblHistory::latest(Which which)
{
    const QString filter = which == Which::Conclusive
                               ? QStringLiteral(" WHERE status IN ('listed', 'not-listed')")
                               : QString();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral(
                "SELECT r.started_at, r.ip, r.zone, r.status, r.kind, r.codes, r.meaning, r.txt, "
                "r.exit_name, r.premium FROM dnsbl_results r JOIN (SELECT ip, zone, "
                "MAX(started_at) AS newest FROM dnsbl_results%1 GROUP BY ip, zone) n "
                "ON r.ip = n.ip AND r.zone = n.zone AND r.started_at = n.newest "
                "ORDER BY r.ip, r.zone")
                .arg(filter)))
        return sqlError(QStringLiteral("latest"), query.lastError());
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
    QSqlQuery query(m_db);
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
        return sqlError(QStringLiteral("listings"), query.lastError());
    QList<DnsblListingPoint> points;
    while (query.next())
        points.append(DnsblListingPoint{fromMs(query.value(0).toLongLong()), query.value(1).toInt(),
                                        query.value(2).toInt(), query.value(3).toInt()});
    return points;
}

Result<QDateTime> SqlDnsblHistory::lastCheck()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(started_at) FROM dnsbl_checks")))
        return sqlError(QStringLiteral("last check"), query.lastError());
    if (!query.next() || query.value(0).isNull())
        return QDateTime();
    return fromMs(query.value(0).toLongLong());
}

} // namespace mixdesk
