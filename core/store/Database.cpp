#include "store/Database.h"

#include "store/SchemaMigrator.h"
#include "store/StoreThreadGuard.h"
#include "util/Logging.h"
#include "util/UserName.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

namespace mixdesk {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mixdesk-store-%1").arg(counter.fetchAndAddOrdered(1));
}

// The notices are evidence and may name people: only the owner may read them.
Status prepareSqliteFile(const QString& path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return Error{QStringLiteral("cannot create folder %1").arg(dir.absolutePath())};
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("cannot create %1: %2").arg(path, file.errorString())};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

// libpq checks a server certificate against ~/.postgresql/root.crt only; without
// one, verify-full fails for every server. The system's CA bundle is the sensible
// default for a team server with a certificate from a public CA.
QString postgresConnectOptions(const StoreLocation& location)
{
    QStringList options{QStringLiteral("sslmode=") + location.effectiveSslMode(),
                        QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=MixDesk")};
    const QString mode = location.effectiveSslMode();
    const bool verifies =
        mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
    const QString ownRoot = QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
    const QString systemBundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    if (verifies && !QFileInfo::exists(ownRoot) && QFileInfo::exists(systemBundle))
        options.append(QStringLiteral("sslrootcert=") + systemBundle);
    return options.join(u';');
}

int connectErrorCode(const QString& text)
{
    if (text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("password authentication failed")))
        return Database::kPasswordNeeded;
    return 0;
}

} // namespace

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/mixdesk.sqlite");
}

Database::Database(std::unique_ptr<SqlDialect> dialect, QSqlDatabase db, QString connectionName,
                   StoreLocation location)
    : m_dialect(std::move(dialect)), m_db(std::move(db)),
      m_connectionName(std::move(connectionName)), m_location(std::move(location)),
      m_actor(defaultUserName()), m_owner(QThread::currentThread())
{}

Database::~Database()
{
    // Every unit in a bulk completed: keep them rather than lose them.
    commitBulk();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QSqlDatabase> Database::connect(const StoreLocation& location, const SqlDialect& dialect,
                                       const Options& options, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    if (location.isPostgres()) {
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.databaseName());
        if (!options.password.isEmpty())
            db.setPassword(options.password);
        db.setConnectOptions(postgresConnectOptions(location));
    } else {
        if (Status s = prepareSqliteFile(location.sqlitePath()); !s) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return s.error();
        }
        db.setDatabaseName(location.sqlitePath());
    }
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{QStringLiteral("cannot open %1: %2").arg(location.display(), message),
                     connectErrorCode(message)};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const StoreLocation& location,
                                                 const Options& options)
{
    auto dialect = location.isPostgres() ? SqlDialect::postgres() : SqlDialect::sqlite();
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return Error{
            QStringLiteral("the Qt SQL driver %1 is not installed").arg(dialect->driverName())};
    const QString name = newConnectionName();
    auto db = connect(location, *dialect, options, name);
    if (!db)
        return db.error();
    std::unique_ptr<Database> database(
        new Database(std::move(dialect), std::move(*db), name, location));
    if (Status s = database->setUp(options); !s)
        return Error{location.display() + QStringLiteral(": ") + s.error().message, s.error().code};
    return database;
}

Status Database::setUp(const Options& options)
{
    if (!options.actor.trimmed().isEmpty())
        m_actor = options.actor.trimmed();
    QSqlQuery q = query();
    for (const QString& sql : m_dialect->connectionSetup())
        if (!q.exec(sql))
            return errorOf(QStringLiteral("database setup failed"), q);
    return SchemaMigrator(*this).run(options.upgrade);
}

QSqlQuery Database::query()
{
    StoreThreadGuard::check();
    Q_ASSERT_X(QThread::currentThread() == m_owner, "Database",
               "a connection is used on the thread that opened it only");
    return QSqlQuery(m_db);
}

void Database::setActor(const QString& actor)
{
    m_actor = actor.trimmed().isEmpty() ? defaultUserName() : actor.trimmed();
}

Error Database::errorOf(const QString& what, const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    int code = 0;
    if (m_dialect->isRetryable(error.nativeErrorCode()))
        code = kRetryable;
    else if (error.type() == QSqlError::ConnectionError || !m_db.isOpen())
        code = kConnectionLost;
    return Error{what + QStringLiteral(": ") + error.text(), code};
}

Status Database::beginUnit()
{
    QSqlQuery q = query();
    const bool savepoint = m_inBulk || m_unitDepth > 0;
    if (!q.exec(savepoint ? QStringLiteral("SAVEPOINT unit") : m_dialect->beginWrite()))
        return errorOf(QStringLiteral("cannot start a transaction"), q);
    ++m_unitDepth;
    return {};
}

Status Database::commitUnit()
{
    QSqlQuery q = query();
    --m_unitDepth;
    const bool savepoint = m_inBulk || m_unitDepth > 0;
    if (!q.exec(savepoint ? QStringLiteral("RELEASE SAVEPOINT unit") : QStringLiteral("COMMIT"))) {
        const Error e = errorOf(QStringLiteral("commit failed"), q);
        ++m_unitDepth;
        rollbackUnit();
        return e;
    }
    return {};
}

void Database::rollbackUnit()
{
    QSqlQuery q = query();
    --m_unitDepth;
    if (m_inBulk || m_unitDepth > 0) {
        // Only this unit's writes: the bulk's earlier ones stay for commitBulk().
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT unit"));
        q.exec(QStringLiteral("RELEASE SAVEPOINT unit"));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Database::beginBulk()
{
    if (m_inBulk)
        return Error{QStringLiteral("a bulk transaction is already open")};
    if (!m_dialect->bulkSpansBatches())
        return {}; // each unit commits on its own
    QSqlQuery q = query();
    for (const QString& statement : m_dialect->bulkSetup()) {
        if (!q.exec(statement))
            return errorOf(QStringLiteral("cannot prepare bulk writing"), q);
    }
    if (!q.exec(m_dialect->beginWrite())) {
        const Error e = errorOf(QStringLiteral("cannot start a transaction"), q);
        for (const QString& statement : m_dialect->bulkTeardown())
            q.exec(statement);
        return e;
    }
    m_inBulk = true;
    return {};
}

Status Database::commitBulk()
{
    if (!m_inBulk)
        return {};
    m_inBulk = false;
    QSqlQuery q = query();
    Status status;
    if (!q.exec(QStringLiteral("COMMIT"))) {
        status = errorOf(QStringLiteral("commit failed"), q);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    for (const QString& statement : m_dialect->bulkTeardown())
        q.exec(statement); // cache and checkpoint sizes: a failure costs memory, not data
    return status;
}

Status Database::refreshStatistics()
{
    QSqlQuery q = query();
    for (const QString& statement : m_dialect->refreshStatistics())
        if (!q.exec(statement))
            return errorOf(QStringLiteral("cannot refresh the planner statistics"), q);
    return {};
}

void Database::notifyChanged(const QString& topic)
{
    if (!m_dialect->isPostgres())
        return;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(changeChannel());
    q.addBindValue(topic);
    if (!q.exec())
        qCWarning(lcStore) << "cannot notify other desks:" << q.lastError().text();
}

} // namespace mixdesk
