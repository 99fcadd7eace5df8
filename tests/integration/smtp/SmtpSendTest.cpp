#include "DovecotServer.h"
#include "SmtpFixtureServer.h"
#include "StoreTestKit.h"
#include "TestPaths.h"

#include "analysis/NoticeAnalyzer.h"
#include "mail/MailParser.h"
#include "respond/MessageWriter.h"
#include "respond/ResponseDispatcher.h"
#include "respond/SqlResponseStore.h"
#include "smtp/SmtpSender.h"

#include <QFile>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

// Sending responses over SMTP to a real server (aiosmtpd) on 127.0.0.1: the exact
// bytes arrive, STARTTLS and SMTPS with AUTH, and refusals and dropped connections
// come back as clear errors with the draft kept and nothing recorded as sent.
class SmtpSendTest : public QObject
{
    Q_OBJECT

    static QByteArray corpus(const QString& name)
    {
        QFile f(corpusFile(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static ResponseDraft draft()
    {
        ResponseDraft d;
        d.templateName = QStringLiteral("webmail-spam");
        d.language = QStringLiteral("de");
        d.from = QStringLiteral("Jana Holzapfel <abuse@nordlicht-mix.example>");
        d.to = {QStringLiteral("abuse@example.net")};
        d.cc = {QStringLiteral("Südwest SRT <srt@larkspur-hosting.example>")};
        d.subject = QStringLiteral("Spam über Ihr Webmail-Konto kessler.lettings [SD-2026-004471]");
        d.body = QStringLiteral("Sehr geehrte Damen und Herren,\n.\n..zwei Punkte\nGrüße\n");
        return d;
    }

    static SmtpAccount account(const SmtpFixtureServer& server, SmtpSecurity security)
    {
        SmtpAccount a;
        a.host = QStringLiteral("127.0.0.1");
        a.port = server.port();
        a.security = security;
        a.from = QStringLiteral("abuse@nordlicht-mix.example");
        if (security != SmtpSecurity::Plain) {
            a.user = server.user();
            a.trustedFingerprintSha256 = server.certificateSha256();
        }
        return a;
    }

    static QByteArray partContent(const QByteArray& raw, int n)
    {
        const qsizetype b = raw.indexOf("boundary=\"") + 10;
        const QByteArray boundary = "\r\n--" + raw.mid(b, raw.indexOf('"', b) - b);
        qsizetype pos = 0;
        for (int i = 0; i <= n; ++i)
            pos = raw.indexOf(boundary, pos) + boundary.size();
        const qsizetype start = raw.indexOf("\r\n\r\n", pos) + 4;
        return raw.mid(start, raw.indexOf(boundary, start) - start);
    }

    static GeneratedMessage message(const QByteArray& notice)
    {
        return *MessageWriter::write(draft(), {{notice, QStringLiteral("notice-1.eml")}},
                                     QDateTime::currentDateTimeUtc(),
                                     QStringLiteral("<t1@nordlicht-mix.example>"));
    }

    static OutgoingMail outgoing(const GeneratedMessage& m)
    {
        return {m.envelopeFrom, m.recipients, m.raw};
    }

private slots:
    void plainDeliversTheExactMessage()
    {
        SmtpFixtureServer server;
        QVERIFY2(server.start(SmtpFixtureServer::Mode::Plain), qPrintable(server.errorString()));
        const QByteArray notice = corpus(QStringLiteral("022-council-crlf-httpsa.eml"));
        const GeneratedMessage m = message(notice);
        SmtpSender sender(account(server, SmtpSecurity::Plain), QString());
        const Status sent = sender.send(outgoing(m));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        const auto received = server.messages();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].mailFrom, QStringLiteral("abuse@nordlicht-mix.example"));
        QCOMPARE(received[0].recipients,
                 (QStringList{QStringLiteral("abuse@example.net"),
                              QStringLiteral("srt@larkspur-hosting.example")}));
        // Byte for byte what was generated (the server advertises SMTPUTF8: nothing
        // was rewritten), the German subject as RFC 2047 encoded words.
        QCOMPARE(received[0].raw, m.raw);
        QVERIFY(received[0].raw.contains("Subject: =?utf-8?B?"));
        const ParsedMail parsed = MailParser::parse(received[0].raw);
        QCOMPARE(parsed.header(u"Subject"), draft().subject);
        QVERIFY(parsed.bodyText().contains(QStringLiteral("\n..zwei Punkte\n")));
        // The attachment is the stored notice, byte-identical.
        QCOMPARE(partContent(received[0].raw, 1), notice);
        QCOMPARE(parsed.attachedMessages.size(), 1);
    }

    void startTlsWithAuth()
    {
        SmtpFixtureServer server;
        QVERIFY2(server.start(SmtpFixtureServer::Mode::StartTls), qPrintable(server.errorString()));
        const GeneratedMessage m =
            message(corpus(QStringLiteral("001-larkspur-squirrelmail-inline.eml")));
        SmtpSender sender(account(server, SmtpSecurity::StartTls), server.password());
        const Status sent = sender.send(outgoing(m));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        const auto received = server.messages();
        QCOMPARE(received.size(), 1);
        QVERIFY(received[0].tls);
        QVERIFY(received[0].authenticated);
        QCOMPARE(received[0].raw, m.raw);
    }

    void smtpsWithAuth()
    {
        SmtpFixtureServer server;
        QVERIFY2(server.start(SmtpFixtureServer::Mode::Smtps), qPrintable(server.errorString()));
        const GeneratedMessage m =
            message(corpus(QStringLiteral("001-larkspur-squirrelmail-inline.eml")));
        SmtpSender sender(account(server, SmtpSecurity::Smtps), server.password());
        const Status sent = sender.send(outgoing(m));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages()[0].raw, m.raw);
    }

