#include "exits/store/ExitsSchema.h"

#include "store/SqlDialect.h"

namespace mixdesk {
namespace {

QList<QStringList> migrations(const SqlDialect& d)
{
    const QString key = d.autoIncrementPrimaryKey();
    const QString big = d.bigIntType();
    // Step 1. Times in milliseconds since the epoch (UTC); an expiry is the last day
    // a block applies, as an ISO date, '' for none. IF NOT EXISTS: a database whose
    // role versions were lost (schema_roles dropped, as the store's migration tests
    // do to stand in for a pre-roles database) runs this step again over the tables.
    const QStringList step1{
        QStringLiteral("CREATE TABLE IF NOT EXISTS exit_checks ("
                       "id %1, "
                       "ip TEXT NOT NULL, "
                       "exit_name TEXT NOT NULL, "
                       "check_kind TEXT NOT NULL, "
                       "status TEXT NOT NULL, "
                       "detail TEXT NOT NULL, "
                       "checked_at %2 NOT NULL)")
            .arg(key, big),
        // History of one address, newest first; the latest result per check.
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS exit_checks_ip ON exit_checks (ip, checked_at, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS exit_blocks ("
                       "id %1, "
                       "destination TEXT NOT NULL, "
                       "ports TEXT NOT NULL, "
                       "requester TEXT NOT NULL, "
                       "reason TEXT NOT NULL, "
                       "reference TEXT NOT NULL, "
                       "created_at %2 NOT NULL, "
                       "expires TEXT NOT NULL)")
            .arg(key, big),
    };
    return {step1};
}

} // namespace

SchemaRole exitsSchema()
{
    const QStringList id{QStringLiteral("id")};
    return {QStringLiteral("exits"),
            &migrations,
            nullptr,
            {{QStringLiteral("exit_checks"), id}, {QStringLiteral("exit_blocks"), id}}};
}

} // namespace mixdesk
