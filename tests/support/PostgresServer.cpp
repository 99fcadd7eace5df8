#include "PostgresServer.h"

#include "DovecotServer.h" // freeLocalPort

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace mixdesk::test {
namespace {

// /usr/lib/postgresql/<version>/bin, the newest installed.
QString serverBinaries()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return QString();
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresServer::PostgresServer() : m_bin(serverBinaries()) {}

PostgresServer::~PostgresServer()
{
    if (m_running)
        stop();
}

QStringList PostgresServer::asServerUser(const QStringList& command) const
{
    if (!runningAsRoot())
        return command;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                       QStringLiteral("--")} +
           command;
}

bool PostgresServer::run(const QStringList& command, QString* output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList full = asServerUser(command);
    process.start(full.first(), full.mid(1));
    if (!process.waitForFinished(timeoutMs)) {
        m_error =
            QStringLiteral("%1 did not finish: %2").arg(command.first(), process.errorString());
        process.kill();
        process.waitForFinished();
        return false;
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(command.first(), text.trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql "
                                 "(install the postgresql package)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString sockets = m_dir.filePath(QStringLiteral("sockets"));
    QDir().mkpath(sockets);
    if (runningAsRoot()) {
        // The server runs as postgres: it needs the folder, and the way down to it.
        const passwd* pw = getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("no postgres user to run the server as");
            return false;
        }
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
        if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0 ||
            ::chown(QFile::encodeName(sockets).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand the folder to postgres");
            return false;
        }
    }
    if (!QFile::exists(data + QStringLiteral("/PG_VERSION"))) {
        if (!run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data,
                  QStringLiteral("-U"), superuser(), QStringLiteral("--auth=trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync")}))
            return false;
        // Every role logs in without a password, except the one that tests passwords.
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        hba.write("local all all trust\n"
                  "host all " +
                  passwordRole().toUtf8() +
                  " 127.0.0.1/32 scram-sha-256\n"
                  "host all all 127.0.0.1/32 trust\n");
    }
    m_port = freeLocalPort();
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(sockets);
    if (!run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")}))
        return false;
    m_running = true;
    return psql(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                               "'%1') THEN CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'; END IF; "
                               "END $$;")
                    .arg(passwordRole(), password()));
}

bool PostgresServer::stop()
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const bool ok =
        run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
    return ok;
}

bool PostgresServer::restart()
{
    if (m_running)
        stop();
    const quint16 port = m_port;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(port)
                                .arg(m_dir.filePath(QStringLiteral("sockets")));
    if (!run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::psql(const QString& sql, const QString& database)
{
    return run({m_bin + QStringLiteral("/psql"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), superuser(),
                QStringLiteral("-d"), database, QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"), QStringLiteral("-c"),
                sql});
}

QString PostgresServer::createDatabase()
{
    const QString name = QStringLiteral("desk_%1_%2").arg(::getpid()).arg(++m_databases);
    if (!psql(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return QString();
    return name;
}

QString PostgresServer::url(const QString& database, const QString& role) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(role.isEmpty() ? superuser() : role)
        .arg(m_port)
        .arg(database);
}

QString PostgresServer::logText() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
}

PostgresServer* PostgresServer::shared(QString* error)
{
    static std::unique_ptr<PostgresServer> server;
    static QString failure;
    if (!server && failure.isEmpty()) {
        auto started = std::make_unique<PostgresServer>();
        if (started->start())
            server = std::move(started);
        else
            failure = started->errorString();
    }
    if (!server && error)
        *error = failure;
    return server.get();
}

} // namespace mixdesk::test