    void untrustedCertificateAndWrongPassword()
    {
        SmtpFixtureServer server;
        QVERIFY2(server.start(SmtpFixtureServer::Mode::StartTls), qPrintable(server.errorString()));
        const GeneratedMessage m = message("Subject: x\r\n\r\nx\r\n");
        SmtpAccount unpinned = account(server, SmtpSecurity::StartTls);
        unpinned.trustedFingerprintSha256.clear();
        const Status untrusted = SmtpSender(unpinned, server.password()).send(outgoing(m));
        QVERIFY(!untrusted.ok());
        QCOMPARE(smtpError(untrusted.error()), SmtpError::UntrustedCertificate);
        QVERIFY(untrusted.error().message.contains(server.certificateSha256()));
        const Status wrong =
            SmtpSender(account(server, SmtpSecurity::StartTls), QStringLiteral("wrong"))
                .send(outgoing(m));
        QVERIFY(!wrong.ok());
        QCOMPARE(smtpError(wrong.error()), SmtpError::AuthenticationFailed);
        QVERIFY(server.messages().isEmpty());
    }

    void refusedRecipientSendsNothing()
    {
        SmtpFixtureServer server;
        QVERIFY2(server.start(SmtpFixtureServer::Mode::Reject), qPrintable(server.errorString()));
        GeneratedMessage m = message("Subject: x\r\n\r\nx\r\n");
        m.recipients << QStringLiteral("refused@example.net");
        const Status sent =
            SmtpSender(account(server, SmtpSecurity::Plain), QString()).send(outgoing(m));
        QVERIFY(!sent.ok());
        QCOMPARE(smtpError(sent.error()), SmtpError::RecipientRefused);
        QVERIFY2(sent.error().message.contains(QStringLiteral("550")),
                 qPrintable(sent.error().message));
        QVERIFY(server.messages().isEmpty());
    }

    void droppedConnectionIsAnError()
    {
        SmtpFixtureServer server;
        QVERIFY2(server.start(SmtpFixtureServer::Mode::Drop), qPrintable(server.errorString()));
        const GeneratedMessage m =
            message(corpus(QStringLiteral("001-larkspur-squirrelmail-inline.eml")));
        const Status sent =
            SmtpSender(account(server, SmtpSecurity::Plain), QString(), 10).send(outgoing(m));
        QVERIFY(!sent.ok());
        QCOMPARE(smtpError(sent.error()), SmtpError::ConnectionLost);
        QVERIFY(server.messages().isEmpty());
    }

