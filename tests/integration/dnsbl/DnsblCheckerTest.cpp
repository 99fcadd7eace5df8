#include "dnsbl/DnsblChecker.h"
#include "DnsblTestServer.h"
#include "dns/AresResolver.h"
#include "dnsbl/DnsblCatalogue.h"

#include <QSignalSpy>
#include <QTest>

using namespace mixdesk;
using mixdesk::test::DnsblTestServer;

// DnsblChecker against dnsmasq serving the test blocklists (see DnsblTestServer.h).
class DnsblCheckerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checksEveryPairCorrectly();
    void selfTestsFlagDeadAndWildcardZones();
    void dqsKeyAsksTheKeyedZone();
    void fewLookupsInFlightStillFinish();
    void cancelStopsEarly();

private:
    DnsblRun check(const QList<DnsblTarget>& targets, const DnsblChecker::Options& options = {});
    const DnsblResult* find(const DnsblRun& run, const QString& ip, const QString& zone);

    DnsblTestServer m_server;
    std::unique_ptr<AresResolver> m_resolver;
    QList<DnsblZone> m_zones;
    QList<DnsblTarget> m_targets;
};

void DnsblCheckerTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    DnsResolverConfig config;
    config.servers = {DnsServer{QHostAddress::LocalHost, m_server.port()}};
    config.timeoutMs = 300; // never.test times out after 300 ms
    config.tries = 1;
    auto resolver = AresResolver::create(config);
    QVERIFY(resolver.ok());
    m_resolver = std::move(*resolver);
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::loadFile(DnsblTestServer::zonesFile());
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.ok() ? QString() : catalogue.error().message));
    m_zones = catalogue->checkedZones(QString());
    QCOMPARE(m_zones.size(), 8); // gone.test is dead
    m_targets = {
        DnsblTarget{QHostAddress(QStringLiteral("198.51.100.23")), QStringLiteral("exit1"), true},
        DnsblTarget{QHostAddress(QStringLiteral("203.0.113.7")), QStringLiteral("exit2"), false},
        DnsblTarget{QHostAddress(QStringLiteral("2001:db8:4::77")), QStringLiteral("exit1"), true},
    };
}

DnsblRun DnsblCheckerTest::check(const QList<DnsblTarget>& targets,
                                 const DnsblChecker::Options& options)
{
    DnsblChecker checker(m_resolver.get());
    QSignalSpy finished(&checker, &DnsblChecker::finished);
    QSignalSpy results(&checker, &DnsblChecker::resultReady);
    QSignalSpy progress(&checker, &DnsblChecker::progress);
    checker.start(m_zones, targets, options);
    // Nothing is emitted from inside start().
    if (!finished.isEmpty() || !results.isEmpty())
        return {};
    if (!finished.wait(10000))
        return {};
    const DnsblRun run = finished.first().first().value<DnsblRun>();
    if (results.size() != run.results.size())
        qWarning("resultReady %d times for %d results", int(results.size()),
                 int(run.results.size()));
    if (progress.isEmpty() || progress.last().at(0).toInt() != run.results.size())
        qWarning("progress did not reach the end");
    return run;
}

const DnsblResult* DnsblCheckerTest::find(const DnsblRun& run, const QString& ip,
                                          const QString& zone)
{
    for (const DnsblResult& r : run.results) {
        if (r.ip == ip && r.zone == zone)
            return &r;
    }
    return nullptr;
}

