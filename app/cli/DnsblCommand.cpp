#include "CliSupport.h"
#include "Commands.h"

#include "dns/AresResolver.h"
#include "dnsbl/DnsblCatalogue.h"
#include "dnsbl/DnsblChecker.h"
#include "profile/ProfileStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

#include <algorithm>

namespace mixdesk::cli {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitListed = 1; // a listing on an actionable zone
constexpr int kExitUsage = 2;
constexpr int kExitFailed = 3; // could not check at all

void printDnsblUsage(QTextStream& stream)
{
    stream << "usage: mixdesk-cli dnsbl check [--nameserver ADDR[:PORT]] [--ip IP]...\n"
              "                               [--zones FILE] [--profile FILE] [--json]\n\n"
              "Checks exit addresses against DNS blocklists: every address x zone at once,\n"
              "with each zone's RFC 5782 self-test. Without --ip, the single addresses of the\n"
              "profile's exits are checked (ranges are skipped: lists hold single addresses).\n\n"
              "options:\n"
              "  --nameserver ADDR[:PORT]  DNS server to ask (192.0.2.53, [2001:db8::53]:5353);\n"
              "                            default: the system's resolver\n"
              "  --ip IP                   address to check; repeat it (or give IPs after the\n"
              "                            options) for several\n"
              "  --zones FILE              zone catalogue to use instead of the built-in one and\n"
              "                            the user's dnsbl-zones.json (same JSON format)\n"
              "  --profile FILE            operator profile (default: the stored profile)\n"
              "  --timeout MS              wait for the first try (default 2000; doubles per try)\n"
              "  --tries N                 tries per query (default 2)\n"
              "  --dqs-key KEY             Spamhaus DQS key (default: $MIXDESK_DQS_KEY)\n"
              "  --json                    one JSON object per (ip, zone) and line: ip, zone,\n"
              "                            status (listed, not-listed, refused, error,\n"
              "                            unsupported, timeout, untrusted), codes, meaning,\n"
              "                            txt, kind (actionable, expected-for-exit,\n"
              "                            informational)\n"
              "  --help                    show this help\n\n"
              "Exit status: 0 when no address is listed on an actionable zone, 1 when one is,\n"
              "2 on wrong usage, 3 when the check could not run.\n";
}

QString padded(const QString& text, int width)
{
    return text.size() >= width ? text + u' ' : text.leftJustified(width);
}

void printHuman(const DnsblRun& run, const DnsblCatalogue& catalogue,
                const QList<DnsblTarget>& targets)
{
    for (const DnsblTarget& target : targets) {
        out() << target.ip();
        if (!target.exitName.isEmpty())
            out() << "  " << target.exitName << (target.premium ? " (premium)" : "");
        out() << "\n";
        int clean = 0;
        int unsupported = 0;
        for (const DnsblResult& r : run.results) {
            if (r.ip != target.ip())
                continue;
            if (r.status == DnsblStatus::NotListed) {
                ++clean;
                continue;
            }
            if (r.status == DnsblStatus::Unsupported) {
                ++unsupported;
                continue;
            }
            const DnsblZone* zone = catalogue.find(r.zone);
            const QString name = zone ? zone->name : r.zone;
            QString status = dnsblStatusId(r.status);
            if (r.status == DnsblStatus::Listed)
                status = status.toUpper();
            out() << "  " << padded(status, 12) << padded(name, 34)
                  << (r.status == DnsblStatus::Listed ? padded(dnsblKindId(r.kind), 18)
                                                      : QString(18, u' '))
                  << r.meaning << "\n";
            if (!r.txt.isEmpty())
                out() << "  " << QString(12, u' ') << "TXT: " << r.txt << "\n";
            if (r.status == DnsblStatus::Listed && zone && !zone->delistUrl.isEmpty())
                out() << "  " << QString(12, u' ') << "delist: " << zone->delistUrl << "\n";
        }
        out() << "  not listed on " << clean << (clean == 1 ? " zone" : " zones");
        if (unsupported > 0)
            out() << "; " << unsupported << " zones do not list "
                  << (target.address.protocol() == QAbstractSocket::IPv6Protocol ? "IPv6" : "IPv4");
        out() << "\n\n";
    }
    int untrusted = 0;
    for (const DnsblZoneHealth& health : run.zoneHealth)
        untrusted += !health.trusted();
    out() << run.results.size() << " checks in " << run.startedAt.msecsTo(run.finishedAt)
          << " ms: " << run.count(DnsblStatus::Listed) << " listed, "
          << run.count(DnsblStatus::NotListed) << " not listed, " << run.count(DnsblStatus::Refused)
          << " refused, " << run.count(DnsblStatus::Error) << " errors, "
          << run.count(DnsblStatus::Timeout) << " timeouts, " << run.count(DnsblStatus::Untrusted)
          << " untrusted";
    if (untrusted > 0)
        out() << " (" << untrusted << " zones failed their self-test)";
    out() << "\n";
}

} // namespace

