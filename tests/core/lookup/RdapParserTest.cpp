#include "RdapJsonSamples.h"

#include "lookup/RdapBootstrap.h"
#include "lookup/RdapCache.h"
#include "lookup/RdapError.h"
#include "lookup/RdapParser.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;

class RdapParserTest : public QObject
{
    Q_OBJECT

private slots:
    void networkWithNestedAbuseContact()
    {
        const QByteArray json = networkWithNestedAbuseJson();
        const Result<RdapObject> object = RdapParser::parse(json);
        QVERIFY2(object.ok(), qPrintable(object.ok() ? QString() : object.error().message));
        QVERIFY(object->isIpNetwork());
        QCOMPARE(object->name, QStringLiteral("EXAMPLE-EXIT-NET"));
        QCOMPARE(object->country, QStringLiteral("NL"));
        QCOMPARE(object->remarks,
                 (QStringList{QStringLiteral("description: Anonymization service exit"),
                              QStringLiteral("description: Operated by Example Privacy")}));
        QCOMPARE(object->entities.size(), 2);
        const RdapEntity& registrant = object->entities.at(0);
        QVERIFY(registrant.hasRole(u"registrant"));
        QCOMPARE(registrant.name, QStringLiteral("Example Privacy e.V."));
        QCOMPARE(registrant.organisation, QStringLiteral("Example Privacy, Exit team"));
        QCOMPARE(registrant.kind, QStringLiteral("org"));
        QCOMPARE(registrant.address, QStringLiteral("Street 1, 12345 Town"));
        QCOMPARE(registrant.phones, QStringList{QStringLiteral("+49-30-555-0100")});
        QCOMPARE(object->abuseEmails(),
                 (QStringList{QStringLiteral("abuse@privacy.example"),
                              QStringLiteral("exit-abuse@privacy.example")}));
        QCOMPARE(object->entitiesWithRole(u"technical").size(), 1);
        QCOMPARE(object->entitiesWithRole(u"technical").first().remarks,
                 QStringList{QStringLiteral("Call before noon")});
        QVERIFY(object->namingTexts().contains(QStringLiteral("Abuse desk")));
    }

    void rejectsWhatIsNotRdap()
    {
        const Result<RdapObject> notJson = RdapParser::parse(QByteArray("<html>"));
        QVERIFY(!notJson.ok());
        QCOMPARE(rdapErrorKind(notJson.error()), RdapError::BadAnswer);
        const Result<RdapObject> noClass = RdapParser::parse(QByteArray(objectWithoutClassJson()));
        QVERIFY(!noClass.ok());
        QCOMPARE(rdapErrorKind(noClass.error()), RdapError::BadAnswer);
    }

    void bootstrapPicksLongestPrefixAndHttps()
    {
        const QByteArray json = bootstrapRegistryJson();
        const Result<RdapBootstrap> b = RdapBootstrap::parse(json);
        QVERIFY(b.ok());
        QCOMPARE(b->serverForAddress(QHostAddress(QStringLiteral("192.0.2.7"))),
                 QUrl(QStringLiteral("https://narrow.example/rdap/")));
        QCOMPARE(b->serverForAddress(QHostAddress(QStringLiteral("192.9.9.9"))),
                 QUrl(QStringLiteral("http://wide.example/rdap/")));
        QCOMPARE(b->serverForAddress(QHostAddress(QStringLiteral("2001:db8::1"))),
                 QUrl(QStringLiteral("https://six.example/")));
        QVERIFY(b->serverForAddress(QHostAddress(QStringLiteral("198.51.100.1"))).isEmpty());
        QCOMPARE(b->serverForDomain(QStringLiteral("mail.provider.example.")),
                 QUrl(QStringLiteral("https://dns.example/")));
        QVERIFY(b->serverForDomain(QStringLiteral("example.org")).isEmpty());
    }

    void cacheExpiresAndPersists()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RdapCache cache;
        cache.insert(QStringLiteral("ip:a"),
                     {"{}", QStringLiteral("u"), 200, now, now.addSecs(60)});
        cache.insert(QStringLiteral("ip:b"),
                     {"{}", QStringLiteral("u"), 404, now, now.addSecs(-1)});
        QVERIFY(cache.find(QStringLiteral("ip:a")).has_value());
        QVERIFY(!cache.find(QStringLiteral("ip:b")).has_value());
        QVERIFY(!cache.find(QStringLiteral("ip:a"), now.addSecs(61)).has_value());
        QVERIFY(cache.save(dir.filePath(QStringLiteral("c.json"))).ok());
        RdapCache loaded;
        QVERIFY(loaded.load(dir.filePath(QStringLiteral("c.json"))).ok());
        QCOMPARE(loaded.size(), 1); // the expired entry was not saved
        QCOMPARE(loaded.find(QStringLiteral("ip:a"))->httpStatus, 200);
        QVERIFY(RdapCache().load(dir.filePath(QStringLiteral("missing.json"))).ok());
    }
};

QTEST_GUILESS_MAIN(RdapParserTest)
#include "RdapParserTest.moc"