void DnsblCheckerTest::checksEveryPairCorrectly()
{
    const DnsblRun run = check(m_targets);
    QCOMPARE(run.results.size(), m_targets.size() * m_zones.size());
    QVERIFY(!run.cancelled);
    QVERIFY(run.startedAt.isValid() && run.finishedAt >= run.startedAt);
    const QString exit = QStringLiteral("198.51.100.23");
    const QString clean = QStringLiteral("203.0.113.7");
    const QString v6 = QStringLiteral("2001:db8:4::77");

    // Listed with its TXT reason, the code's meaning and the zone's kind.
    const DnsblResult* listed = find(run, exit, QStringLiteral("listed.test"));
    QVERIFY(listed);
    QCOMPARE(listed->status, DnsblStatus::Listed);
    QCOMPARE(listed->codes, QStringList{QStringLiteral("127.0.0.2")});
    QCOMPARE(listed->meaning, QStringLiteral("127.0.0.2: Spam source"));
    QCOMPARE(listed->txt, QStringLiteral("Listed: see https://listed.test/q/198.51.100.23"));
    QCOMPARE(listed->kind, DnsblKind::Actionable);
    QCOMPARE(listed->exitName, QStringLiteral("exit1"));
    QVERIFY(listed->premium);
    QCOMPARE(listed->checkedAt, run.startedAt);

    // Not listed.
    QCOMPARE(find(run, clean, QStringLiteral("listed.test"))->status, DnsblStatus::NotListed);
    QVERIFY(find(run, clean, QStringLiteral("listed.test"))->txt.isEmpty());

    // IPv6 in reversed nibbles, with a code of another kind.
    const DnsblResult* six = find(run, v6, QStringLiteral("listed.test"));
    QCOMPARE(six->status, DnsblStatus::Listed);
    QCOMPARE(six->codes, QStringList{QStringLiteral("127.0.0.4")});
    QCOMPARE(six->kind, DnsblKind::ExpectedForExit);

    // Spamhaus's "public resolver" answer is a refusal, not a listing.
    for (const QString& ip : {exit, clean, v6}) {
        const DnsblResult* refused = find(run, ip, QStringLiteral("spamhaus.test"));
        QCOMPARE(refused->status, DnsblStatus::Refused);
        QCOMPARE(refused->codes, QStringList{QStringLiteral("127.255.255.254")});
        QCOMPARE(refused->meaning, QStringLiteral("Query through a public resolver"));
    }

    // A zone without IPv6.
    QCOMPARE(find(run, v6, QStringLiteral("v4only.test"))->status, DnsblStatus::Unsupported);
    QCOMPARE(find(run, exit, QStringLiteral("v4only.test"))->status, DnsblStatus::NotListed);

    // An answer outside 127/8.
    const DnsblResult* rewritten = find(run, exit, QStringLiteral("rewrite.test"));
    QCOMPARE(rewritten->status, DnsblStatus::Error);
    QCOMPARE(rewritten->codes, QStringList{QStringLiteral("198.51.100.99")});
    QVERIFY(run.rewritingResolver);

    // A zone that never answers.
    const DnsblResult* silent = find(run, exit, QStringLiteral("never.test"));
    QCOMPARE(silent->status, DnsblStatus::Timeout);
    QVERIFY(silent->meaning.contains(QLatin1String("No answer")));

    // Without a key the keyed zone's public name is asked, which does not list the exit.
    QCOMPARE(find(run, exit, QStringLiteral("public.keyed.test"))->status, DnsblStatus::NotListed);
}

