#include "dns/AresResolver.h"
#include "DnsmasqServer.h"
#include "DovecotServer.h" // freeLocalPort()

#include <QElapsedTimer>
#include <QTest>
#include <QUdpSocket>

#include <optional>

using namespace mixdesk;
using mixdesk::test::DnsmasqServer;

// AresResolver against a real dnsmasq on 127.0.0.1 at a free port (and ::1), a socket
// that never answers, and a port where nothing listens.
class AresResolverTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void answersAWithTtl();
    void answersAaaaPtrAndTxt();
    void tellsNxDomainFromNoData();
    void reportsRefused();
    void reportsServerFailure();
    void timesOutWithRetries();
    void reportsNobodyListening();
    void asksAnIpv6Server();
    void keepsManyQueriesInFlight();
    void badNameFailsThroughTheEventLoop();
    void cancelDropsCallbacks();
    void deadContextDropsCallback();
    void callbackMayDeleteTheResolver();

private:
    std::unique_ptr<AresResolver> resolver(quint16 port, int timeoutMs = 1500, int tries = 2,
                                           const QString& address = QStringLiteral("127.0.0.1"));
    std::optional<DnsReply> ask(DnsResolver& resolver, const QString& name, DnsRecordType type,
                                int waitMs = 5000);

    DnsmasqServer m_dns{{
        QStringLiteral("--listen-address=::1"),
        QStringLiteral("--local=/res.test/"),
        QStringLiteral("--host-record=host.res.test,192.0.2.10,2001:db8::10,300"),
        QStringLiteral("--host-record=v4only.res.test,192.0.2.11,120"),
        QStringLiteral("--txt-record=txt.res.test,part one,part two"),
        QStringLiteral("--address=/many.res.test/127.0.0.2"),
    }};
};

void AresResolverTest::initTestCase()
{
    QVERIFY2(m_dns.start(), qPrintable(m_dns.errorString()));
}

void AresResolverTest::cleanupTestCase()
{
    m_dns.stop();
}

std::unique_ptr<AresResolver> AresResolverTest::resolver(quint16 port, int timeoutMs, int tries,
                                                         const QString& address)
{
    DnsResolverConfig config;
    config.servers = {DnsServer{QHostAddress(address), port}};
    config.timeoutMs = timeoutMs;
    config.tries = tries;
    Result<std::unique_ptr<AresResolver>> created = AresResolver::create(config);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return nullptr;
    }
    return std::move(*created);
}

std::optional<DnsReply> AresResolverTest::ask(DnsResolver& resolver, const QString& name,
                                              DnsRecordType type, int waitMs)
{
    std::optional<DnsReply> reply;
    resolver.lookup(name, type, this, [&reply](const DnsReply& r) { reply = r; });
    QElapsedTimer timer;
    timer.start();
    while (!reply && timer.elapsed() < waitMs)
        QTest::qWait(5);
    return reply;
}

void AresResolverTest::answersAWithTtl()
{
    auto r = resolver(m_dns.port());
    QVERIFY(r);
    const std::optional<DnsReply> reply =
        ask(*r, QStringLiteral("host.res.test"), DnsRecordType::A);
    QVERIFY(reply);
    QCOMPARE(reply->status, DnsStatus::Ok);
    QCOMPARE(reply->records.size(), 1);
    QCOMPARE(reply->records[0].address, QHostAddress(QStringLiteral("192.0.2.10")));
    QCOMPARE(reply->records[0].ttl, 300u);
    QCOMPARE(reply->minimumTtl(), 300u);
    QCOMPARE(reply->name, QStringLiteral("host.res.test"));
    QCOMPARE(r->pendingCount(), 0);
}

void AresResolverTest::answersAaaaPtrAndTxt()
{
    auto r = resolver(m_dns.port());
    QVERIFY(r);
    std::optional<DnsReply> aaaa = ask(*r, QStringLiteral("host.res.test."), DnsRecordType::Aaaa);
    QVERIFY(aaaa);
    QCOMPARE(aaaa->status, DnsStatus::Ok);
    QCOMPARE(aaaa->records.value(0).value, QStringLiteral("2001:db8::10"));

    std::optional<DnsReply> ptr =
        ask(*r, QStringLiteral("10.2.0.192.in-addr.arpa"), DnsRecordType::Ptr);
    QVERIFY(ptr);
    QCOMPARE(ptr->status, DnsStatus::Ok);
    QCOMPARE(ptr->records.value(0).value, QStringLiteral("host.res.test"));
    QCOMPARE(ptr->records.value(0).ttl, 300u);

    std::optional<DnsReply> ptr6 = ask(
        *r,
        QStringLiteral("0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"),
        DnsRecordType::Ptr);
    QVERIFY(ptr6);
    QCOMPARE(ptr6->records.value(0).value, QStringLiteral("host.res.test"));

    std::optional<DnsReply> txt = ask(*r, QStringLiteral("txt.res.test"), DnsRecordType::Txt);
    QVERIFY(txt);
    QCOMPARE(txt->status, DnsStatus::Ok);
    QCOMPARE(txt->records.value(0).value, QStringLiteral("part onepart two"));
    QCOMPARE(txt->records.value(0).strings, (QList<QByteArray>{"part one", "part two"}));
}

