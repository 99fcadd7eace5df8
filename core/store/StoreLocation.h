#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>

namespace mixdesk {

// Where a desk's database lives: a SQLite file (the embedded default) or a PostgreSQL
// database shared by a team, written `postgresql://USER@HOST:PORT/DBNAME?sslmode=...`
// (`postgres://` too). A URL never carries the password: it comes from the keychain,
// a password command, or libpq's own PGPASSWORD and ~/.pgpass.
class StoreLocation
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    static Result<StoreLocation> parse(const QString& text);
    static StoreLocation sqliteFile(const QString& path);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    QString sqlitePath() const { return m_path; }

    QString host() const { return m_url.host(); }
    int port() const { return m_url.port(5432); }
    QString user() const { return m_url.userName(); }
    QString databaseName() const;
    // libpq's sslmode: empty when the URL names none. Loopback hosts default to
    // "prefer", every other host to "verify-full" (see effectiveSslMode).
    QString sslMode() const;
    QString effectiveSslMode() const;
    bool isLoopback() const;

    // The text the user gave, for titles and messages (never with a password).
    QString display() const;
    // A stable key for the keychain entry of this database's password.
    QString secretKey() const;

    bool operator==(const StoreLocation& other) const { return display() == other.display(); }

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QUrl m_url;
};

} // namespace mixdesk