int runDnsbl(const QStringList& args)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        printDnsblUsage(args.isEmpty() ? err() : out());
        return args.isEmpty() ? kExitUsage : kExitClean;
    }
    if (args.first() != u"check") {
        err() << "mixdesk-cli dnsbl: unknown sub-command '" << args.first() << "'\n";
        printDnsblUsage(err());
        return kExitUsage;
    }

    QCommandLineParser parser;
    const QCommandLineOption nameserver(QStringLiteral("nameserver"), QString(),
                                        QStringLiteral("ADDR[:PORT]"));
    const QCommandLineOption ip(QStringLiteral("ip"), QString(), QStringLiteral("IP"));
    const QCommandLineOption zones(QStringLiteral("zones"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(),
                                           QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("MS"),
                                     QStringLiteral("2000"));
    const QCommandLineOption tries(QStringLiteral("tries"), QString(), QStringLiteral("N"),
                                   QStringLiteral("2"));
    const QCommandLineOption dqsKey(QStringLiteral("dqs-key"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                  QString());
    parser.addOptions({nameserver, ip, zones, profileOption, timeout, tries, dqsKey, json, help});
    QStringList full = args;
    full[0] = QStringLiteral("mixdesk-cli dnsbl check");
    if (!parser.parse(full)) {
        err() << "mixdesk-cli dnsbl check: " << parser.errorText() << "\n";
        printDnsblUsage(err());
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printDnsblUsage(out());
        return kExitClean;
    }

    DnsResolverConfig config;
    bool ok = false;
    config.timeoutMs = parser.value(timeout).toInt(&ok);
    if (!ok || config.timeoutMs < 1) {
        err() << "mixdesk-cli dnsbl check: --timeout needs milliseconds\n";
        return kExitUsage;
    }
    config.tries = parser.value(tries).toInt(&ok);
    if (!ok || config.tries < 1) {
        err() << "mixdesk-cli dnsbl check: --tries needs a number from 1\n";
        return kExitUsage;
    }
    if (parser.isSet(nameserver)) {
        const Result<DnsServer> server = DnsServer::parse(parser.value(nameserver));
        if (!server) {
            err() << "mixdesk-cli dnsbl check: " << server.error().message << "\n";
            return kExitUsage;
        }
        config.servers = {*server};
    }

    const Result<DnsblCatalogue> catalogue = parser.isSet(zones)
                                                 ? DnsblCatalogue::loadFile(parser.value(zones))
                                                 : DnsblCatalogue::load();
    if (!catalogue) {
        err() << "mixdesk-cli dnsbl check: " << catalogue.error().message << "\n";
        return kExitFailed;
    }

    QStringList addresses;
    for (const QString& value : parser.values(ip))
        addresses += value.split(u',', Qt::SkipEmptyParts);
    addresses += parser.positionalArguments();
    const QString profilePath = parser.value(profileOption);
    const Result<OperatorProfile> profile =
        profilePath.isEmpty() ? ProfileStore::load() : OperatorProfile::loadFile(profilePath);
    if (!profile) {
        err() << "mixdesk-cli dnsbl check: cannot load profile "
              << (profilePath.isEmpty() ? ProfileStore::defaultPath() : profilePath) << ": "
              << profile.error().message << "\n";
        if (addresses.isEmpty())
            return kExitFailed;
        // With --ip the profile only names the exits: go on without it.
    }
    const OperatorProfile exits = profile ? *profile : OperatorProfile{};
    const DnsblTargets targets = addresses.isEmpty()
                                     ? DnsblTargets::fromProfile(exits)
                                     : DnsblTargets::fromAddresses(addresses, exits);
    for (const DnsblTargets::Skipped& skipped : targets.skipped) {
        err() << "mixdesk-cli dnsbl check: skipping " << skipped.address;
        if (!skipped.exitName.isEmpty())
            err() << " (" << skipped.exitName << ")";
        err() << ": " << skipped.reasonText() << "\n";
    }
    if (targets.targets.isEmpty()) {
        err() << "mixdesk-cli dnsbl check: no address to check (give --ip or exits in the "
                 "profile)\n";
        return kExitUsage;
    }

    Result<std::unique_ptr<AresResolver>> resolver = AresResolver::create(config);
    if (!resolver) {
        err() << "mixdesk-cli dnsbl check: " << resolver.error().message << "\n";
        return kExitFailed;
    }
    DnsblChecker::Options options;
    options.dqsKey =
        parser.isSet(dqsKey) ? parser.value(dqsKey) : qEnvironmentVariable("MIXDESK_DQS_KEY");
    const QList<DnsblZone> checked = catalogue->checkedZones(options.dqsKey);
    if (checked.isEmpty()) {
        err() << "mixdesk-cli dnsbl check: the catalogue has no zone to check\n";
        return kExitFailed;
    }

    DnsblChecker checker(resolver->get());
    DnsblRun run;
    QEventLoop loop; // the CLI has no GUI to keep responsive: wait here
    QObject::connect(&checker, &DnsblChecker::finished, &loop, [&](const DnsblRun& done) {
        run = done;
        loop.quit();
    });
    checker.start(checked, targets.targets, options);
    loop.exec();

    if (run.rewritingResolver)
        err() << "mixdesk-cli dnsbl check: warning: answers outside 127.0.0.0/8: the resolver "
                 "rewrites DNS answers; use --nameserver with one that does not\n";
    if (parser.isSet(json)) {
        for (const DnsblResult& result : run.results)
            out() << QString::fromUtf8(
                         QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact))
                  << "\n";
    } else {
        printHuman(run, *catalogue, targets.targets);
    }
    const bool actionable =
        std::any_of(run.results.begin(), run.results.end(), [](const DnsblResult& r) {
            return r.status == DnsblStatus::Listed && r.kind == DnsblKind::Actionable;
        });
    return actionable ? kExitListed : kExitClean;
}

} // namespace mixdesk::cli