void AresResolverTest::tellsNxDomainFromNoData()
{
    auto r = resolver(m_dns.port());
    QVERIFY(r);
    std::optional<DnsReply> missing = ask(*r, QStringLiteral("missing.res.test"), DnsRecordType::A);
    QVERIFY(missing);
    QCOMPARE(missing->status, DnsStatus::NxDomain);
    QVERIFY(missing->reason.contains(QLatin1String("NXDOMAIN")));
    QVERIFY(missing->records.isEmpty());

    std::optional<DnsReply> noAaaa =
        ask(*r, QStringLiteral("v4only.res.test"), DnsRecordType::Aaaa);
    QVERIFY(noAaaa);
    QCOMPARE(noAaaa->status, DnsStatus::NoData);
    QVERIFY(noAaaa->reason.contains(QLatin1String("AAAA")));
}

void AresResolverTest::reportsRefused()
{
    // dnsmasq has no upstream for names outside its local zones: it refuses them.
    auto r = resolver(m_dns.port(), 1000, 1);
    QVERIFY(r);
    std::optional<DnsReply> reply = ask(*r, QStringLiteral("www.example.org"), DnsRecordType::A);
    QVERIFY(reply);
    QVERIFY2(reply->status == DnsStatus::Refused, qPrintable(reply->reason));
    QVERIFY2(reply->reason.contains(QStringLiteral("127.0.0.1:%1").arg(m_dns.port())),
             qPrintable(reply->reason));
}

void AresResolverTest::reportsServerFailure()
{
    // A responder that answers every query with its own question and RCODE 2.
    QUdpSocket failing;
    QVERIFY(failing.bind(QHostAddress::LocalHost, 0));
    connect(&failing, &QUdpSocket::readyRead, &failing, [&failing] {
        while (failing.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray datagram(int(failing.pendingDatagramSize()), '\0');
            failing.readDatagram(datagram.data(), datagram.size(), &from, &port);
            if (datagram.size() < 12)
                continue;
            datagram[2] = char(datagram[2] | 0x80);          // QR: a response
            datagram[3] = char((datagram[3] & 0xf0) | 0x02); // RCODE 2: SERVFAIL
            failing.writeDatagram(datagram, from, port);
        }
    });
    auto r = resolver(failing.localPort(), 1000, 1);
    QVERIFY(r);
    std::optional<DnsReply> reply = ask(*r, QStringLiteral("host.res.test"), DnsRecordType::A);
    QVERIFY(reply);
    QVERIFY2(reply->status == DnsStatus::ServerFailure, qPrintable(reply->reason));
    QVERIFY(reply->reason.contains(QLatin1String("SERVFAIL")));
}

void AresResolverTest::timesOutWithRetries()
{
    QUdpSocket silent; // bound, never reads, never answers
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    auto r = resolver(silent.localPort(), 200, 2);
    QVERIFY(r);
    QElapsedTimer timer;
    timer.start();
    std::optional<DnsReply> reply = ask(*r, QStringLiteral("host.res.test"), DnsRecordType::A);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(reply);
    QCOMPARE(reply->status, DnsStatus::Timeout);
    QCOMPARE(reply->timeouts, 2);
    QVERIFY2(reply->reason.contains(QLatin1String("tries: 2")), qPrintable(reply->reason));
    // 200 ms, then 400 ms for the second try (c-ares doubles the wait per round).
    QVERIFY2(elapsed >= 550, qPrintable(QString::number(elapsed)));
    // Both tries reached the socket.
    QTRY_COMPARE(silent.pendingDatagramSize() > 0, true);
}

