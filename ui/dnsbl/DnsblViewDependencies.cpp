#include "dnsbl/DnsblViewDependencies.h"

#include "dns/AresResolver.h"
#include "dnsbl/SqlDnsblHistory.h"

#include <QSettings>

namespace mixdesk {

DnsblViewDependencies DnsblViewDependencies::forApp(const OperatorProfile& profile,
                                                    const StoreLocation& desk,
                                                    const Database::Options& options,
                                                    QString* error)
{
    DnsblViewDependencies deps;
    Result<DnsblCatalogue> catalogue = DnsblCatalogue::load();
    if (!catalogue) {
        if (error)
            *error = catalogue.error().message;
        catalogue = DnsblCatalogue::builtIn();
    }
    if (catalogue)
        deps.catalogue = std::move(*catalogue);
    deps.profile = profile;
    QSettings settings;
    deps.settings = DnsblSettings::load(settings);
    deps.makeResolver =
        [](const DnsResolverConfig& config) -> Result<std::unique_ptr<DnsResolver>> {
        Result<std::unique_ptr<AresResolver>> resolver = AresResolver::create(config);
        if (!resolver)
            return resolver.error();
        return std::unique_ptr<DnsResolver>(std::move(*resolver));
    };
    deps.makeHistory = [desk, options]() -> Result<std::unique_ptr<DnsblHistory>> {
        Result<std::unique_ptr<SqlDnsblHistory>> history = SqlDnsblHistory::open(desk, options);
        if (!history)
            return history.error();
        return std::unique_ptr<DnsblHistory>(std::move(*history));
    };
    deps.makeAlertInbox = [desk, options, profile]() {
        return DnsblAlertInbox::open(desk, options, profile);
    };
    return deps;
}

} // namespace mixdesk
