#include "CliRun.h"
#include "HttpFixtureServer.h"
#include "RdapSamples.h"
#include "TestPaths.h"

#include "lookup/RdapClient.h"
#include "respond/AbuseContactLookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace mixdesk;
using namespace mixdesk::test;

// The provider's abuse contact through RDAP against a real HTTP server on 127.0.0.1:
// the mail server's domain and its parents, then its address; cached answers; a
// clear failure when the registry names none or does not answer. And the CLI's
// `respond`, which uses it when no provider matches and no --to is given.
class AbuseLookupTest : public QObject
{
    Q_OBJECT

private:
    HttpFixtureServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    RdapClient::Options options(const QString& base = QString()) const
    {
        RdapClient::Options o;
        o.bootstrapBase = QUrl(base.isEmpty() ? rdap::bootstrapBase(m_server) : base);
        o.timeoutMs = 5000;
        return o;
    }

    static Result<RdapAbuseContact> wait(AbuseContactLookup& lookup, const QString& host,
                                         const QString& ip)
    {
        std::optional<Result<RdapAbuseContact>> answer;
        QObject context;
        lookup.lookup(host, ip, &context, [&](const Result<RdapAbuseContact>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
            return Error{QStringLiteral("no answer")};
        return *answer;
    }

    // A domain answer whose abuse contact sits in the registrar entity (ICANN style).
    static QJsonObject registrarDomain(const QString& name, const QString& abuse)
    {
        auto card = [](const QString& fn, const QString& email) {
            QJsonArray props{
                QJsonArray{QStringLiteral("version"), QJsonObject(), QStringLiteral("text"),
                           QStringLiteral("4.0")},
                QJsonArray{QStringLiteral("fn"), QJsonObject(), QStringLiteral("text"), fn}};
            if (!email.isEmpty())
                props.append(QJsonArray{QStringLiteral("email"), QJsonObject(),
                                        QStringLiteral("text"), email});
            return QJsonArray{QStringLiteral("vcard"), props};
        };
        QJsonObject abuseEntity{
            {QStringLiteral("objectClassName"), QStringLiteral("entity")},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("abuse")}},
            {QStringLiteral("vcardArray"), card(QStringLiteral("Abuse"), abuse)}};
        QJsonObject registrar{
            {QStringLiteral("objectClassName"), QStringLiteral("entity")},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("registrar")}},
            {QStringLiteral("vcardArray"), card(QStringLiteral("Registrar Example SE"), QString())},
            {QStringLiteral("entities"), QJsonArray{abuseEntity}}};
        return {{QStringLiteral("objectClassName"), QStringLiteral("domain")},
                {QStringLiteral("ldhName"), name},
                {QStringLiteral("entities"), QJsonArray{registrar}}};
    }

    test::CliRun cli(const QStringList& args) { return test::runCli(args, m_dir); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        rdap::serveStandardRegistry(m_server, {}, {QStringLiteral("198.51.100.20")});
        m_server.setRoute(QStringLiteral("/rdap/domain/kiebitz.example"),
                          registrarDomain(QStringLiteral("kiebitz.example"),
                                          QStringLiteral("abuse@kiebitz.example")));
        m_server.setRoute(
            QStringLiteral("/rdap/domain/silent.example"),
            QJsonObject{{QStringLiteral("objectClassName"), QStringLiteral("domain")},
                        {QStringLiteral("ldhName"), QStringLiteral("silent.example")}});
    }

    void domainThenParentDomain()
    {
        RdapClient client(&m_network, options());
        AbuseContactLookup lookup(&client);
        const Result<RdapAbuseContact> r =
            wait(lookup, QStringLiteral("webmail.kiebitz.example"), QString());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->email, QStringLiteral("abuse@kiebitz.example"));
        QCOMPARE(r->objectName, QStringLiteral("kiebitz.example"));
        QCOMPARE(r->holderRole, QStringLiteral("registrar"));
        QCOMPARE(r->holderName, QStringLiteral("Registrar Example SE"));
        QVERIFY(
            m_server.requests().contains(QStringLiteral("/rdap/domain/webmail.kiebitz.example")));
        QVERIFY(m_server.requests().contains(QStringLiteral("/rdap/domain/kiebitz.example")));
        // Asked again: from the cache, nothing reaches the server.
        const qsizetype asked = m_server.requests().size();
        const Result<RdapAbuseContact> again =
            wait(lookup, QStringLiteral("webmail.kiebitz.example"), QString());
        QVERIFY(again.ok());
        QCOMPARE(again->email, QStringLiteral("abuse@kiebitz.example"));
        QCOMPARE(m_server.requests().size(), asked);
    }

    void unknownDomainThenTheServersAddress()
    {
        RdapClient client(&m_network, options());
        AbuseContactLookup lookup(&client);
        const Result<RdapAbuseContact> r =
            wait(lookup, QStringLiteral("mx.nowhere.example"), QStringLiteral("198.51.100.20"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->email, QStringLiteral("abuse@hoster.example"));
        QCOMPARE(r->objectName, QStringLiteral("198.51.100.0 - 198.51.100.255"));
        QVERIFY(r->sourceUrl.endsWith(QStringLiteral("/rdap/ip/198.51.100.20")));
    }

    void noAbuseContactIsSaid()
    {
        RdapClient client(&m_network, options());
        AbuseContactLookup lookup(&client);
        Result<RdapAbuseContact> r = wait(lookup, QStringLiteral("silent.example"), QString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(AbuseContactLookup::NoAbuseContact));
        QVERIFY2(r.error().message.contains(QStringLiteral("silent.example")),
                 qPrintable(r.error().message));
        r = wait(lookup, QStringLiteral("mail.unregistered.example"), QString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(AbuseContactLookup::NoAbuseContact));
        r = wait(lookup, QString(), QString());
        QCOMPARE(r.error().code, int(AbuseContactLookup::NothingToLookUp));
    }

    void noAnswerIsAFailure()
    {
        // Nothing listens on this port: the bootstrap cannot be fetched.
        HttpFixtureServer gone;
        QVERIFY(gone.start());
        const QString base = rdap::bootstrapBase(gone);
        gone.stop();
        RdapClient client(&m_network, options(base));
        AbuseContactLookup lookup(&client);
        const Result<RdapAbuseContact> r =
            wait(lookup, QStringLiteral("webmail.kiebitz.example"), QString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(AbuseContactLookup::LookupFailed));
        QVERIFY2(r.error().message.contains(QStringLiteral("webmail.kiebitz.example")),
                 qPrintable(r.error().message));
    }

    void cliRespondUsesTheLookup()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString profile = corpusFile(QStringLiteral("operator.json"));
        CliRun r =
            cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                 profile, corpusFile(QStringLiteral("001-larkspur-squirrelmail-inline.eml"))});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QString id =
            QString::number(QJsonDocument::fromJson(r.out.trimmed().split('\n').first())
                                .object()
                                .value(QStringLiteral("id"))
                                .toInteger());
        const QStringList common{QStringLiteral("respond"),      id,
                                 QStringLiteral("--db"),         db,
                                 QStringLiteral("--profile"),    profile,
                                 QStringLiteral("--template"),   QStringLiteral("webmail-spam"),
                                 QStringLiteral("--rdap-base"),  rdap::bootstrapBase(m_server),
                                 QStringLiteral("--rdap-cache"), QStringLiteral("none")};
        // mail.kiebitz.example is in no provider table: RDAP names kiebitz.example's.
        r = cli(common + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("\r\nTo: abuse@kiebitz.example\r\n"), r.out.left(600).constData());
        QVERIFY2(r.err.contains("RDAP"), r.err.constData());
        // --no-lookup: no recipient, as before.
        r = cli(common + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--no-lookup")});
        QVERIFY(!r.out.contains("To: abuse@kiebitz.example"));
        // --to wins without asking.
        r = cli(common + QStringList{QStringLiteral("--to"), QStringLiteral("abuse@own.example")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("\r\nTo: abuse@own.example\r\n"));
        QVERIFY(!r.err.contains("RDAP"));
    }
};

QTEST_GUILESS_MAIN(AbuseLookupTest)
#include "AbuseLookupTest.moc"
