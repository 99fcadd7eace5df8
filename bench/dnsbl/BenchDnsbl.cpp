// bench/dnsbl: one DNSBL check of every (address x zone) pair against a DNS server that
// delays each answer, beside the latency of a single query to the same server.
// Run through bench/dnsbl/run.sh, which starts the server and times rblcheck too.
//
//   bench_dnsbl --nameserver 127.0.0.1:53 --zones zones.json --ip A --ip B ... [--rounds N]
#include "dns/AresResolver.h"
#include "dnsbl/DnsblCatalogue.h"
#include "dnsbl/DnsblChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>

using namespace mixdesk;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nameserver(QStringLiteral("nameserver"), QString(),
                                        QStringLiteral("ADDR[:PORT]"));
    const QCommandLineOption zonesOption(QStringLiteral("zones"), QString(),
                                         QStringLiteral("FILE"));
    const QCommandLineOption ipOption(QStringLiteral("ip"), QString(), QStringLiteral("IP"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QString(), QStringLiteral("N"),
                                          QStringLiteral("5"));
    parser.addOptions({nameserver, zonesOption, ipOption, roundsOption});
    parser.process(app);

    const Result<DnsServer> server = DnsServer::parse(parser.value(nameserver));
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::loadFile(parser.value(zonesOption));
    if (!server || !catalogue) {
        std::fprintf(stderr, "bench_dnsbl: %s\n",
                     qPrintable(!server ? server.error().message : catalogue.error().message));
        return 2;
    }
    const DnsblTargets targets = DnsblTargets::fromAddresses(parser.values(ipOption));
    const QList<DnsblZone> zones = catalogue->checkedZones(QString());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    DnsResolverConfig config;
    config.servers = {*server};
    config.timeoutMs = 2000;
    config.tries = 1;
    auto resolver = AresResolver::create(config);
    if (!resolver) {
        std::fprintf(stderr, "bench_dnsbl: %s\n", qPrintable(resolver.error().message));
        return 2;
    }

    // A single query's latency: one A lookup at a time, as rblcheck makes them.
    QList<double> single;
    for (int i = 0; i < rounds; ++i) {
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        (*resolver)->lookup(QStringLiteral("%1.0.51.198.%2").arg(i + 1).arg(zones.first().zone),
                            DnsRecordType::A, &loop, [&](const DnsReply&) { loop.quit(); });
        loop.exec();
        single.append(timer.nsecsElapsed() / 1e6);
    }

    // The whole check: every pair (A and TXT) plus each zone's two self-test queries.
    QList<double> whole;
    DnsblRun last;
    for (int i = 0; i < rounds; ++i) {
        DnsblChecker checker(resolver->get());
        QEventLoop loop;
        QObject::connect(&checker, &DnsblChecker::finished, &loop, [&](const DnsblRun& run) {
            last = run;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        checker.start(zones, targets.targets);
        loop.exec();
        whole.append(timer.nsecsElapsed() / 1e6);
    }
    const int pairs = int(targets.targets.size() * zones.size());
    const int queries = pairs * 2 + int(zones.size()) * 2;
    const double singleMs = median(single);
    const double wholeMs = median(whole);
    std::printf("mixdesk: %d addresses x %d zones = %d pairs (%d queries: A + TXT per pair, "
                "2 self-test queries per zone)\n",
                int(targets.targets.size()), int(zones.size()), pairs, queries);
    std::printf("mixdesk: results: %d listed, %d not listed, %d timeouts, %d other\n",
                last.count(DnsblStatus::Listed), last.count(DnsblStatus::NotListed),
                last.count(DnsblStatus::Timeout),
                int(last.results.size()) - last.count(DnsblStatus::Listed) -
                    last.count(DnsblStatus::NotListed) - last.count(DnsblStatus::Timeout));
    std::printf("mixdesk: single query latency   %8.1f ms (median of %d)\n", singleMs, rounds);
    std::printf("mixdesk: whole check wall time  %8.1f ms (median of %d)\n", wholeMs, rounds);
    std::printf("mixdesk: wall time / single query latency = %.2fx (target < 1.5x)\n",
                wholeMs / singleMs);
    std::printf("MIXDESK_WALL_MS=%.1f\n", wholeMs);
    return last.results.size() == pairs ? 0 : 1;
}
