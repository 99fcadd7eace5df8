#include "dns/DnsServer.h"
#include "dns/DnsWireParser.h"
#include "dns/ReverseName.h"

#include <QTest>

using namespace mixdesk;

// The pure parts of core/dns: server notation, reversed names, the wire parser.
class DnsBasicsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesServers_data();
    void parsesServers();
    void rejectsBadServers_data();
    void rejectsBadServers();
    void reversesIpv4();
    void reversesIpv6InNibbles();
    void reversesRfc5782TestEntries();
    void parsesAnswersWithTtl();
    void parsesTxtStringsAndPtr();
    void skipsCnamesAndOtherClasses();
    void rejectsTruncatedMessages();
};

void DnsBasicsTest::parsesServers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("back");
    QTest::newRow("v4") << "192.0.2.53"
                        << "192.0.2.53" << 53 << "192.0.2.53";
    QTest::newRow("v4 port") << "192.0.2.53:5353"
                             << "192.0.2.53" << 5353 << "192.0.2.53:5353";
    QTest::newRow("v6") << "2001:db8::53"
                        << "2001:db8::53" << 53 << "2001:db8::53";
    QTest::newRow("v6 brackets") << "[2001:db8::53]"
                                 << "2001:db8::53" << 53 << "2001:db8::53";
    QTest::newRow("v6 port") << " [2001:db8::53]:5353 "
                             << "2001:db8::53" << 5353 << "[2001:db8::53]:5353";
    QTest::newRow("v6 loopback") << "[::1]:40000"
                                 << "::1" << 40000 << "[::1]:40000";
}

void DnsBasicsTest::parsesServers()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, back);
    const Result<DnsServer> server = DnsServer::parse(text);
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    QCOMPARE(server->address, QHostAddress(address));
    QCOMPARE(server->port, port);
    QCOMPARE(server->toString(), back);
}

void DnsBasicsTest::rejectsBadServers_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("name") << "ns.example";
    QTest::newRow("port zero") << "192.0.2.53:0";
    QTest::newRow("port too big") << "192.0.2.53:65536";
    QTest::newRow("port text") << "192.0.2.53:dns";
    QTest::newRow("unclosed") << "[2001:db8::53:5353";
    QTest::newRow("junk after bracket") << "[2001:db8::53]5353";
    QTest::newRow("scoped") << "fe80::1%eth0";
}

void DnsBasicsTest::rejectsBadServers()
{
    QFETCH(QString, text);
    const Result<DnsServer> server = DnsServer::parse(text);
    QVERIFY(!server.ok());
    QVERIFY(server.error().message.contains(text.trimmed()));
}

void DnsBasicsTest::reversesIpv4()
{
    QCOMPARE(ReverseName::labels(QHostAddress(QStringLiteral("192.0.2.1"))),
             QStringLiteral("1.2.0.192"));
    QCOMPARE(ReverseName::ptrName(QHostAddress(QStringLiteral("198.51.100.23"))),
             QStringLiteral("23.100.51.198.in-addr.arpa"));
    QCOMPARE(ReverseName::inZone(QHostAddress(QStringLiteral("203.0.113.7")),
                                 QStringLiteral("zen.spamhaus.org")),
             QStringLiteral("7.113.0.203.zen.spamhaus.org"));
    QCOMPARE(ReverseName::labels(QHostAddress()), QString());
}

void DnsBasicsTest::reversesIpv6InNibbles()
{
    // RFC 5782 2.4's example.
    QCOMPARE(ReverseName::inZone(QHostAddress(QStringLiteral("2001:db8:1:2:3:4:567:89ab")),
                                 QStringLiteral("ugly.example.com")),
             QStringLiteral("b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2."
                            "ugly.example.com"));
    QCOMPARE(
        ReverseName::ptrName(QHostAddress(QStringLiteral("2001:db8::1"))),
        QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
}

void DnsBasicsTest::reversesRfc5782TestEntries()
{
    // RFC 5782 5: IPv6 lists carry ::FFFF:7F00:2 and not ::FFFF:7F00:1. The mapped
    // address must stay IPv6 (32 nibbles), not turn into 127.0.0.2.
    QCOMPARE(ReverseName::labels(QHostAddress(QStringLiteral("::FFFF:7F00:2"))),
             QStringLiteral("2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0"));
    QCOMPARE(ReverseName::labels(QHostAddress(QStringLiteral("127.0.0.2"))),
             QStringLiteral("2.0.0.127"));
}

namespace {

// A DNS message builder for the parser tests.
struct Message
{
    QByteArray bytes;
    void u16(int v)
    {
        bytes.append(char(v >> 8));
        bytes.append(char(v & 0xff));
    }
    void u32(quint32 v)
    {
        u16(int(v >> 16));
        u16(int(v & 0xffff));
    }
    void name(const QList<QByteArray>& labels)
    {
        for (const QByteArray& label : labels) {
            bytes.append(char(label.size()));
            bytes.append(label);
        }
        bytes.append('\0');
    }
    void pointer(int offset) { u16(0xc000 | offset); }
    void header(int questions, int answers)
    {
        u16(0x1234);
        u16(0x8180);
        u16(questions);
        u16(answers);
        u16(0);
        u16(0);
    }
    void record(int type, int cls, quint32 ttl, const QByteArray& rdata)
    {
        u16(type);
        u16(cls);
        u32(ttl);
        u16(int(rdata.size()));
        bytes.append(rdata);
    }
};

} // namespace

void DnsBasicsTest::parsesAnswersWithTtl()
{
    Message m;
    m.header(1, 2);
    m.name({"2", "0", "0", "127", "zone", "test"}); // at offset 12
    m.u16(1);
    m.u16(1);
    m.pointer(12);
    m.record(1, 1, 300, QByteArray("\x7f\x00\x00\x02", 4));
    m.pointer(12);
    m.record(1, 1, 0x80000001u, QByteArray("\x7f\x00\x00\x04", 4)); // RFC 2181: reads as 0
    const Result<QList<DnsRecord>> records = DnsWireParser::answers(m.bytes, DnsRecordType::A);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).name, QStringLiteral("2.0.0.127.zone.test"));
    QCOMPARE(records->at(0).value, QStringLiteral("127.0.0.2"));
    QCOMPARE(records->at(0).ttl, 300u);
    QCOMPARE(records->at(1).address, QHostAddress(QStringLiteral("127.0.0.4")));
    QCOMPARE(records->at(1).ttl, 0u);

    Message v6;
    v6.header(0, 1);
    v6.name({"h", "test"});
    QByteArray rdata(16, '\0');
    rdata[0] = char(0x20);
    rdata[1] = char(0x01);
    rdata[2] = char(0x0d);
    rdata[3] = char(0xb8);
    rdata[15] = char(0x01);
    v6.record(28, 1, 60, rdata);
    const Result<QList<DnsRecord>> aaaa = DnsWireParser::answers(v6.bytes, DnsRecordType::Aaaa);
    QVERIFY(aaaa.ok());
    QCOMPARE(aaaa->size(), 1);
    QCOMPARE(aaaa->at(0).value, QStringLiteral("2001:db8::1"));
}

