#include "DnsmasqServer.h"
#include "HttpFixtureServer.h"
#include "LighttpdServer.h"
#include "RdapSamples.h"

#include "dns/AresResolver.h"
#include "exits/checks/DnsblCheck.h"
#include "exits/checks/DnsblListings.h"
#include "exits/checks/HostingCountryCheck.h"
#include "exits/checks/NoticePageCheck.h"
#include "exits/checks/ReadinessRunner.h"
#include "exits/checks/ReadinessScore.h"
#include "exits/checks/ReverseDnsCheck.h"
#include "exits/checks/WhoisCheck.h"
#include "exits/notice/NoticePageGenerator.h"
#include "exits/notice/NoticePageTemplate.h"
#include "lookup/RdapClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace mixdesk;
using namespace mixdesk::test;

// The readiness checks against real servers on 127.0.0.1: dnsmasq for reverse DNS,
// a Python RDAP server, lighttpd serving the generated page or its own default page.
class ReadinessChecksTest : public QObject
{
    Q_OBJECT

private:
    DnsmasqServer m_dns{{
        QStringLiteral("--local=/privacy.example/"), QStringLiteral("--local=/hoster.example/"),
        QStringLiteral("--local=/ops.example/"), QStringLiteral("--local=/113.0.203.in-addr.arpa/"),
        QStringLiteral("--local=/8.b.d.0.1.0.0.2.ip6.arpa/"),
        // talking and forward-confirmed (host-record makes A/AAAA and PTR)
        QStringLiteral("--host-record=tor-exit1.privacy.example,203.0.113.10"),
        QStringLiteral("--host-record=exit6.privacy.example,2001:db8::10"),
        // forward-confirmed but silent
        QStringLiteral("--host-record=srv11.hoster.example,203.0.113.11"),
        // a talking PTR whose name points elsewhere
        QStringLiteral("--ptr-record=12.113.0.203.in-addr.arpa,exit12.privacy.example"),
        QStringLiteral("--host-record=exit12.privacy.example,203.0.113.99"),
        // the operator's own naming scheme
        QStringLiteral("--host-record=node-7.ops.example,203.0.113.14"),
        // 203.0.113.13: no PTR at all
    }};
    HttpFixtureServer m_http;
    QNetworkAccessManager m_network;
    std::unique_ptr<AresResolver> m_resolver;
    OperatorProfile m_profile;

    static ExitTarget target(const QString& ip, const QString& country = QString(),
                             bool premium = false)
    {
        ExitNode exit;
        exit.name = QStringLiteral("exit-") + ip;
        exit.addresses = {ip};
        exit.country = country;
        exit.premium = premium;
        return {ip, exit};
    }