void DnsblCheckerTest::selfTestsFlagDeadAndWildcardZones()
{
    const DnsblRun run = check(m_targets);
    // Every IP is "listed" on the wildcard zone, but nobody believes it.
    for (const DnsblTarget& t : m_targets) {
        const DnsblResult* wild = find(run, t.ip(), QStringLiteral("wild.test"));
        QCOMPARE(wild->status, DnsblStatus::Untrusted);
        QVERIFY(wild->meaning.contains(QLatin1String("RFC 5782")));
    }
    const DnsblResult* dead =
        find(run, QStringLiteral("198.51.100.23"), QStringLiteral("dead.test"));
    QCOMPARE(dead->status, DnsblStatus::Untrusted);
    QVERIFY(dead->meaning.contains(QLatin1String("127.0.0.2")));

    auto health = [&run](const QString& zone, QAbstractSocket::NetworkLayerProtocol family) {
        for (const DnsblZoneHealth& h : run.zoneHealth) {
            if (h.zone == zone && h.family == family)
                return std::optional<DnsblZoneHealth>(h);
        }
        return std::optional<DnsblZoneHealth>();
    };
    using V = DnsblZoneHealth::Verdict;
    const auto v4 = QAbstractSocket::IPv4Protocol;
    const auto v6 = QAbstractSocket::IPv6Protocol;
    QCOMPARE(health(QStringLiteral("listed.test"), v4)->verdict, V::Passed);
    QCOMPARE(health(QStringLiteral("listed.test"), v6)->verdict, V::Passed); // ::FFFF:7F00:2
    QCOMPARE(health(QStringLiteral("wild.test"), v4)->verdict, V::Wildcard);
    QCOMPARE(health(QStringLiteral("wild.test"), v6)->verdict, V::Wildcard);
    QCOMPARE(health(QStringLiteral("dead.test"), v4)->verdict, V::MissingTestEntry);
    QCOMPARE(health(QStringLiteral("spamhaus.test"), v4)->verdict, V::Refused);
    QCOMPARE(health(QStringLiteral("rewrite.test"), v4)->verdict, V::Rewriting);
    QCOMPARE(health(QStringLiteral("never.test"), v4)->verdict, V::Unreachable);
    QVERIFY(!health(QStringLiteral("v4only.test"), v6)); // never asked
}

void DnsblCheckerTest::dqsKeyAsksTheKeyedZone()
{
    DnsblChecker::Options options;
    options.dqsKey = QStringLiteral("secret");
    const DnsblRun run = check(m_targets, options);
    const DnsblResult* keyed =
        find(run, QStringLiteral("198.51.100.23"), QStringLiteral("public.keyed.test"));
    QVERIFY(keyed);
    QCOMPARE(keyed->status, DnsblStatus::Listed);
    QCOMPARE(keyed->zone, QStringLiteral("public.keyed.test")); // the key stays out of results
    QCOMPARE(find(run, QStringLiteral("203.0.113.7"), QStringLiteral("public.keyed.test"))->status,
             DnsblStatus::NotListed);
}

void DnsblCheckerTest::fewLookupsInFlightStillFinish()
{
    DnsblChecker::Options options;
    options.maxInFlight = 3;
    const DnsblRun narrow = check(m_targets, options);
    const DnsblRun wide = check(m_targets);
    QCOMPARE(narrow.results.size(), wide.results.size());
    for (int i = 0; i < wide.results.size(); ++i) {
        QCOMPARE(narrow.results[i].zone, wide.results[i].zone);
        QCOMPARE(narrow.results[i].status, wide.results[i].status);
    }
}

void DnsblCheckerTest::cancelStopsEarly()
{
    DnsblChecker checker(m_resolver.get());
    QSignalSpy finished(&checker, &DnsblChecker::finished);
    // Cancel once the fast zones have answered; never.test is still waiting.
    connect(&checker, &DnsblChecker::progress, &checker, [&checker](int done, int) {
        if (done >= 3)
            checker.cancel();
    });
    checker.start(m_zones, m_targets);
    QVERIFY(finished.wait(5000));
    const DnsblRun run = finished.first().first().value<DnsblRun>();
    QVERIFY(run.cancelled);
    QVERIFY(run.results.size() < m_targets.size() * m_zones.size());
    QVERIFY(!checker.isRunning());
    QTest::qWait(400); // late answers and timeouts change nothing
    QCOMPARE(finished.size(), 1);
    // And the checker runs again afterwards.
    disconnect(&checker, &DnsblChecker::progress, &checker, nullptr);
    checker.start(m_zones, m_targets);
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.last().first().value<DnsblRun>().cancelled);
}

QTEST_GUILESS_MAIN(DnsblCheckerTest)
#include "DnsblCheckerTest.moc"