void AresResolverTest::reportsNobodyListening()
{
    const quint16 port = test::freeLocalPort(); // nothing bound: ICMP port unreachable
    auto r = resolver(port, 500, 1);
    QVERIFY(r);
    std::optional<DnsReply> reply = ask(*r, QStringLiteral("host.res.test"), DnsRecordType::A);
    QVERIFY(reply);
    QVERIFY2(reply->status == DnsStatus::Error || reply->status == DnsStatus::Timeout,
             qPrintable(dnsStatusId(reply->status)));
    QVERIFY(!reply->reason.isEmpty());
}

void AresResolverTest::asksAnIpv6Server()
{
    auto r = resolver(m_dns.port(), 1500, 2, QStringLiteral("::1"));
    QVERIFY(r);
    std::optional<DnsReply> reply = ask(*r, QStringLiteral("host.res.test"), DnsRecordType::A);
    QVERIFY(reply);
    QCOMPARE(reply->status, DnsStatus::Ok);
    QCOMPARE(reply->records.value(0).value, QStringLiteral("192.0.2.10"));
}

void AresResolverTest::keepsManyQueriesInFlight()
{
    auto r = resolver(m_dns.port());
    QVERIFY(r);
    constexpr int kQueries = 400;
    int ok = 0;
    int done = 0;
    for (int i = 0; i < kQueries; ++i) {
        r->lookup(QStringLiteral("n%1.many.res.test").arg(i), DnsRecordType::A, this,
                  [&ok, &done, i](const DnsReply& reply) {
                      ++done;
                      if (reply.ok() && reply.name == QStringLiteral("n%1.many.res.test").arg(i))
                          ++ok;
                  });
    }
    QCOMPARE(r->pendingCount(), kQueries);
    QTRY_COMPARE_WITH_TIMEOUT(done, kQueries, 10000);
    QCOMPARE(ok, kQueries);
    QCOMPARE(r->pendingCount(), 0);
}

void AresResolverTest::badNameFailsThroughTheEventLoop()
{
    auto r = resolver(m_dns.port());
    QVERIFY(r);
    bool called = false;
    DnsReply got;
    r->lookup(QString(300, u'a') + QStringLiteral(".test"), DnsRecordType::A, this,
              [&](const DnsReply& reply) {
                  called = true;
                  got = reply;
              });
    QVERIFY(!called); // never from inside lookup()
    QTRY_VERIFY(called);
    QCOMPARE(got.status, DnsStatus::Error);
    QVERIFY(!got.reason.isEmpty());
}

void AresResolverTest::cancelDropsCallbacks()
{
    auto r = resolver(m_dns.port());
    QVERIFY(r);
    int calls = 0;
    const auto id = r->lookup(QStringLiteral("host.res.test"), DnsRecordType::A, this,
                              [&calls](const DnsReply&) { ++calls; });
    r->lookup(QStringLiteral("v4only.res.test"), DnsRecordType::A, this,
              [&calls](const DnsReply&) { calls += 10; });
    r->cancel(id);
    QTRY_COMPARE(calls, 10);
    QTest::qWait(100);
    QCOMPARE(calls, 10);

    for (int i = 0; i < 5; ++i)
        r->lookup(QStringLiteral("host.res.test"), DnsRecordType::A, this,
                  [&calls](const DnsReply&) { ++calls; });
    r->cancelAll();
    QCOMPARE(r->pendingCount(), 0);
    QTest::qWait(200);
    QCOMPARE(calls, 10);
    // The resolver still works after cancelAll().
    QVERIFY(ask(*r, QStringLiteral("host.res.test"), DnsRecordType::A).has_value());
}

void AresResolverTest::deadContextDropsCallback()
{
    auto r = resolver(m_dns.port());
    QVERIFY(r);
    bool called = false;
    auto* context = new QObject;
    r->lookup(QStringLiteral("host.res.test"), DnsRecordType::A, context,
              [&called](const DnsReply&) { called = true; });
    delete context;
    QTRY_COMPARE(r->pendingCount(), 0);
    QVERIFY(!called);
}

void AresResolverTest::callbackMayDeleteTheResolver()
{
    auto owned = resolver(m_dns.port());
    QVERIFY(owned);
    AresResolver* r = owned.release();
    int calls = 0;
    for (int i = 0; i < 3; ++i)
        r->lookup(QStringLiteral("host.res.test"), DnsRecordType::A, this,
                  [&calls, &r](const DnsReply&) {
                      ++calls;
                      delete r; // the other answers are dropped with it
                      r = nullptr;
                  });
    QTRY_COMPARE(calls, 1);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
    QVERIFY(!r);
}

QTEST_GUILESS_MAIN(AresResolverTest)
#include "AresResolverTest.moc"
