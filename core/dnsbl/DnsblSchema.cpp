#include "dnsbl/DnsblSchema.h"

#include "store/SqlDialect.h"

namespace mixdesk {
namespace {

QList<QStringList> dnsblMigrations(const SqlDialect& d)
{
    const QString big = d.bigIntType();
    return {
        // 1: checks, results and self-tests. A check is identified by its start
        // (milliseconds since the epoch, UTC): no generated ids, so the same statements
        // run on SQLite and PostgreSQL. IF NOT EXISTS: a database whose schema_roles
        // table was lost (the store's tests make "legacy" databases that way) runs
        // this step again over the tables it already has.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS dnsbl_checks ("
                           " started_at %1 PRIMARY KEY,"
                           " finished_at %1 NOT NULL,"
                           " rewriting INTEGER NOT NULL,"
                           " cancelled INTEGER NOT NULL,"
                           " actor TEXT NOT NULL)")
                .arg(big),
            QStringLiteral("CREATE TABLE IF NOT EXISTS dnsbl_results ("
                           " started_at %1 NOT NULL,"
                           " ip TEXT NOT NULL,"
                           " zone TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " codes TEXT NOT NULL,"
                           " meaning TEXT NOT NULL,"
                           " txt TEXT NOT NULL,"
                           " exit_name TEXT NOT NULL,"
                           " premium INTEGER NOT NULL,"
                           " PRIMARY KEY (started_at, ip, zone))")
                .arg(big),
            QStringLiteral("CREATE INDEX IF NOT EXISTS dnsbl_results_pair ON dnsbl_results (ip, "
                           "zone, started_at)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS dnsbl_zone_health ("
                           " started_at %1 NOT NULL,"
                           " zone TEXT NOT NULL,"
                           " family INTEGER NOT NULL,"
                           " verdict INTEGER NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " PRIMARY KEY (started_at, zone, family))")
                .arg(big),
        },
    };
}

} // namespace

SchemaRole dnsblSchema()
{
    const QString startedAt = QStringLiteral("started_at");
    return {QStringLiteral("dnsbl"),
            dnsblMigrations,
            nullptr,
            {
                {QStringLiteral("dnsbl_checks"), {startedAt}},
                {QStringLiteral("dnsbl_results"),
                 {startedAt, QStringLiteral("ip"), QStringLiteral("zone")}},
                {QStringLiteral("dnsbl_zone_health"),
                 {startedAt, QStringLiteral("zone"), QStringLiteral("family")}},
            }};
}

} // namespace mixdesk
