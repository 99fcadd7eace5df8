#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mixdesk::test {

// A private PostgreSQL server on 127.0.0.1 for tests: initdb and pg_ctl under a
// temporary folder (as the postgres user through runuser when the tests run as root,
// since initdb refuses root), on a free high port, with trust authentication for the
// test roles and one password-protected role (password()). Stopped and removed by the
// destructor.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    bool start();
    // `pg_ctl stop -m immediate`: what a crash or a pulled cable looks like to clients.
    bool stop();
    bool restart();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    // A new empty database owned by the superuser role; its URL for StoreLocation.
    QString createDatabase();
    QString url(const QString& database, const QString& role = QString()) const;
    // Runs SQL as the superuser (psql); false on failure.
    bool psql(const QString& sql, const QString& database = QStringLiteral("postgres"));
    // A role that must log in with password(): for the password paths.
    static QString passwordRole() { return QStringLiteral("desk_pw"); }
    static QString password() { return QStringLiteral("Test-Pass-7"); }
    static QString superuser() { return QStringLiteral("postgres"); }
    QString logText() const;

    // The one server of this test process, started on first use (null when it cannot
    // start: the error is in `error`).
    static PostgresServer* shared(QString* error);

private:
    bool run(const QStringList& command, QString* output = nullptr, int timeoutMs = 60000);
    QStringList asServerUser(const QStringList& command) const;

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_running = false;
    int m_databases = 0;
    QString m_error;
};

} // namespace mixdesk::test
