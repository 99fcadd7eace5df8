#pragma once

#include "dns/DnsResolver.h"
#include "dns/DnsResolverConfig.h"
#include "dnsbl/DnsblAlertInbox.h"
#include "dnsbl/DnsblCatalogue.h"
#include "dnsbl/DnsblHistory.h"
#include "dnsbl/DnsblSettings.h"
#include "profile/OperatorProfile.h"
#include "store/Database.h"

#include <functional>
#include <memory>

namespace mixdesk {

// What the DNSBL view needs from outside, handed to its constructor. The factories run
// on the view's worker thread: a resolver and a database connection belong to the
// thread that uses them.
struct DnsblViewDependencies
{
    using ResolverFactory =
        std::function<Result<std::unique_ptr<DnsResolver>>(const DnsResolverConfig& config)>;
    using HistoryFactory = std::function<Result<std::unique_ptr<DnsblHistory>>()>;
    using AlertInboxFactory = std::function<Result<std::unique_ptr<DnsblAlertInbox>>()>;

    DnsblCatalogue catalogue; // the zones (built-in + the user's file)
    OperatorProfile profile;  // the exits
    DnsblSettings settings;   // name server, timeout, tries, re-check interval
    QString dqsKey;           // Spamhaus DQS key (from the keychain); empty: public mirrors
    ResolverFactory makeResolver;
    HistoryFactory makeHistory;
    AlertInboxFactory makeAlertInbox; // empty: new listings go to no inbox

    // The app's choice: catalogue from DnsblCatalogue::load(), settings from QSettings,
    // c-ares, and the history and the alerts' inbox in the desk's database on
    // connections of the worker's own. Catalogue errors come back in `error` (the
    // built-in catalogue is used then).
    static DnsblViewDependencies forApp(const OperatorProfile& profile, const StoreLocation& desk,
                                        const Database::Options& options, QString* error = nullptr);
};

} // namespace mixdesk
