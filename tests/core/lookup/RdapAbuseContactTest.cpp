#include "lookup/RdapAbuseContact.h"
#include "lookup/RdapParser.h"
#include "respond/AbuseContactLookup.h"

#include <QTest>

using namespace mixdesk;

// Which abuse contact an RDAP answer names, on JSON as registries send it: a network
// with a direct abuse entity, a domain whose abuse contact is nested in the registrar
// (ICANN style) or in the registrant, and answers naming none.
class RdapAbuseContactTest : public QObject
{
    Q_OBJECT

    // JSON written with ' for " (moc cannot read raw strings).
    static RdapObject parse(const char* text)
    {
        QByteArray json(text);
        json.replace('\'', '"');
        const Result<RdapObject> object = RdapParser::parse(json);
        if (!object)
            qWarning("%s", qPrintable(object.error().message));
        return object ? *object : RdapObject{};
    }

private slots:
    void networkWithDirectAbuseEntity()
    {
        const RdapObject o = parse(
            "{'objectClassName':'ip network','handle':'198.51.100.0 - 198.51.100.255',"
            "'startAddress':'198.51.100.0','endAddress':'198.51.100.255','name':'HOSTER-NET',"
            "'entities':["
            " {'objectClassName':'entity','handle':'HB1','roles':['registrant'],"
            "  'vcardArray':['vcard',[['version',{},'text','4.0'],['fn',{},'text','Hoster B.V.'],"
            "   ['email',{},'text','noc@hoster.example']]]},"
            " {'objectClassName':'entity','handle':'HBA','roles':['abuse'],"
            "  'vcardArray':['vcard',[['version',{},'text','4.0'],"
            "   ['fn',{},'text','Hoster abuse team'],['email',{},'text','abuse@hoster.example']]]}"
            "]}");
        const auto c = RdapAbuseContact::from(o);
        QVERIFY(c);
        QCOMPARE(c->email, QStringLiteral("abuse@hoster.example"));
        QCOMPARE(c->name, QStringLiteral("Hoster abuse team"));
        QVERIFY(c->holderRole.isEmpty());
        QCOMPARE(c->objectName, QStringLiteral("198.51.100.0 - 198.51.100.255"));
    }

    void domainWithAbuseNestedInTheRegistrar()
    {
        const RdapObject o = parse(
            "{'objectClassName':'domain','ldhName':'kiebitz.example','entities':["
            " {'objectClassName':'entity','roles':['registrant'],"
            "  'vcardArray':['vcard',[['version',{},'text','4.0'],['fn',{},'text','REDACTED']]]},"
            " {'objectClassName':'entity','handle':'1234','roles':['registrar'],"
            "  'vcardArray':['vcard',[['version',{},'text','4.0'],"
            "   ['fn',{},'text','Example Registrar GmbH']]],"
            "  'entities':[{'objectClassName':'entity','roles':['abuse'],"
            "   'vcardArray':['vcard',[['version',{},'text','4.0'],['fn',{},'text','Abuse desk'],"
            "    ['email',{},'text','abuse@registrar.example'],"
            "    ['tel',{'type':'voice'},'uri','tel:+49.30555']]]}]}"
            "]}");
        const auto c = RdapAbuseContact::from(o);
        QVERIFY(c);
        QCOMPARE(c->email, QStringLiteral("abuse@registrar.example"));
        QCOMPARE(c->holderRole, QStringLiteral("registrar"));
        QCOMPARE(c->holderName, QStringLiteral("Example Registrar GmbH"));
        QCOMPARE(c->objectName, QStringLiteral("kiebitz.example"));
    }

