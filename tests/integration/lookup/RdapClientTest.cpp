#include "HttpFixtureServer.h"
#include "RdapSamples.h"

#include "lookup/RdapClient.h"
#include "lookup/RdapError.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace mixdesk;
using namespace mixdesk::test;

// RdapClient against a real HTTP server on 127.0.0.1 serving bootstrap files and
// RDAP answers (tests/support/http_fixture_server.py).
class RdapClientTest : public QObject
{
    Q_OBJECT

private:
    HttpFixtureServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    RdapClient::Options options(const QString& cacheFile = QString(), int timeoutMs = 5000)
    {
        RdapClient::Options o;
        o.bootstrapBase = QUrl(rdap::bootstrapBase(m_server));
        o.timeoutMs = timeoutMs;
        if (!cacheFile.isEmpty())
            o.cachePath = m_dir.filePath(cacheFile);
        return o;
    }

    static Result<RdapObject> wait(RdapClient& client, bool domain, const QString& query)
    {
        std::optional<Result<RdapObject>> answer;
        QObject context;
        if (domain)
            client.lookupDomain(query, &context, [&](const Result<RdapObject>& r) { answer = r; });
        else
            client.lookupIp(query, &context, [&](const Result<RdapObject>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
            return Error{QStringLiteral("no answer")};
        return *answer;
    }

    int requestsFor(const QString& path) const { return int(m_server.requests().count(path)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        rdap::serveStandardRegistry(
            m_server, {QStringLiteral("203.0.113.10"), QStringLiteral("2001:db8::10")},
            {QStringLiteral("198.51.100.20")});
        m_server.setRoute(QStringLiteral("/rdap/domain/provider.example"),
                          rdap::domain(QStringLiteral("provider.example")));
    }

    void ipNetworkNamingTheOperator()
    {
        RdapClient client(&m_network, options());
        const Result<RdapObject> r = wait(client, false, QStringLiteral("203.0.113.10"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->name, QStringLiteral("EXAMPLE-PRIVACY-EXIT"));
        QCOMPARE(r->entitiesWithRole(u"registrant").first().name,
                 QStringLiteral("Example Privacy e.V."));
        QCOMPARE(r->abuseEmails(), QStringList{QStringLiteral("abuse@privacy.example")});
        QCOMPARE(r->sourceUrl, m_server.baseUrl() + QStringLiteral("rdap/ip/203.0.113.10"));
        QVERIFY(!r->fromCache);
    }

    void ipv6AndIspOnlyNetworks()
    {
        RdapClient client(&m_network, options());
        const Result<RdapObject> v6 = wait(client, false, QStringLiteral("2001:DB8::10"));
        QVERIFY(v6.ok());
        QCOMPARE(v6->ipVersion, QStringLiteral("v6"));
        const Result<RdapObject> isp = wait(client, false, QStringLiteral("198.51.100.20"));
        QVERIFY(isp.ok());
        QCOMPARE(isp->name, QStringLiteral("HOSTER-NET"));
        QCOMPARE(isp->abuseEmails(), QStringList{QStringLiteral("abuse@hoster.example")});
    }

    void domainLookup()
    {
        RdapClient client(&m_network, options());
        const Result<RdapObject> r = wait(client, true, QStringLiteral("Provider.Example."));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(r->isDomain());
        QCOMPARE(r->abuseEmails(), QStringList{QStringLiteral("abuse@provider.example")});
    }

    void answersAreCachedInMemoryAndOnDisk()
    {
        const QString path = QStringLiteral("/rdap/ip/203.0.113.10");
        const int before = requestsFor(path);
        {
            RdapClient client(&m_network, options(QStringLiteral("cache.json")));
            QVERIFY(wait(client, false, QStringLiteral("203.0.113.10")).ok());
            const Result<RdapObject> again = wait(client, false, QStringLiteral("203.0.113.10"));
            QVERIFY(again.ok());
            QVERIFY(again->fromCache);
        }
        QCOMPARE(requestsFor(path), before + 1);
        const int bootstrapAsked = requestsFor(QStringLiteral("/bootstrap/ipv4.json"));
        RdapClient fresh(&m_network, options(QStringLiteral("cache.json")));
        const Result<RdapObject> persisted = wait(fresh, false, QStringLiteral("203.0.113.10"));
        QVERIFY(persisted.ok());
        QVERIFY(persisted->fromCache);
        QCOMPARE(persisted->name, QStringLiteral("EXAMPLE-PRIVACY-EXIT"));
        QCOMPARE(requestsFor(path), before + 1);
        // A miss after a restart needs the bootstrap file, which came from the cache too.
        QVERIFY(wait(fresh, false, QStringLiteral("198.51.100.20")).ok());
        QCOMPARE(requestsFor(QStringLiteral("/bootstrap/ipv4.json")), bootstrapAsked);
    }

    void typedErrors()
    {
        RdapClient client(&m_network, options());
        const Result<RdapObject> notFound = wait(client, false, QStringLiteral("192.0.2.99"));
        QVERIFY(!notFound.ok());
        QCOMPARE(rdapErrorKind(notFound.error()), RdapError::NotFound);
        // The 404 is cached for a while: asking again does not reach the server.
        const int asked = requestsFor(QStringLiteral("/rdap/ip/192.0.2.99"));
        QCOMPARE(rdapErrorKind(wait(client, false, QStringLiteral("192.0.2.99")).error()),
                 RdapError::NotFound);
        QCOMPARE(requestsFor(QStringLiteral("/rdap/ip/192.0.2.99")), asked);

        QCOMPARE(rdapErrorKind(wait(client, false, QStringLiteral("100.64.0.1")).error()),
                 RdapError::NoService);
        QCOMPARE(rdapErrorKind(wait(client, false, QStringLiteral("not-an-ip")).error()),
                 RdapError::InvalidQuery);
        QCOMPARE(rdapErrorKind(wait(client, true, QStringLiteral("nodot")).error()),
                 RdapError::InvalidQuery);

        m_server.setRoute(QStringLiteral("/rdap/ip/192.0.2.50"), QStringLiteral("<html>oops"));
        QCOMPARE(rdapErrorKind(wait(client, false, QStringLiteral("192.0.2.50")).error()),
                 RdapError::BadAnswer);
        m_server.setRoute(QStringLiteral("/rdap/ip/192.0.2.51"), QJsonObject(), 429);
        QCOMPARE(rdapErrorKind(wait(client, false, QStringLiteral("192.0.2.51")).error()),
                 RdapError::RateLimited);
    }

    void timeoutAndCancel()
    {
        m_server.setRoute(
            QStringLiteral("/rdap/ip/192.0.2.60"),
            rdap::network(QStringLiteral("192.0.2.0"), QStringLiteral("192.0.2.255"), true), 200,
            3.0);
        RdapClient client(&m_network, options(QString(), 500));
        const Result<RdapObject> slow = wait(client, false, QStringLiteral("192.0.2.60"));
        QVERIFY(!slow.ok());
        QCOMPARE(rdapErrorKind(slow.error()), RdapError::Timeout);

        RdapClient patient(&m_network, options(QString(), 10000));
        std::optional<Result<RdapObject>> answer;
        patient.lookupIp(QStringLiteral("192.0.2.60"), nullptr,
                         [&](const Result<RdapObject>& r) { answer = r; });
        QTest::qWait(300);
        patient.cancelAll();
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
        QCOMPARE(rdapErrorKind(answer->error()), RdapError::Cancelled);
    }

    void noCallbackAfterContextIsGone()
    {
        RdapClient client(&m_network, options());
        bool called = false;
        {
            QObject context;
            client.lookupIp(QStringLiteral("203.0.113.10"), &context,
                            [&](const Result<RdapObject>&) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void bootstrapServerDown()
    {
        RdapClient::Options o;
        o.bootstrapBase = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        o.timeoutMs = 2000;
        RdapClient client(&m_network, o);
        const Result<RdapObject> r = wait(client, false, QStringLiteral("203.0.113.10"));
        QVERIFY(!r.ok());
        QCOMPARE(rdapErrorKind(r.error()), RdapError::Network);
    }
};

QTEST_GUILESS_MAIN(RdapClientTest)
#include "RdapClientTest.moc"
