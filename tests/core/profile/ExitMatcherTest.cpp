#include "profile/ExitMatcher.h"
#include "TestPaths.h"
#include "profile/ProfileStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mixdesk;

class ExitMatcherTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesCorpusOperator_data();
    void matchesCorpusOperator();
    void matchesCidrRanges();
    void profileRoundTripsThroughFile();
    void rejectsBrokenJson();
    void exitDetailsRoundTrip();
    void servicePeriodDecidesInService();
};

void ExitMatcherTest::matchesCorpusOperator_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // empty: not an exit
    QTest::newRow("v4") << "198.51.100.23"
                        << "198.51.100.23";
    QTest::newRow("v4 bracketed") << "[203.0.113.77]"
                                  << "203.0.113.77";
    QTest::newRow("prefix string") << "198.51.100.230"
                                   << "";
    QTest::newRow("prefix string 2") << "192.0.2.14"
                                     << "";
    QTest::newRow("v6 expanded") << "2001:DB8:4:0:0:0:0:77"
                                 << "2001:db8:4::77";
    QTest::newRow("v6 zero padded") << "2001:0db8:0004:0000:0000:0000:0000:0077"
                                    << "2001:db8:4::77";
    QTest::newRow("v6 prefix") << "IPv6:2001:db8:4::77"
                               << "2001:db8:4::77";
    QTest::newRow("v4 mapped") << "::ffff:192.0.2.140"
                               << "192.0.2.140";
    QTest::newRow("neighbour v6") << "2001:db8:4::78"
                                  << "";
    QTest::newRow("garbage") << "exit.example"
                             << "";
}

void ExitMatcherTest::matchesCorpusOperator()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    const auto profile =
        OperatorProfile::loadFile(test::corpusFile(QStringLiteral("operator.json")));
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
    QCOMPARE(profile->exits.size(), 4);
    const ExitMatcher matcher(*profile);
    QCOMPARE(matcher.match(address).value_or(QString()), expected);
}

void ExitMatcherTest::matchesCidrRanges()
{
    OperatorProfile profile;
    ExitNode range;
    range.name = QStringLiteral("range");
    range.addresses = {QStringLiteral("203.0.113.64/28"), QStringLiteral("2001:db8:7::/48")};
    profile.exits.append(range);
    const ExitMatcher matcher(profile);
    QVERIFY(matcher.isExit(QStringLiteral("203.0.113.70")));
    QVERIFY(!matcher.isExit(QStringLiteral("203.0.113.80")));
    QVERIFY(matcher.isExit(QStringLiteral("2001:db8:7:1::5")));
    QCOMPARE(matcher.match(QStringLiteral("2001:DB8:7::5")).value_or(QString()),
             QStringLiteral("2001:db8:7::5"));
    QVERIFY(matcher.exitFor(QStringLiteral("203.0.113.65")) != nullptr);
}

void ExitMatcherTest::profileRoundTripsThroughFile()
{
    QTemporaryDir dir;
    const auto loaded =
        OperatorProfile::loadFile(test::corpusFile(QStringLiteral("operator.json")));
    QVERIFY(loaded.ok());
    const QString path = dir.filePath(QStringLiteral("sub/profile.json"));
    QVERIFY(ProfileStore::save(*loaded, path).ok());
    const auto again = ProfileStore::load(path);
    QVERIFY(again.ok());
    QCOMPARE(*again, *loaded);
    QCOMPARE(again->exits[3].hostname, QStringLiteral("exit1-v6.nordlicht-mix.example"));
}

void ExitMatcherTest::rejectsBrokenJson()
{
    const auto broken = OperatorProfile::fromJsonBytes("{\"exit_ips\": [");
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().message.contains(QStringLiteral("JSON")));
    QVERIFY(!OperatorProfile::fromJsonBytes("{}").ok());
}

void ExitMatcherTest::exitDetailsRoundTrip()
{
    OperatorProfile profile;
    profile.homeCountry = QStringLiteral("DE");
    ExitNode exit;
    exit.name = QStringLiteral("relay-a");
    exit.addresses = {QStringLiteral("192.0.2.7")};
    exit.kind = ExitKind::TorRelay;
    exit.country = QStringLiteral("NL");
    exit.inServiceSince = QDate(2025, 3, 1);
    exit.ispStance = QStringLiteral("Tolerated; wants a reply within 48 h");
    exit.ispInformed = true;
    exit.ispInformedOn = QDate(2025, 2, 20);
    profile.exits = {exit};
    const auto again = OperatorProfile::fromJson(profile.toJson());
    QVERIFY(again.ok());
    QCOMPARE(*again, profile);
    // Profiles written before these fields existed keep their meaning.
    const auto old =
        OperatorProfile::fromJsonBytes(R"({"exits": [{"name": "a", "addresses": ["192.0.2.8"]}]})");
    QVERIFY(old.ok());
    QCOMPARE(old->exits[0].kind, ExitKind::JonDonymMix);
    QVERIFY(!old->exits[0].inServiceSince.isValid());
    QCOMPARE(exitKindFromId(u"no-such-kind"), ExitKind::Other);
}

void ExitMatcherTest::servicePeriodDecidesInService()
{
    ExitNode exit;
    const QDateTime time(QDate(2026, 1, 10), QTime(23, 30), Qt::UTC);
    QVERIFY(!exit.inServiceAt(time).has_value());
    exit.inServiceSince = QDate(2026, 1, 10);
    QCOMPARE(exit.inServiceAt(time), std::optional<bool>(true));
    QCOMPARE(exit.inServiceAt(time.addDays(-1)), std::optional<bool>(false));
    exit.inServiceUntil = QDate(2026, 1, 12);
    QCOMPARE(exit.inServiceAt(time.addDays(2)), std::optional<bool>(true));
    QCOMPARE(exit.inServiceAt(time.addDays(3)), std::optional<bool>(false));
    // The period is in UTC days: 00:30 in Berlin on the 10th is the 9th in UTC.
    const QDateTime berlin(QDate(2026, 1, 10), QTime(0, 30), QTimeZone("Europe/Berlin"));
    QCOMPARE(exit.inServiceAt(berlin), std::optional<bool>(false));
}

QTEST_GUILESS_MAIN(ExitMatcherTest)
#include "ExitMatcherTest.moc"
