#include "dnsbl/DnsblCatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mixdesk;

class DnsblCatalogueTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInHasThirtyLiveZones();
    void everyLiveZoneIsDescribed();
    void deadZonesAreNotChecked();
    void spamhausErrorCodesAreRefusals();
    void dqsKeyChangesTheQueryZone();
    void userFileOverridesAndExtends();
    void rejectsBrokenFiles();
};

void DnsblCatalogueTest::builtInHasThirtyLiveZones()
{
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::builtIn();
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.ok() ? QString() : catalogue.error().message));
    const QList<DnsblZone> live = catalogue->checkedZones(QString());
    QVERIFY2(live.size() >= 30, qPrintable(QString::number(live.size())));
    int actionable = 0;
    int expected = 0;
    int ipv6 = 0;
    QSet<QString> seen;
    for (const DnsblZone& zone : live) {
        QVERIFY2(!seen.contains(zone.zone), qPrintable(zone.zone));
        seen.insert(zone.zone);
        actionable += zone.kind == DnsblKind::Actionable;
        expected += zone.kind == DnsblKind::ExpectedForExit;
        ipv6 += zone.ipv6;
    }
    QVERIFY(actionable >= 10);
    QVERIFY(expected >= 5);
    QVERIFY(ipv6 >= 3);
    QVERIFY(catalogue->find(QStringLiteral("bl.spamcop.net")));
    QVERIFY(catalogue->find(QStringLiteral("b.barracudacentral.org")));
}

void DnsblCatalogueTest::everyLiveZoneIsDescribed()
{
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::builtIn();
    QVERIFY(catalogue.ok());
    for (const DnsblZone& zone : catalogue->checkedZones(QStringLiteral("k"))) {
        QVERIFY2(!zone.name.isEmpty() && zone.name != zone.zone, qPrintable(zone.zone));
        QVERIFY2(zone.ipv4 || zone.ipv6, qPrintable(zone.zone));
        QVERIFY2(!zone.codes.isEmpty(), qPrintable(zone.zone));
        for (const DnsblCode& code : zone.codes)
            QVERIFY2(!code.meaning.isEmpty(), qPrintable(zone.zone));
        QVERIFY2(!zone.delistUrl.isEmpty() || !zone.infoUrl.isEmpty(), qPrintable(zone.zone));
        for (const QString& url : {zone.delistUrl, zone.infoUrl}) {
            if (!url.isEmpty())
                QVERIFY2(QUrl(url).isValid() && url.startsWith(QLatin1String("http")),
                         qPrintable(url));
        }
        // No zone may call 127.0.0.1 listed on purpose... except as a code value, which
        // is allowed; the RFC 5782 test entry 127.0.0.2 must not be an error code.
        QVERIFY(!zone.isErrorCode(QStringLiteral("127.0.0.2")));
    }
}

void DnsblCatalogueTest::deadZonesAreNotChecked()
{
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::builtIn();
    QVERIFY(catalogue.ok());
    for (const QString& dead :
         {QStringLiteral("dnsbl.ahbl.org"), QStringLiteral("bl.spamcannibal.org"),
          QStringLiteral("dnsbl.sorbs.net"), QStringLiteral("dnsbl.njabl.org"),
          QStringLiteral("dnsel.torproject.org")}) {
        const DnsblZone* zone = catalogue->find(dead);
        QVERIFY2(zone, qPrintable(dead));
        QVERIFY(!zone->dead.isEmpty());
        QVERIFY(!zone->isChecked(QString()));
        QVERIFY(!zone->isChecked(QStringLiteral("key")));
    }
    for (const DnsblZone& zone : catalogue->checkedZones(QString()))
        QVERIFY2(!zone.zone.contains(QLatin1String("sorbs")), qPrintable(zone.zone));
}

void DnsblCatalogueTest::spamhausErrorCodesAreRefusals()
{
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::builtIn();
    QVERIFY(catalogue.ok());
    const DnsblZone* zen = catalogue->find(QStringLiteral("zen.spamhaus.org"));
    QVERIFY(zen);
    for (const QString& code :
         {QStringLiteral("127.255.255.252"), QStringLiteral("127.255.255.254"),
          QStringLiteral("127.255.255.255")}) {
        QVERIFY(zen->isErrorCode(code));
        QVERIFY(!zen->codes.contains(code));
    }
    QCOMPARE(zen->kindOf(QStringLiteral("127.0.0.2")), DnsblKind::Actionable);
    QCOMPARE(zen->kindOf(QStringLiteral("127.0.0.4")), DnsblKind::ExpectedForExit);
    QVERIFY(zen->ipv6);
}

