#include "exits/blocks/BlockExport.h"

#include <QTest>

using namespace mixdesk;

class BlocksTest : public QObject
{
    Q_OBJECT
private slots:
    void destinations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised"); // empty: rejected
        QTest::newRow("host") << " Forum.Example. "
                              << "forum.example";
        QTest::newRow("IDN") << "bücher.example"
                             << "xn--bcher-kva.example";
        QTest::newRow("IPv4") << "192.0.2.7"
                              << "192.0.2.7";
        QTest::newRow("IPv6") << "[2001:DB8::0:7]"
                              << "2001:db8::7";
        QTest::newRow("network") << "198.51.100.9/24"
                                 << "198.51.100.0/24";
        QTest::newRow("v6 network") << "2001:db8:5::1/48"
                                    << "2001:db8:5::/48";
        QTest::newRow("bad network") << "198.51.100.0/33"
                                     << "";
        QTest::newRow("spaces") << "not a host"
                                << "";
        QTest::newRow("single label") << "localhost"
                                      << "";
        QTest::newRow("url") << "http://forum.example/"
                             << "";
    }
    void destinations()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        const Result<QString> r = BlockRequest::normaliseDestination(text);
        QCOMPARE(r.ok(), !normalised.isEmpty());
        if (r.ok())
            QCOMPARE(*r, normalised);
    }

    void ports()
    {
        const auto list = PortRange::parseList(QStringLiteral("80, 443 8000-8080"));
        QVERIFY(list.ok());
        QCOMPARE(PortRange::listText(*list), QStringLiteral("80,443,8000-8080"));
        QVERIFY(PortRange::parseList(QString())->isEmpty());
        for (const char* bad : {"0", "65536", "90-80", "http", "1-2-3"})
            QVERIFY2(!PortRange::parseList(QString::fromLatin1(bad)).ok(), bad);
    }

    void targetsAndExpiry()
    {
        BlockRequest b;
        b.destination = QStringLiteral("forum.example");
        QCOMPARE(b.target(), BlockTarget::Host);
        b.destination = QStringLiteral("2001:db8::7");
        QCOMPARE(b.target(), BlockTarget::Address);
        b.destination = QStringLiteral("198.51.100.0/24");
        QCOMPARE(b.target(), BlockTarget::Network);
        QVERIFY(b.isActiveOn(QDate(2030, 1, 1)));
        b.expires = QDate(2026, 12, 31);
        QVERIFY(b.isActiveOn(QDate(2026, 12, 31)));
        QVERIFY(!b.isActiveOn(QDate(2027, 1, 1)));
    }

    void exportsKeepOnlyActiveBlocksAndCommentEach()
    {
        BlockRequest a;
        a.id = 7;
        a.destination = QStringLiteral("192.0.2.7");
        a.reason = QStringLiteral("line one\nline two");
        a.requester = QStringLiteral("Jane");
        BlockRequest old = a;
        old.id = 8;
        old.expires = QDate(2020, 1, 1);
        BlockExport::Input input;
        input.blocks = BlockExport::active({a, old}, QDate(2026, 1, 1));
        input.generatedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const QString torrc = BlockExport::torrc(input);
        QVERIFY(torrc.contains(QStringLiteral("made by MixDesk on 2026-01-01 12:00 UTC")));
        QVERIFY(
            torrc.contains(QStringLiteral("# #7 192.0.2.7: line one line two (requested by Jane)\n"
                                          "ExitPolicy reject 192.0.2.7:*\n")));
        QVERIFY(!torrc.contains(QStringLiteral("#8")));
        BlockExport::Format f;
        QVERIFY(BlockExport::formatFromId(u"nftables", &f));
        QCOMPARE(f, BlockExport::Format::Nftables);
        QVERIFY(!BlockExport::formatFromId(u"iptables", &f));
    }
};

QTEST_GUILESS_MAIN(BlocksTest)
#include "BlocksTest.moc"
