#include "dnsbl/DnsblSettings.h"

#include <QSettings>

#include <algorithm>

namespace mixdesk {

Result<DnsResolverConfig> DnsblSettings::resolverConfig() const
{
    DnsResolverConfig config;
    config.timeoutMs = timeoutMs;
    config.tries = tries;
    if (!nameServer.trimmed().isEmpty()) {
        const Result<DnsServer> server = DnsServer::parse(nameServer);
        if (!server)
            return server.error();
        config.servers = {*server};
    }
    return config;
}

QString DnsblSettings::dqsSecretKey()
{
    return QStringLiteral("dnsbl:spamhaus-dqs");
}

DnsblSettings DnsblSettings::load(QSettings& settings)
{
    DnsblSettings s;
    settings.beginGroup(QStringLiteral("dnsbl"));
    s.nameServer = settings.value(QStringLiteral("nameServer"), s.nameServer).toString();
    s.timeoutMs =
        std::clamp(settings.value(QStringLiteral("timeoutMs"), s.timeoutMs).toInt(), 100, 60000);
    s.tries = std::clamp(settings.value(QStringLiteral("tries"), s.tries).toInt(), 1, 10);
    s.intervalMinutes = std::clamp(
        settings.value(QStringLiteral("intervalMinutes"), s.intervalMinutes).toInt(), 0, 10080);
    settings.endGroup();
    return s;
}

void DnsblSettings::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("dnsbl"));
    settings.setValue(QStringLiteral("nameServer"), nameServer);
    settings.setValue(QStringLiteral("timeoutMs"), timeoutMs);
    settings.setValue(QStringLiteral("tries"), tries);
    settings.setValue(QStringLiteral("intervalMinutes"), intervalMinutes);
    settings.endGroup();
}

} // namespace mixdesk
