#pragma once

#include "dnsbl/DnsblHistory.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace mixdesk {

// DnsblHistory in SQL. The statements are plain SQL that SQLite and PostgreSQL both
// run (BIGINT milliseconds for times, no generated ids, no upserts), and the schema
// is a list of migration steps, so that the class becomes the store's "dnsbl" role
// (core/store/SchemaRole) once the store is split into roles: then migrations() goes
// into the role and the connection comes from the store's Database.
//
// Until then the app keeps the history in its own SQLite file (defaultPath()).
// A connection belongs to the thread that opened it: use the history on that thread.
class SqlDnsblHistory final : public DnsblHistory
{
public:
    // <per-user data folder>/dnsbl-history.sqlite
    static QString defaultPath();
    // Opens (creating) a SQLite file on a connection of its own, migrated.
    static Result<std::unique_ptr<SqlDnsblHistory>> openSqlite(const QString& path);
    // Uses an open connection (SQLite or PostgreSQL); migrates it.
    static Result<std::unique_ptr<SqlDnsblHistory>> attach(const QSqlDatabase& db);

    // Step i brings the schema from version i to i + 1. Never edit a released step.
    static QList<QStringList> migrations();

    ~SqlDnsblHistory() override;

    Status record(const DnsblRun& run) override;
    Result<QList<DnsblResult>> latest(Which which = Which::Any) override;
    Result<QList<DnsblListingPoint>> listingsOverTime(const QString& ip,
                                                      const QDateTime& since) override;
    Result<QDateTime> lastCheck() override;

private:
    SqlDnsblHistory(const QSqlDatabase& db, bool ownsConnection);
    Status migrate();

    QSqlDatabase m_db;
    bool m_ownsConnection = false;
};

} // namespace mixdesk