    void theRegistrantsAbuseDeskComesBeforeTheRegistrars()
    {
        const RdapObject o = parse(
            "{'objectClassName':'domain','ldhName':'mailer.example','entities':["
            " {'objectClassName':'entity','roles':['registrar'],'entities':["
            "  {'objectClassName':'entity','roles':['abuse'],'vcardArray':['vcard',"
            "   [['version',{},'text','4.0'],['email',{},'text','abuse@registrar.example']]]}]},"
            " {'objectClassName':'entity','roles':['registrant'],"
            "  'vcardArray':['vcard',[['version',{},'text','4.0'],['org',{},'text','Mailer AG']]],"
            "  'entities':[{'objectClassName':'entity','roles':['technical'],'entities':["
            "   {'objectClassName':'entity','roles':['abuse'],'vcardArray':['vcard',"
            "    [['version',{},'text','4.0'],['email',{},'text','abuse@mailer.example']]]}]}]}"
            "]}");
        const auto c = RdapAbuseContact::from(o);
        QVERIFY(c);
        QCOMPARE(c->email, QStringLiteral("abuse@mailer.example"));
        QCOMPARE(c->holderRole, QStringLiteral("registrant"));
        QCOMPARE(c->holderName, QStringLiteral("Mailer AG"));
    }

    void noAbuseAddressNoContact()
    {
        // An abuse entity without an e-mail address (phone only) and other roles' mail.
        const RdapObject o = parse(
            "{'objectClassName':'ip network','startAddress':'192.0.2.0','endAddress':'192.0.2.255',"
            "'entities':["
            " {'objectClassName':'entity','roles':['abuse'],'vcardArray':['vcard',"
            "  [['version',{},'text','4.0'],['tel',{},'uri','tel:+31.205550100']]]},"
            " {'objectClassName':'entity','roles':['technical'],'vcardArray':['vcard',"
            "  [['version',{},'text','4.0'],['email',{},'text','noc@net.example']]]}"
            "]}");
        QCOMPARE(o.objectClassName, QStringLiteral("ip network"));
        QVERIFY(!RdapAbuseContact::from(o));
        QVERIFY(!RdapAbuseContact::from(RdapObject{}));
    }

    void domainCandidatesUpToTwoLabels()
    {
        QCOMPARE(AbuseContactLookup::domainCandidates(QStringLiteral("Mail.A.Example.NET.")),
                 (QStringList{QStringLiteral("mail.a.example.net"), QStringLiteral("a.example.net"),
                              QStringLiteral("example.net")}));
        QCOMPARE(AbuseContactLookup::domainCandidates(QStringLiteral("kiebitz.example")),
                 QStringList{QStringLiteral("kiebitz.example")});
        QVERIFY(AbuseContactLookup::domainCandidates(QStringLiteral("localhost")).isEmpty());
        QVERIFY(AbuseContactLookup::domainCandidates(QStringLiteral("198.51.100.7")).isEmpty());
        QVERIFY(AbuseContactLookup::domainCandidates(QStringLiteral("[198.51.100.7]")).isEmpty());
        QVERIFY(AbuseContactLookup::domainCandidates(QString()).isEmpty());
    }

    void mailServerIpFromTheNextHop()
    {
        Analysis a;
        a.mailServer = QStringLiteral("webmail.kiebitz.example");
        OffendingMessage m;
        ReceivedHop exitHop;
        exitHop.fromIp = QStringLiteral("203.0.113.77");
        exitHop.byHost = QStringLiteral("webmail.kiebitz.example");
        ReceivedHop relay;
        relay.fromHost = QStringLiteral("webmail.kiebitz.example");
        relay.fromIp = QStringLiteral("198.51.100.25");
        relay.byHost = QStringLiteral("mx.victim.example");
        m.hops = {exitHop, relay};
        m.webmailHopIndex = 0;
        a.offendingMessages = {m};
        QCOMPARE(AbuseContactLookup::mailServerIp(a), QStringLiteral("198.51.100.25"));
        a.offendingMessages.first().hops[1].fromHost = QStringLiteral("other.example");
        QVERIFY(AbuseContactLookup::mailServerIp(a).isEmpty());
        a.mailServer = QStringLiteral("[2001:DB8::25]");
        QCOMPARE(AbuseContactLookup::mailServerIp(a), QStringLiteral("2001:db8::25"));
    }
};

QTEST_GUILESS_MAIN(RdapAbuseContactTest)
#include "RdapAbuseContactTest.moc"