    void noServerIsAConnectionError()
    {
        SmtpAccount a;
        a.host = QStringLiteral("127.0.0.1");
        a.port = freeLocalPort();
        a.security = SmtpSecurity::Plain;
        a.from = QStringLiteral("abuse@nordlicht-mix.example");
        const Status sent =
            SmtpSender(a, QString(), 5).send(outgoing(message("Subject: x\r\n\r\nx\r\n")));
        QVERIFY(!sent.ok());
        QCOMPARE(smtpError(sent.error()), SmtpError::ConnectionFailed);
    }

    // The whole response: a stored notice forwarded, the response recorded as sent,
    // the notice forwarded and journalled; a refusal keeps the draft and records nothing.
    void dispatcherRecordsOnlyWhatWasSent()
    {
        auto profile = OperatorProfile::loadFile(corpusFile(QStringLiteral("operator.json")));
        QVERIFY(profile.ok());
        TestDesk desk(Backend::Sqlite);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open(QStringLiteral("Jana"));
        const QByteArray raw = corpus(QStringLiteral("001-larkspur-squirrelmail-inline.eml"));
        const auto added = store->add({testNotice(raw)}, {NoticeAnalyzer(*profile).analyze(raw)});
        QVERIFY(added.ok());
        const qint64 noticeId = added->first().id;
        SqlResponseStore responses(store->db());
        ResponseDispatcher dispatcher(responses, store->inbox(), store->journal());

        SmtpFixtureServer refusing;
        QVERIFY(refusing.start(SmtpFixtureServer::Mode::Reject));
        ResponseDraft d = draft();
        d.noticeIds = {noticeId};
        d.cc = {QStringLiteral("refused-isp@example.net")};
        const qint64 id = responses.saveDraft(d)->id;
        SmtpSender refusingSender(account(refusing, SmtpSecurity::Plain), QString());
        const auto failed = dispatcher.send(id, refusingSender);
        QVERIFY(!failed.ok());
        QCOMPARE(smtpError(failed.error()), SmtpError::RecipientRefused);
        QCOMPARE(responses.outbox()->size(), 1);
        QCOMPARE(responses.find(id)->attempts, 1);
        QVERIFY(responses.find(id)->lastError.contains(QStringLiteral("550")));
        const auto before = store->journal().events(noticeId);
        QVERIFY(before.ok());
        for (const NoticeEvent& e : *before)
            QVERIFY(e.kind != QLatin1String("mail-sent"));
        QCOMPARE(store->inbox().summaries({noticeId})->first().status, NoticeStatus::New);

        // The operator fixes the copy address and retries against a server that takes it.
        SmtpFixtureServer server;
        QVERIFY(server.start(SmtpFixtureServer::Mode::Plain));
        ResponseDraft fixed = *responses.find(id);
        fixed.cc = {QStringLiteral("srt@larkspur-hosting.example")};
        QVERIFY(responses.saveDraft(fixed).ok());
        SmtpSender sender(account(server, SmtpSecurity::Plain), QString());
        const auto sent = dispatcher.send(id, sender);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        QCOMPARE(sent->state, ResponseState::Sent);
        QVERIFY(sent->messageId.endsWith(QStringLiteral("@nordlicht-mix.example>")));
        QVERIFY(responses.outbox()->isEmpty());
        const auto received = server.messages();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].raw, *responses.sentRaw(id));
        QCOMPARE(partContent(received[0].raw, 1), MessageWriter::withCrlf(raw));
        QCOMPARE(store->inbox().summaries({noticeId})->first().status, NoticeStatus::Forwarded);
        bool journalled = false;
        const auto after = store->journal().events(noticeId);
        QVERIFY(after.ok());
        for (const NoticeEvent& e : *after)
            if (e.kind == QLatin1String("mail-sent")) {
                journalled = true;
                QVERIFY(e.detail.contains(QStringLiteral("abuse@example.net")));
                QVERIFY(e.detail.contains(sent->messageId));
                QCOMPARE(e.user, QStringLiteral("Jana"));
            }
        QVERIFY(journalled);
        // Sent is final.
        QVERIFY(!dispatcher.send(id, sender).ok());
        QCOMPARE(server.messages().size(), 1);
    }
};

QTEST_GUILESS_MAIN(SmtpSendTest)
#include "SmtpSendTest.moc"
