#pragma once

#include "dnsbl/DnsblHistory.h"
#include "store/Database.h"

#include <memory>

namespace mixdesk {

// DnsblHistory in the desk's database: the store's "dnsbl" role (tables in
// DnsblSchema), on SQLite and PostgreSQL alike. Like every role it works on a
// Database of the thread that uses it.
class SqlDnsblHistory final : public DnsblHistory
{
public:
    explicit SqlDnsblHistory(Database& db);
    // Opens a connection of its own to the desk (on the calling thread) and keeps it:
    // for the DNSBL view's worker thread.
    static Result<std::unique_ptr<SqlDnsblHistory>> open(const StoreLocation& location,
                                                         const Database::Options& options);

    Status record(const DnsblRun& run) override;
    Result<QList<DnsblResult>> latest(Which which = Which::Any) override;
    Result<QList<DnsblListingPoint>> listingsOverTime(const QString& ip,
                                                      const QDateTime& since) override;
    Result<QDateTime> lastCheck() override;

private:
    std::unique_ptr<Database> m_owned; // only when open() made the connection
    Database& m_db;

    SqlDnsblHistory(std::unique_ptr<Database> owned);
};

} // namespace mixdesk
