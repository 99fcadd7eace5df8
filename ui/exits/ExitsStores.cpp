#include "ExitsDependencies.h"

#include "dnsbl/SqlDnsblHistory.h"
#include "exits/store/SqlBlockStore.h"
#include "exits/store/SqlReadinessHistory.h"

namespace mixdesk {

ExitsStores ExitsStores::open(const StoreLocation& location, const QString& actor)
{
    ExitsStores stores;
    Database::Options options;
    options.actor = actor;
    Result<std::unique_ptr<Database>> db = Database::open(location, options);
    if (!db) {
        stores.error = db.error().message;
        return stores;
    }
    stores.database = std::move(*db);
    stores.history = std::make_unique<SqlReadinessHistory>(*stores.database);
    stores.blocks = std::make_unique<SqlBlockStore>(*stores.database);
    stores.dnsbl = std::make_unique<SqlDnsblHistory>(*stores.database);
    return stores;
}

} // namespace mixdesk
