#include "exits/checks/DnsblCheck.h"
#include "exits/checks/DnsblListingsSnapshot.h"
#include "exits/checks/DnsblListings.h"
#include "exits/checks/ExitTarget.h"
#include "exits/checks/HostingCountryCheck.h"
#include "exits/checks/NoticePageRecognizer.h"
#include "exits/checks/ReadinessScheduler.h"
#include "exits/checks/ReadinessScore.h"
#include "exits/checks/TalkingName.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace mixdesk;

namespace {

// Listings as the DNSBL capability will report them: a fake for unit tests.
class FakeListings final : public DnsblListings
{
public:
    QHash<QString, QList<DnsblListing>> byIp;
    std::optional<QList<DnsblListing>> actionableListings(const QString& ip) const override
    {
        if (!byIp.contains(ip))
            return std::nullopt;
        return byIp.value(ip);
    }
};

CheckResult make(const QString& ip, ReadinessCheckKind kind, CheckStatus status)
{
    return {ip,     QStringLiteral("x"), kind,
            status, QStringLiteral("d"), QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC)};
}

ExitTarget target(const QString& ip, const QString& country, bool premium = false)
{
    ExitNode exit;
    exit.name = QStringLiteral("e");
    exit.country = country;
    exit.premium = premium;
    return {ip, exit};
}

CheckResult runOne(ReadinessCheck& check, const ExitTarget& t, const OperatorProfile& profile)
{
    std::optional<CheckResult> r;
    check.run(t, profile, [&](const CheckResult& result) { r = result; });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 2000))
        return CheckResult{};
    return r.value_or(CheckResult{});
}

} // namespace