void DnsBasicsTest::parsesTxtStringsAndPtr()
{
    Message m;
    m.header(0, 2);
    m.name({"2", "0", "0", "127", "zone", "test"}); // owner at offset 12
    m.record(16, 1, 900, QByteArray("\x05Hello\x07, world", 14));
    m.pointer(12);
    // PTR whose target is compressed onto the first owner's "zone.test".
    QByteArray ptr("\x04"
                   "exit",
                   5);
    ptr.append(char(0xc0));
    ptr.append(char(12 + 2 + 2 + 2 + 4)); // offset of "zone" in the first name
    m.record(12, 1, 3600, ptr);

    const Result<QList<DnsRecord>> txt = DnsWireParser::answers(m.bytes, DnsRecordType::Txt);
    QVERIFY(txt.ok());
    QCOMPARE(txt->size(), 1);
    QCOMPARE(txt->at(0).value, QStringLiteral("Hello, world"));
    QCOMPARE(txt->at(0).strings, (QList<QByteArray>{"Hello", ", world"}));
    QCOMPARE(txt->at(0).ttl, 900u);

    const Result<QList<DnsRecord>> name = DnsWireParser::answers(m.bytes, DnsRecordType::Ptr);
    QVERIFY(name.ok());
    QCOMPARE(name->size(), 1);
    QCOMPARE(name->at(0).value, QStringLiteral("exit.zone.test"));
    QCOMPARE(name->at(0).ttl, 3600u);
}

void DnsBasicsTest::skipsCnamesAndOtherClasses()
{
    Message m;
    m.header(0, 3);
    m.name({"alias", "test"});
    QByteArray cname("\x06"
                     "target\x04"
                     "test\x00",
                     13);
    m.record(5, 1, 60, cname);
    m.name({"target", "test"});
    m.record(1, 3, 60, QByteArray("\x7f\x00\x00\x09", 4)); // class CHAOS
    m.name({"target", "test"});
    m.record(1, 1, 60, QByteArray("\x7f\x00\x00\x0a", 4));
    const Result<QList<DnsRecord>> records = DnsWireParser::answers(m.bytes, DnsRecordType::A);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->at(0).value, QStringLiteral("127.0.0.10"));
}

void DnsBasicsTest::rejectsTruncatedMessages()
{
    QVERIFY(!DnsWireParser::answers(QByteArray("\x12\x34", 2), DnsRecordType::A).ok());
    Message m;
    m.header(0, 1);
    m.name({"a", "test"});
    m.record(1, 1, 60, QByteArray("\x7f\x00\x00\x02", 4));
    QVERIFY(!DnsWireParser::answers(m.bytes.left(m.bytes.size() - 2), DnsRecordType::A).ok());
    Message bad;
    bad.header(0, 1);
    bad.name({"a", "test"});
    bad.record(1, 1, 60, QByteArray("\x7f\x00\x00", 3)); // A with 3 bytes
    QVERIFY(!DnsWireParser::answers(bad.bytes, DnsRecordType::A).ok());
    Message loop;
    loop.header(0, 1);
    loop.pointer(12); // points at itself
    loop.record(1, 1, 60, QByteArray("\x7f\x00\x00\x02", 4));
    QVERIFY(!DnsWireParser::answers(loop.bytes, DnsRecordType::A).ok());
}

QTEST_GUILESS_MAIN(DnsBasicsTest)
#include "DnsBasicsTest.moc"
