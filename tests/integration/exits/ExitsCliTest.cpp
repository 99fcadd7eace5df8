#include "DnsmasqServer.h"
#include "HttpFixtureServer.h"
#include "LighttpdServer.h"
#include "RdapSamples.h"
#include "TestPaths.h"

#include "exits/store/SqlReadinessHistory.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk::test;

// mixdesk-cli exits check|notice-page and block add|list|remove|export, run as a
// process against dnsmasq, an RDAP server and lighttpd on loopback.
class ExitsCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    DnsmasqServer m_dns{{QStringLiteral("--local=/privacy.example/"),
                         QStringLiteral("--local=/113.0.203.in-addr.arpa/"),
                         QStringLiteral("--local=/1.0.0.127.in-addr.arpa/"),
                         QStringLiteral("--host-record=tor-exit1.privacy.example,203.0.113.10"),
                         QStringLiteral("--host-record=forum.privacy.example,192.0.2.7")}};
    HttpFixtureServer m_rdap;

    QString profilePath() const { return m_home.filePath(QStringLiteral("profile.json")); }

    int cli(const QStringList& args, QByteArray* out = nullptr, QByteArray* errOut = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(cliPath(), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (errOut)
            *errOut = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dns.start(), qPrintable(m_dns.errorString()));
        QVERIFY2(m_rdap.start(), qPrintable(m_rdap.errorString()));
        rdap::serveStandardRegistry(m_rdap, {QStringLiteral("203.0.113.10")}, {});
        QFile profile(profilePath());
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(
            R"({"operator": {"name": "Erika Example", "organisation": "Example Privacy e.V.",
            "email": "info@privacy.example", "home_country": "DE",
            "abuse_addresses": ["abuse@privacy.example"]},
          "exits": [
            {"name": "exit1", "cascade": "Example-Cascade", "addresses": ["203.0.113.10"],
             "kind": "jondonym-mix", "country": "NL", "premium": true},
            {"name": "local", "addresses": ["127.0.0.1"], "kind": "tor-relay", "country": "DE"}]})");
    }

    void checkPrintsOneObjectPerExitAndCheck()
    {
        LighttpdServer web;
        QByteArray page;
        QCOMPARE(cli({QStringLiteral("exits"), QStringLiteral("notice-page"),
                      QStringLiteral("--profile"), profilePath()},
                     &page),
                 0);
        QVERIFY2(web.start(page), qPrintable(web.errorString()));
        const QString db = m_home.filePath(QStringLiteral("desk.sqlite"));
        QByteArray out, err;
        const int code =
            cli({QStringLiteral("exits"),        QStringLiteral("check"),
                 QStringLiteral("--profile"),    profilePath(),
                 QStringLiteral("--ip"),         QStringLiteral("203.0.113.10"),
                 QStringLiteral("--ip"),         QStringLiteral("127.0.0.1"),
                 QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(m_dns.port()),
                 QStringLiteral("--rdap-base"),  rdap::bootstrapBase(m_rdap),
                 QStringLiteral("--rdap-cache"), QStringLiteral("none"),
                 QStringLiteral("--http-port"),  QString::number(web.port()),
                 QStringLiteral("--https-port"), QStringLiteral("0"),
                 QStringLiteral("--timeout"),    QStringLiteral("3"),
                 QStringLiteral("--db"),         db,
                 QStringLiteral("--json")},
                &out, &err);
        QVERIFY2(code == 1, err.constData()); // 203.0.113.10 serves no page: a check fails
        QHash<QString, QJsonObject> byKey;
        for (const QByteArray& line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(o.contains(QStringLiteral("detail")), line.constData());
            byKey.insert(o.value(QStringLiteral("ip")).toString() + QLatin1Char('/') +
                             o.value(QStringLiteral("check")).toString(),
                         o);
        }
        QCOMPARE(byKey.size(), 10);
        auto status = [&](const char* key) {
            return byKey.value(QString::fromLatin1(key)).value(QStringLiteral("status")).toString();
        };
        QCOMPARE(status("203.0.113.10/reverse-dns"), QStringLiteral("pass"));
        QCOMPARE(status("203.0.113.10/rdap"), QStringLiteral("pass"));
        QCOMPARE(status("203.0.113.10/country"), QStringLiteral("pass"));
        QCOMPARE(status("203.0.113.10/dnsbl"), QStringLiteral("warn"));
        QCOMPARE(status("127.0.0.1/notice-page"), QStringLiteral("pass"));
        QCOMPARE(status("127.0.0.1/reverse-dns"), QStringLiteral("fail"));
        QCOMPARE(status("127.0.0.1/country"), QStringLiteral("warn"));
        QCOMPARE(status("127.0.0.1/dnsbl"), QStringLiteral("pass"));
        auto desk = mixdesk::Database::open(mixdesk::StoreLocation::sqliteFile(db));
        QVERIFY(desk.ok());
        QCOMPARE(mixdesk::SqlReadinessHistory(**desk).latest()->size(), 10);
    }

    void noticePageInGerman()
    {
        const QString file = m_home.filePath(QStringLiteral("notice.html"));
        QCOMPARE(cli({QStringLiteral("exits"), QStringLiteral("notice-page"),
                      QStringLiteral("--profile"), profilePath(), QStringLiteral("--lang"),
                      QStringLiteral("de"), QStringLiteral("--out"), file}),
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QStringLiteral("<html lang=\"de\">")));
        QVERIFY(html.contains(QStringLiteral("<main class=\"default-de\">")));
        QVERIFY(html.contains(QStringLiteral("abuse@privacy.example")));
        QVERIFY(html.contains(QStringLiteral("<code>203.0.113.10</code>")));
        QVERIFY(!html.contains(QStringLiteral("{{")));
        QCOMPARE(cli({QStringLiteral("exits"), QStringLiteral("notice-page"),
                      QStringLiteral("--lang"), QStringLiteral("fr")}),
                 2);
        const QString deploy = m_home.filePath(QStringLiteral("deploy"));
        QCOMPARE(cli({QStringLiteral("exits"), QStringLiteral("notice-page"),
                      QStringLiteral("--profile"), profilePath(), QStringLiteral("--deploy-dir"),
                      deploy}),
                 0);
        for (const char* name :
             {"index.html", "lighttpd.conf", "nginx.conf", "apache.conf", "README.txt"})
            QVERIFY2(QFile::exists(deploy + QLatin1Char('/') + QLatin1String(name)), name);
    }

    void blockAddListRemoveExport()
    {
        QByteArray out, err;
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("add"),
                      QStringLiteral("forum.privacy.example"), QStringLiteral("--reason"),
                      QStringLiteral("Stalking"), QStringLiteral("--requester"),
                      QStringLiteral("Jane Doe"), QStringLiteral("--notice"), QStringLiteral("17")},
                     &out),
                 0);
        QCOMPARE(out.trimmed(), QByteArray("1"));
        QCOMPARE(
            cli({QStringLiteral("block"), QStringLiteral("add"), QStringLiteral("198.51.100.0/24"),
                 QStringLiteral("--ports"), QStringLiteral("80,443"), QStringLiteral("--reason"),
                 QStringLiteral("Site owner"), QStringLiteral("--expires"),
                 QStringLiteral("2099-12-31")},
                &out),
            0);
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("add"), QStringLiteral("192.0.2.1"),
                      QStringLiteral("--reason"), QStringLiteral("old"),
                      QStringLiteral("--expires"), QStringLiteral("2020-01-01")}),
                 0);
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("add"), QStringLiteral("not a host"),
                      QStringLiteral("--reason"), QStringLiteral("x")}),
                 2);
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("add"), QStringLiteral("192.0.2.2")}),
                 2);

        QCOMPARE(
            cli({QStringLiteral("block"), QStringLiteral("list"), QStringLiteral("--json")}, &out),
            0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("destination")).toString(),
                 QStringLiteral("forum.privacy.example"));
        QCOMPARE(first.value(QStringLiteral("requester")).toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(first.value(QStringLiteral("reference")).toString(), QStringLiteral("17"));
        QCOMPARE(
            QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("active")).toBool(),
            false);

        const QString torrc = m_home.filePath(QStringLiteral("blocks.torrc"));
        QCOMPARE(
            cli({QStringLiteral("block"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("torrc"), QStringLiteral("--nameserver"),
                 QStringLiteral("127.0.0.1:%1").arg(m_dns.port()), QStringLiteral("--out"), torrc}),
            0);
        QFile f(torrc);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("ExitPolicy reject 192.0.2.7:*\n"), text.constData());
        QVERIFY(text.contains("ExitPolicy reject 198.51.100.0/24:443\n"));
        QVERIFY(!text.contains("192.0.2.1:")); // expired
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("squid")},
                     &out),
                 0);
        QVERIFY(out.contains("acl mixdesk_block_1 dstdomain .forum.privacy.example"));
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("pf")}),
                 2);

        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("remove"), QStringLiteral("2")}), 0);
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("remove"), QStringLiteral("2")}, &out,
                     &err),
                 1);
        QVERIFY(err.contains("#2"));
        QCOMPARE(cli({QStringLiteral("block"), QStringLiteral("list")}, &out), 0);
        QCOMPARE(out.trimmed().split('\n').size(), 2);
    }
};

QTEST_GUILESS_MAIN(ExitsCliTest)
#include "ExitsCliTest.moc"
