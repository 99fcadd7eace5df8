#pragma once

#include "dns/DnsResolverConfig.h"
#include "util/Result.h"

#include <QString>

class QSettings;

namespace mixdesk {

// How and how often the app checks the blocklists (QSettings group "dnsbl").
// The Spamhaus DQS key is not here: it is a credential and lives in the keychain
// under dqsSecretKey().
struct DnsblSettings
{
    QString nameServer; // "ADDR[:PORT]"; empty: the system's resolver
    int timeoutMs = 2000;
    int tries = 2;
    int intervalMinutes = 360; // re-check while the app runs; 0: only on request

    // The resolver configuration, or an error when nameServer does not parse.
    Result<DnsResolverConfig> resolverConfig() const;

    static QString dqsSecretKey(); // "dnsbl:spamhaus-dqs"
    static DnsblSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const DnsblSettings&) const = default;
};

} // namespace mixdesk
