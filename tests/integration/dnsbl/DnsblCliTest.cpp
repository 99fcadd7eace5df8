#include "DnsblTestServer.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;
using mixdesk::test::DnsblTestServer;

// mixdesk-cli dnsbl check against dnsmasq serving the test blocklists.
class DnsblCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonHasOneObjectPerPair();
    void humanOutputNamesListingsAndDelisting();
    void profileExitsAndRangesAreReported();
    void cleanAddressExitsZero();
    void wrongUsageExitsTwo();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);

    DnsblTestServer m_server;
    QTemporaryDir m_home;
};

void DnsblCliTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_home.isValid());
}

DnsblCliTest::Run DnsblCliTest::cli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path()); // no stored profile, no user zones
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.remove(QStringLiteral("MIXDESK_DQS_KEY"));
    process.setProcessEnvironment(env);
    QStringList full{QStringLiteral("dnsbl"), QStringLiteral("check")};
    full += args;
    process.start(test::cliPath(), full);
    if (!process.waitForFinished(30000))
        return {};
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

void DnsblCliTest::jsonHasOneObjectPerPair()
{
    const Run run =
        cli({QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
             QStringLiteral("--zones"), DnsblTestServer::zonesFile(), QStringLiteral("--ip"),
             QStringLiteral("198.51.100.23"), QStringLiteral("--ip"),
             QStringLiteral("2001:db8:4::77"), QStringLiteral("--timeout"), QStringLiteral("300"),
             QStringLiteral("--tries"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(run.code, 1); // listed on an actionable zone
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 * 8);
    QHash<QString, QJsonObject> byPair;
    for (const QString& line : lines) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        QCOMPARE(object.keys(),
                 (QStringList{QStringLiteral("codes"), QStringLiteral("ip"), QStringLiteral("kind"),
                              QStringLiteral("meaning"), QStringLiteral("status"),
                              QStringLiteral("txt"), QStringLiteral("zone")}));
        QVERIFY(object.value(QLatin1String("codes")).isArray());
        byPair.insert(object.value(QLatin1String("ip")).toString() + u' ' +
                          object.value(QLatin1String("zone")).toString(),
                      object);
    }
    const QJsonObject listed = byPair.value(QStringLiteral("198.51.100.23 listed.test"));
    QCOMPARE(listed.value(QLatin1String("status")).toString(), QStringLiteral("listed"));
    QCOMPARE(listed.value(QLatin1String("codes")).toArray().first().toString(),
             QStringLiteral("127.0.0.2"));
    QCOMPARE(listed.value(QLatin1String("meaning")).toString(),
             QStringLiteral("127.0.0.2: Spam source"));
    QCOMPARE(listed.value(QLatin1String("txt")).toString(),
             QStringLiteral("Listed: see https://listed.test/q/198.51.100.23"));
    QCOMPARE(listed.value(QLatin1String("kind")).toString(), QStringLiteral("actionable"));
    const auto status = [&byPair](const QString& pair) {
        return byPair.value(pair).value(QLatin1String("status")).toString();
    };
    QCOMPARE(status(QStringLiteral("2001:db8:4::77 listed.test")), QStringLiteral("listed"));
    QCOMPARE(byPair.value(QStringLiteral("2001:db8:4::77 listed.test"))
                 .value(QLatin1String("kind"))
                 .toString(),
             QStringLiteral("expected-for-exit"));
    QCOMPARE(status(QStringLiteral("198.51.100.23 spamhaus.test")), QStringLiteral("refused"));
    QCOMPARE(status(QStringLiteral("198.51.100.23 wild.test")), QStringLiteral("untrusted"));
    QCOMPARE(status(QStringLiteral("198.51.100.23 dead.test")), QStringLiteral("untrusted"));
    QCOMPARE(status(QStringLiteral("2001:db8:4::77 v4only.test")), QStringLiteral("unsupported"));
    QCOMPARE(status(QStringLiteral("198.51.100.23 v4only.test")), QStringLiteral("not-listed"));
    QCOMPARE(status(QStringLiteral("198.51.100.23 rewrite.test")), QStringLiteral("error"));
    QCOMPARE(status(QStringLiteral("198.51.100.23 never.test")), QStringLiteral("timeout"));
    QVERIFY(run.err.contains(QLatin1String("rewrites")));
}

void DnsblCliTest::humanOutputNamesListingsAndDelisting()
{
    const Run run =
        cli({QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
             QStringLiteral("--zones"), DnsblTestServer::zonesFile(), QStringLiteral("--timeout"),
             QStringLiteral("300"), QStringLiteral("--tries"), QStringLiteral("1"),
             QStringLiteral("198.51.100.23")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains(QLatin1String("LISTED")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Listed zone")));
    QVERIFY(
        run.out.contains(QLatin1String("TXT: Listed: see https://listed.test/q/198.51.100.23")));
    QVERIFY(run.out.contains(QLatin1String("delist: https://listed.test/delist")));
    QVERIFY(run.out.contains(QLatin1String("untrusted")));
    QVERIFY(run.out.contains(QLatin1String("8 checks in")));
}

void DnsblCliTest::profileExitsAndRangesAreReported()
{
    const QString profile = m_home.filePath(QStringLiteral("operator.json"));
    QFile file(profile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"exits": [{"name": "exit1", "premium": true,
                  "addresses": ["198.51.100.23", "198.51.100.0/28"]},
                 {"name": "exit2", "addresses": ["203.0.113.7"]}]})");
    file.close();
    const Run run =
        cli({QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
             QStringLiteral("--zones"), DnsblTestServer::zonesFile(), QStringLiteral("--profile"),
             profile, QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--tries"),
             QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), 2 * 8);
    QVERIFY2(run.err.contains(QLatin1String("skipping 198.51.100.0/28 (exit1)")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("single addresses")));
}

void DnsblCliTest::cleanAddressExitsZero()
{
    // Only the zones that answer cleanly: a user file would do the same.
    const QString zones = m_home.filePath(QStringLiteral("clean-zones.json"));
    QFile file(zones);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"name": "Listed zone", "zone": "listed.test", "kind": "actionable",
                    "codes": {"127.0.0.2": "Spam source"}}])");
    file.close();
    const Run clean =
        cli({QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
             QStringLiteral("--zones"), zones, QStringLiteral("--ip"),
             QStringLiteral("203.0.113.7"), QStringLiteral("--json")});
    QCOMPARE(clean.code, 0);
    QVERIFY(clean.out.contains(QLatin1String("\"status\":\"not-listed\"")));
}

void DnsblCliTest::wrongUsageExitsTwo()
{
    QCOMPARE(cli({QStringLiteral("--nameserver"), QStringLiteral("ns.example")}).code, 2);
    QCOMPARE(cli({QStringLiteral("--bogus")}).code, 2);
    const Run noTargets = cli({QStringLiteral("--zones"), DnsblTestServer::zonesFile()});
    QCOMPARE(noTargets.code, 2);
    QVERIFY(noTargets.err.contains(QLatin1String("no address")));
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--nameserver ADDR[:PORT]")));
    QCOMPARE(cli({QStringLiteral("--zones"), m_home.filePath(QStringLiteral("missing.json")),
                  QStringLiteral("--ip"), QStringLiteral("192.0.2.1")})
                 .code,
             3);
}

QTEST_GUILESS_MAIN(DnsblCliTest)
#include "DnsblCliTest.moc"