    static CheckResult runOne(ReadinessCheck& check, const ExitTarget& t, const OperatorProfile& p)
    {
        std::optional<CheckResult> result;
        check.run(t, p, [&](const CheckResult& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {t.ip, {}, check.kind(), CheckStatus::Fail, QStringLiteral("no result"), {}};
        return *result;
    }

    NoticePageCheck::Options pageOptions(quint16 port, int timeoutMs = 3000)
    {
        NoticePageCheck::Options o;
        o.httpPort = port;
        o.httpsPort = 0;
        o.timeoutMs = timeoutMs;
        return o;
    }

    QString generatedPage() const
    {
        return NoticePageGenerator::render(NoticePageTemplate::builtIn(), m_profile,
                                           QStringLiteral("en"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dns.start(), qPrintable(m_dns.errorString()));
        QVERIFY2(m_http.start(), qPrintable(m_http.errorString()));
        rdap::serveStandardRegistry(m_http, {QStringLiteral("203.0.113.10")},
                                    {QStringLiteral("198.51.100.20")});
        DnsResolverConfig config;
        config.servers = {DnsServer{QHostAddress(QHostAddress::LocalHost), m_dns.port()}};
        auto created = AresResolver::create(config);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        m_resolver = std::move(*created);

        m_profile.name = QStringLiteral("Erika Example");
        m_profile.organisation = QStringLiteral("Example Privacy e.V.");
        m_profile.email = QStringLiteral("info@privacy.example");
        m_profile.homeCountry = QStringLiteral("DE");
        m_profile.abuseAddresses = {QStringLiteral("abuse@privacy.example")};
        m_profile.ptrPattern = QStringLiteral("^node-\\d+\\.ops\\.example$");
        m_profile.exits = {target(QStringLiteral("203.0.113.10"), QStringLiteral("NL")).exit};
    }

    void reverseDns_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("talking, confirmed") << "203.0.113.10"
                                            << "pass"
                                            << "tor-exit1.privacy.example";
        QTest::newRow("IPv6") << "2001:db8::10"
                              << "pass"
                              << "exit6.privacy.example";
        QTest::newRow("silent") << "203.0.113.11"
                                << "warn"
                                << "does not say";
        QTest::newRow("points elsewhere") << "203.0.113.12"
                                          << "fail"
                                          << "203.0.113.99";
        QTest::newRow("no PTR") << "203.0.113.13"
                                << "fail"
                                << "no reverse DNS";
        QTest::newRow("own pattern") << "203.0.113.14"
                                     << "pass"
                                     << "node-7.ops.example";
    }

    void reverseDns()
    {
        QFETCH(QString, ip);
        QFETCH(QString, status);
        QFETCH(QString, detailPart);
        ReverseDnsCheck check(m_resolver.get());
        const CheckResult r = runOne(check, target(ip), m_profile);
        QCOMPARE(r.check, ReadinessCheckKind::ReverseDns);
        QVERIFY2(r.detail.contains(detailPart), qPrintable(r.detail));
        QCOMPARE(checkStatusId(r.status), status);
    }

    void reverseDnsServerDown()
    {
        DnsResolverConfig config;
        config.servers = {DnsServer{QHostAddress(QHostAddress::LocalHost), 1}};
        config.timeoutMs = 300;
        config.tries = 1;
        auto dead = AresResolver::create(config);
        QVERIFY(dead.ok());
        ReverseDnsCheck check(dead->get());
        const CheckResult r = runOne(check, target(QStringLiteral("203.0.113.10")), m_profile);
        QCOMPARE(r.status, CheckStatus::Warn); // we do not know, which is not a failure of the exit
        QVERIFY(r.detail.contains(QStringLiteral("could not be checked")));
    }

    void whois()
    {
        RdapClient::Options o;
        o.bootstrapBase = QUrl(rdap::bootstrapBase(m_http));
        o.timeoutMs = 3000;
        RdapClient rdap(&m_network, o);
        WhoisCheck check(&rdap);

        const CheckResult named = runOne(check, target(QStringLiteral("203.0.113.10")), m_profile);
        QCOMPARE(named.status, CheckStatus::Pass);
        QVERIFY2(named.detail.contains(QStringLiteral("Example Privacy e.V.")),
                 qPrintable(named.detail));

        const CheckResult ispOnly =
            runOne(check, target(QStringLiteral("198.51.100.20")), m_profile);
        QCOMPARE(ispOnly.status, CheckStatus::Warn);
        QVERIFY2(ispOnly.detail.contains(QStringLiteral("Hoster B.V.")),
                 qPrintable(ispOnly.detail));
        QVERIFY(ispOnly.detail.contains(QStringLiteral("abuse@hoster.example")));

        // An operator whose ISP forwards its abuse address to it: the record names the
        // ISP, but the abuse contact is an address the operator reads.
        OperatorProfile handled = m_profile;
        handled.abuseAddresses.append(QStringLiteral("abuse@hoster.example"));
        const CheckResult viaAbuse =
            runOne(check, target(QStringLiteral("198.51.100.20")), handled);
        QCOMPARE(viaAbuse.status, CheckStatus::Pass);
        QVERIFY(viaAbuse.detail.contains(QStringLiteral("abuse@hoster.example")));

        const CheckResult unknown = runOne(check, target(QStringLiteral("192.0.2.77")), m_profile);
        QCOMPARE(unknown.status, CheckStatus::Fail);
    }

    void noticePageServedByLighttpd()
    {
        LighttpdServer web;
        QVERIFY2(web.start(generatedPage().toUtf8()), qPrintable(web.errorString()));
        NoticePageCheck check(&m_network, pageOptions(web.port()));
        const CheckResult r = runOne(check, target(QStringLiteral("127.0.0.1")), m_profile);
        QCOMPARE(r.status, CheckStatus::Pass);
        QVERIFY2(r.detail.contains(QStringLiteral("made by MixDesk")), qPrintable(r.detail));
    }

    void lighttpdDefaultPageFails()
    {
        QFile placeholder(QStringLiteral("/usr/share/lighttpd/index.html"));
        QVERIFY(placeholder.open(QIODevice::ReadOnly));
        LighttpdServer web;
        QVERIFY2(web.start(placeholder.readAll()), qPrintable(web.errorString()));
        NoticePageCheck check(&m_network, pageOptions(web.port()));
        const CheckResult r = runOne(check, target(QStringLiteral("127.0.0.1")), m_profile);
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.detail.contains(QStringLiteral("default page")), qPrintable(r.detail));
    }

    void closedPortAndTimeoutFail()
    {
        NoticePageCheck closed(&m_network, pageOptions(1));
        const CheckResult refused = runOne(closed, target(QStringLiteral("127.0.0.1")), m_profile);
        QCOMPARE(refused.status, CheckStatus::Fail);
        QVERIFY2(refused.detail.contains(QStringLiteral("No web server answers")),
                 qPrintable(refused.detail));

        m_http.setRoute(QStringLiteral("/"), QStringLiteral("<title>late</title>"), 200, 3.0);
        NoticePageCheck slow(&m_network, pageOptions(m_http.port(), 500));
        const CheckResult late = runOne(slow, target(QStringLiteral("127.0.0.1")), m_profile);
        QCOMPARE(late.status, CheckStatus::Fail);
        QVERIFY2(late.detail.contains(QStringLiteral("no answer within")), qPrintable(late.detail));
        m_http.removeRoute(QStringLiteral("/"));
    }

    void operatorsOwnPageByKeyword()
    {
        m_http.setRoute(QStringLiteral("/"),
                        QStringLiteral("<html><title>Welcome</title><p>This is an Example Privacy "
                                       "relay node.</p></html>"));
        OperatorProfile own = m_profile;
        own.noticeKeywords = {QStringLiteral("Example Privacy relay")};
        NoticePageCheck check(&m_network, pageOptions(m_http.port()));
        QCOMPARE(runOne(check, target(QStringLiteral("127.0.0.1")), own).status, CheckStatus::Pass);
        QCOMPARE(runOne(check, target(QStringLiteral("127.0.0.1")), m_profile).status,
                 CheckStatus::Fail);
        m_http.removeRoute(QStringLiteral("/"));
    }

    void httpsIsCheckedWhenOffered()
    {
        LighttpdServer web;
        QVERIFY2(web.start(generatedPage().toUtf8()), qPrintable(web.errorString()));
        HttpFixtureServer tls;
        QVERIFY2(tls.startTls(), qPrintable(tls.errorString()));
        NoticePageCheck::Options o = pageOptions(web.port());
        o.httpsPort = tls.port();
        NoticePageCheck check(&m_network, o);

        tls.setRoute(QStringLiteral("/"), generatedPage()); // HTTPS serves the page too
        const CheckResult both = runOne(check, target(QStringLiteral("127.0.0.1")), m_profile);
        QCOMPARE(both.status, CheckStatus::Pass);
        QVERIFY2(both.detail.contains(QStringLiteral("HTTPS serves it too")),
                 qPrintable(both.detail));

        tls.setRoute(QStringLiteral("/"), QStringLiteral("<title>Welcome to nginx!</title>"));
        const CheckResult bad = runOne(check, target(QStringLiteral("127.0.0.1")), m_profile);
        QCOMPARE(bad.status, CheckStatus::Warn);
        QVERIFY2(bad.detail.contains(QStringLiteral("HTTPS")), qPrintable(bad.detail));

        // Plain HTTP on the "HTTPS" port: offered, but the TLS handshake fails.
        o.httpsPort = m_http.port();
        NoticePageCheck broken(&m_network, o);
        const CheckResult noTls = runOne(broken, target(QStringLiteral("127.0.0.1")), m_profile);
        QCOMPARE(noTls.status, CheckStatus::Warn);
        QVERIFY2(noTls.detail.contains(QStringLiteral("HTTPS fails")), qPrintable(noTls.detail));

        // A closed HTTPS port is "not offered" and changes nothing.
        o.httpsPort = 1;
        NoticePageCheck notOffered(&m_network, o);
        QCOMPARE(runOne(notOffered, target(QStringLiteral("127.0.0.1")), m_profile).status,
                 CheckStatus::Pass);
    }

    void runnerRunsEveryCheckOnEveryExit()
    {
        LighttpdServer web;
        QVERIFY2(web.start(generatedPage().toUtf8()), qPrintable(web.errorString()));
        RdapClient::Options o;
        o.bootstrapBase = QUrl(rdap::bootstrapBase(m_http));
        RdapClient rdap(&m_network, o);
        const NoDnsblResults noDnsbl;
        ReverseDnsCheck reverse(m_resolver.get());
        WhoisCheck whois(&rdap);
        NoticePageCheck page(&m_network, pageOptions(web.port()));
        HostingCountryCheck country;
        DnsblCheck dnsbl(&noDnsbl);
        ReadinessRunner runner({&reverse, &whois, &page, &country, &dnsbl});
        QSignalSpy progress(&runner, &ReadinessRunner::progress);
        QSignalSpy finished(&runner, &ReadinessRunner::finished);
        const QList<ExitTarget> targets{
            target(QStringLiteral("203.0.113.10"), QStringLiteral("NL"), true),
            target(QStringLiteral("203.0.113.11"), QStringLiteral("DE"))};
        runner.start(targets, m_profile);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(progress.size(), 10);
        const QList<CheckResult> results = runner.results();
        QCOMPARE(results.size(), 10);
        QCOMPARE(results.first().ip, QStringLiteral("203.0.113.10"));
        QCOMPARE(results.first().check, ReadinessCheckKind::ReverseDns);
        QCOMPARE(results.at(4).check, ReadinessCheckKind::Dnsbl);
        QCOMPARE(results.at(4).status, CheckStatus::Warn); // premium, no DNSBL results yet
        QVERIFY(results.at(4).detail.contains(QStringLiteral("No DNSBL results yet")));
        QCOMPARE(results.at(8).check, ReadinessCheckKind::HostingCountry);
        QCOMPARE(results.at(8).status, CheckStatus::Warn); // DE = home country
        const QMap<QString, int> scores = ReadinessScore::perAddress(results);
        QVERIFY(scores.value(QStringLiteral("203.0.113.10")) >
                scores.value(QStringLiteral("203.0.113.11")));
    }

    void runnerCancels()
    {
        m_http.setRoute(QStringLiteral("/"), QStringLiteral("<title>late</title>"), 200, 5.0);
        NoticePageCheck page(&m_network, pageOptions(m_http.port(), 10000));
        HostingCountryCheck country;
        ReadinessRunner runner({&page, &country});
        QSignalSpy finished(&runner, &ReadinessRunner::finished);
        QSignalSpy results(&runner, &ReadinessRunner::resultReady);
        runner.start({target(QStringLiteral("127.0.0.1"))}, m_profile);
        QTRY_COMPARE(results.size(), 1); // the country check is immediate
        runner.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QTest::qWait(300);
        QCOMPARE(results.size(), 1);
        QVERIFY(!runner.isRunning());
        m_http.removeRoute(QStringLiteral("/"));
    }
};

QTEST_GUILESS_MAIN(ReadinessChecksTest)
#include "ReadinessChecksTest.moc"