class ReadinessUnitTest : public QObject
{
    Q_OBJECT
private slots:
    void talkingNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("why");
        QTest::newRow("tor-exit") << "tor-exit3.privacy.example"
                                  << ""
                                  << "tor";
        QTest::newRow("anon") << "anon-relay.example"
                              << ""
                              << "anon";
        QTest::newRow("mix") << "mix2.cascade.example"
                             << ""
                             << "mix";
        QTest::newRow("jondonym") << "JonDonym.Example"
                                  << ""
                                  << "jondonym";
        QTest::newRow("privacy") << "host.privacy.example"
                                 << ""
                                 << "privacy";
        QTest::newRow("silent") << "static-203-0-113-10.hoster.example"
                                << ""
                                << "";
        QTest::newRow("no word inside words") << "mixture.example"
                                              << ""
                                              << "";
        QTest::newRow("own pattern") << "n7.ops.example"
                                     << "^n\\d+\\.ops\\."
                                     << "^n\\d+\\.ops\\.";
        QTest::newRow("broken pattern ignored") << "n7.ops.example"
                                                << "("
                                                << "";
    }
    void talkingNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, pattern);
        QFETCH(QString, why);
        QCOMPARE(TalkingName::why(name, pattern), why);
    }

    void targetsFromProfile()
    {
        OperatorProfile p;
        ExitNode a;
        a.name = QStringLiteral("a");
        a.addresses = {QStringLiteral("203.0.113.10"), QStringLiteral("2001:DB8::0010"),
                       QStringLiteral("198.51.100.0/24"), QStringLiteral("192.0.2.9/32")};
        ExitNode b;
        b.name = QStringLiteral("b");
        b.addresses = {QStringLiteral("203.0.113.10")}; // listed twice: checked once
        p.exits = {a, b};
        const QList<ExitTarget> all = ExitTarget::fromProfile(p);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).ip, QStringLiteral("2001:db8::10"));
        QCOMPARE(all.at(2).ip, QStringLiteral("192.0.2.9"));
        const QList<ExitTarget> some = ExitTarget::fromProfile(
            p, {QStringLiteral("2001:db8::10"), QStringLiteral("192.0.2.200")});
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.at(0).exit.name, QStringLiteral("a"));
        QCOMPARE(some.at(1).ip, QStringLiteral("192.0.2.200")); // not in the profile: on its own
        QVERIFY(some.at(1).exit.name.isEmpty());
    }

    void scores()
    {
        const QList<CheckResult> results{
            make(QStringLiteral("a"), ReadinessCheckKind::ReverseDns, CheckStatus::Pass),
            make(QStringLiteral("a"), ReadinessCheckKind::Whois, CheckStatus::Warn),
            make(QStringLiteral("b"), ReadinessCheckKind::ReverseDns, CheckStatus::Fail),
            make(QStringLiteral("b"), ReadinessCheckKind::Whois, CheckStatus::Fail)};
        QCOMPARE(ReadinessScore::perAddress(results).value(QStringLiteral("a")), 75);
        QCOMPARE(ReadinessScore::perAddress(results).value(QStringLiteral("b")), 0);
        QCOMPARE(ReadinessScore::overall(results), 38); // (75 + 0) / 2, rounded
        QCOMPARE(ReadinessScore::overall({}), -1);
    }

    void resultJsonRoundTrip()
    {
        const CheckResult r =
            make(QStringLiteral("2001:db8::1"), ReadinessCheckKind::NoticePage, CheckStatus::Warn);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("check")).toString(), QStringLiteral("notice-page"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        CheckResult back;
        QVERIFY(CheckResult::fromJson(json, &back));
        QCOMPARE(back, r);
        QVERIFY(!CheckResult::fromJson(
            QJsonObject{{QStringLiteral("check"), QStringLiteral("nope")}}, &back));
    }

    void hostingCountry()
    {
        HostingCountryCheck check;
        OperatorProfile p;
        p.homeCountry = QStringLiteral("DE");
        QCOMPARE(runOne(check, target(QStringLiteral("a"), QStringLiteral("NL")), p).status,
                 CheckStatus::Pass);
        const CheckResult home =
            runOne(check, target(QStringLiteral("a"), QStringLiteral("de")), p);
        QCOMPARE(home.status, CheckStatus::Warn);
        QVERIFY(home.detail.contains(QStringLiteral("international")));
        QCOMPARE(runOne(check, target(QStringLiteral("a"), QString()), p).status,
                 CheckStatus::Warn);
        QCOMPARE(runOne(check, target(QStringLiteral("a"), QStringLiteral("NL")), OperatorProfile())
                     .status,
                 CheckStatus::Warn);
    }

    void dnsblOnlyMattersForPremiumExits()
    {
        FakeListings listings;
        listings.byIp.insert(QStringLiteral("192.0.2.1"), {});
        listings.byIp.insert(QStringLiteral("192.0.2.2"),
                             {{QStringLiteral("sbl.example"), QStringLiteral("spam source"), {}}});
        DnsblCheck check(&listings);
        const OperatorProfile p;
        QCOMPARE(runOne(check, target(QStringLiteral("192.0.2.2"), QString(), false), p).status,
                 CheckStatus::Pass);
        QCOMPARE(runOne(check, target(QStringLiteral("192.0.2.1"), QString(), true), p).status,
                 CheckStatus::Pass);
        const CheckResult listed =
            runOne(check, target(QStringLiteral("192.0.2.2"), QString(), true), p);
        QCOMPARE(listed.status, CheckStatus::Fail);
        QVERIFY(listed.detail.contains(QStringLiteral("sbl.example (spam source)")));
        const CheckResult unknown =
            runOne(check, target(QStringLiteral("192.0.2.3"), QString(), true), p);
        QCOMPARE(unknown.status, CheckStatus::Warn);
        QVERIFY(unknown.detail.contains(QStringLiteral("No DNSBL results yet")));
        const NoDnsblResults none;
        DnsblCheck empty(&none);
        QCOMPARE(runOne(empty, target(QStringLiteral("192.0.2.1"), QString(), true), p).status,
                 CheckStatus::Warn);
    }

    void snapshotKeepsOnlyActionableListings()
    {
        auto result = [](const char* ip, const char* zone, DnsblStatus status, DnsblKind kind) {
            DnsblResult r;
            r.ip = QString::fromLatin1(ip);
            r.zone = QString::fromLatin1(zone);
            r.status = status;
            r.kind = kind;
            r.meaning = QStringLiteral("spam source");
            return r;
        };
        DnsblListingsSnapshot snapshot;
        snapshot.replace({
            result("192.0.2.1", "sbl.example", DnsblStatus::Listed, DnsblKind::Actionable),
            result("192.0.2.1", "tor.example", DnsblStatus::Listed, DnsblKind::ExpectedForExit),
            result("192.0.2.2", "sbl.example", DnsblStatus::NotListed, DnsblKind::Actionable),
            result("2001:db8::1", "sbl.example", DnsblStatus::Listed, DnsblKind::Actionable),
        });
        const auto listed = snapshot.actionableListings(QStringLiteral("192.0.2.1"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().zone, QStringLiteral("sbl.example"));
        QVERIFY(snapshot.actionableListings(QStringLiteral("192.0.2.2"))->isEmpty());
        QVERIFY(!snapshot.actionableListings(QStringLiteral("192.0.2.3")));
        // The profile may spell an IPv6 address differently from the resolver.
        QVERIFY(snapshot.actionableListings(QStringLiteral("2001:DB8:0::1")));
        snapshot.replace({});
        QVERIFY(!snapshot.actionableListings(QStringLiteral("192.0.2.1")));
    }

    void cancelledChecksStaySilent()
    {
        HostingCountryCheck check;
        bool called = false;
        check.run(target(QStringLiteral("a"), QStringLiteral("NL")), OperatorProfile(),
                  [&](const CheckResult&) { called = true; });
        check.cancelAll();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void recognizer_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("status");
        QTest::newRow("generated")
            << "<meta name=\"generator\" content=\"MixDesk exit notice page\">"
            << "pass";
        QTest::newRow("title") << "<title>Exit server of an anonymization service</title>"
                               << "pass";
        QTest::newRow("German title")
            << "<TITLE>\n Exit-Server eines Anonymisierungsdienstes</TITLE>"
            << "pass";
        QTest::newRow("keyword") << "<p>Operated by the Example Exit Team</p>"
                                 << "pass";
        QTest::newRow("nginx") << "<title>Welcome to nginx!</title>"
                               << "fail";
        QTest::newRow("apache") << "<h1>It works!</h1>"
                                << "fail";
        QTest::newRow("listing") << "<title>Index of /</title>"
                                 << "fail";
        QTest::newRow("speaks of anonymity") << "<p>This Tor exit keeps you anonymous</p>"
                                             << "warn";
        QTest::newRow("unrelated") << "<title>Shop</title><p>Buy shoes</p>"
                                   << "fail";
    }
    void recognizer()
    {
        QFETCH(QString, html);
        QFETCH(QString, status);
        OperatorProfile p;
        p.noticeKeywords = {QStringLiteral("example exit team")};
        QCOMPARE(checkStatusId(NoticePageRecognizer::judge(html, p).status), status);
    }

    void schedulerFiresFirstThenEveryInterval()
    {
        ReadinessScheduler scheduler;
        QSignalSpy due(&scheduler, &ReadinessScheduler::due);
        scheduler.start(200, 10);
        QVERIFY(scheduler.isActive());
        QTRY_VERIFY(due.size() >= 2);
        scheduler.stop();
        QVERIFY(!scheduler.isActive());
    }
};

QTEST_GUILESS_MAIN(ReadinessUnitTest)
#include "ReadinessUnitTest.moc"