void DnsblCatalogueTest::dqsKeyChangesTheQueryZone()
{
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::builtIn();
    QVERIFY(catalogue.ok());
    const DnsblZone* zen = catalogue->find(QStringLiteral("zen.spamhaus.org"));
    QVERIFY(zen);
    QCOMPARE(zen->queryZone(QString()), QStringLiteral("zen.spamhaus.org"));
    QCOMPARE(zen->queryZone(QStringLiteral("abc123")),
             QStringLiteral("abc123.zen.dq.spamhaus.net"));
    const DnsblZone* authbl = catalogue->find(QStringLiteral("authbl.dq.spamhaus.net"));
    QVERIFY(authbl);
    QVERIFY(!authbl->isChecked(QString()));
    QVERIFY(authbl->isChecked(QStringLiteral("abc123")));
    QCOMPARE(catalogue->checkedZones(QStringLiteral("abc123")).size(),
             catalogue->checkedZones(QString()).size() + 1);
    // Zones without a DQS zone ignore the key.
    QCOMPARE(catalogue->find(QStringLiteral("bl.spamcop.net"))->queryZone(QStringLiteral("k")),
             QStringLiteral("bl.spamcop.net"));
}

void DnsblCatalogueTest::userFileOverridesAndExtends()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dnsbl-zones.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"zones": [
        {"zone": "bl.spamcop.net", "enabled": false},
        {"zone": "ZEN.spamhaus.org.", "kind": "informational"},
        {"zone": "bl.example.test", "name": "Own list", "ipv6": true, "kind": "actionable",
         "codes": {"127.0.0.2": "Listed by our own list"}, "delist": "https://example.test/"}
    ]})");
    file.close();
    const Result<DnsblCatalogue> catalogue = DnsblCatalogue::load(path);
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.ok() ? QString() : catalogue.error().message));
    const Result<DnsblCatalogue> builtIn = DnsblCatalogue::builtIn();
    QCOMPARE(catalogue->zones().size(), builtIn->zones().size() + 1);
    QVERIFY(!catalogue->find(QStringLiteral("bl.spamcop.net"))->isChecked(QString()));
    const DnsblZone* zen = catalogue->find(QStringLiteral("zen.spamhaus.org"));
    QCOMPARE(zen->kind, DnsblKind::Informational);
    QVERIFY(zen->isErrorCode(QStringLiteral("127.255.255.254"))); // untouched fields stay
    QCOMPARE(zen->name, QStringLiteral("Spamhaus ZEN"));
    const DnsblZone* own = catalogue->find(QStringLiteral("bl.example.test"));
    QVERIFY(own);
    QVERIFY(own->isChecked(QString()));
    QCOMPARE(own->meaningOf(QStringLiteral("127.0.0.2")), QStringLiteral("Listed by our own list"));
    QVERIFY(own->meaningOf(QStringLiteral("127.0.0.9")).contains(QLatin1String("127.0.0.9")));

    // No user file: the built-in catalogue.
    const Result<DnsblCatalogue> plain = DnsblCatalogue::load(dir.filePath(QStringLiteral("none")));
    QVERIFY(plain.ok());
    QCOMPARE(plain->zones().size(), builtIn->zones().size());
    QVERIFY(DnsblCatalogue::userFilePath().endsWith(QLatin1String("/dnsbl-zones.json")));
}

void DnsblCatalogueTest::rejectsBrokenFiles()
{
    QVERIFY(!DnsblCatalogue::fromJsonBytes("{", QStringLiteral("x")).ok());
    QVERIFY(!DnsblCatalogue::fromJsonBytes(R"({"zonez": []})", QStringLiteral("x")).ok());
    const auto badKind = DnsblCatalogue::fromJsonBytes(R"([{"zone": "a.test", "kind": "urgent"}])",
                                                       QStringLiteral("file.json"));
    QVERIFY(!badKind.ok());
    QVERIFY(badKind.error().message.contains(QLatin1String("file.json")));
    QVERIFY(badKind.error().message.contains(QLatin1String("urgent")));
    QVERIFY(!DnsblCatalogue::fromJsonBytes(R"([{"zone": "a.test", "codes": {"x": "y"}}])",
                                           QStringLiteral("x"))
                 .ok());
    QVERIFY(!DnsblCatalogue::fromJsonBytes(R"([{"name": "no zone"}])", QStringLiteral("x")).ok());
    QVERIFY(
        !DnsblCatalogue::fromJsonBytes(
             R"([{"zone": "a.test", "dqs_only": true, "dqs_zone": "a.test"}])", QStringLiteral("x"))
             .ok());
    const auto bare = DnsblCatalogue::fromJsonBytes(R"([{"zone": "a.test"}])", QStringLiteral("x"));
    QVERIFY(bare.ok());
    QCOMPARE(bare->zones().size(), 1);
}

QTEST_GUILESS_MAIN(DnsblCatalogueTest)
#include "DnsblCatalogueTest.moc"
