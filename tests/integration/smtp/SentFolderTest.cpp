#include "CliRun.h"
#include "DovecotServer.h"
#include "SmtpFixtureServer.h"
#include "TestPaths.h"

#include "imap/ImapSession.h"
#include "imap/SentFolderWriter.h"
#include "respond/MessageWriter.h"
#include "smtp/SmtpSender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

// A copy of each sent response in the IMAP Sent folder, against a real dovecot and
// the aiosmtpd fixture on 127.0.0.1: the exact bytes that went out, flagged \Seen, in
// the folder the server marks \Sent; through the CLI too, where a failed copy warns
// and is journalled while the send stands.
class SentFolderTest : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    QTemporaryDir m_dir;

    ImapAccount imapAccount() const
    {
        ImapAccount a;
        a.name = QStringLiteral("desk");
        a.host = QStringLiteral("127.0.0.1");
        a.port = m_dovecot.imapPort();
        a.security = ImapSecurity::Plain;
        a.user = m_dovecot.user();
        return a;
    }

    // The messages of `folder`, as IMAP hands them out.
    QList<RemoteMessage> messagesIn(const QString& folder)
    {
        ImapSession session(imapAccount(), m_dovecot.password());
        if (!session.connect() || !session.select(folder))
            return {};
        auto infos = session.listFrom(1);
        if (!infos)
            return {};
        QList<quint32> uids;
        for (const RemoteMessageInfo& i : *infos)
            uids << i.uid;
        auto messages = session.fetch(uids);
        return messages ? *messages : QList<RemoteMessage>{};
    }

    test::CliRun cli(const QStringList& args) { return test::runCli(args, m_dir); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        // "Gesendet" carries \Sent (SPECIAL-USE); "Sent" is only a name.
        QVERIFY(m_dovecot.createFolder(QStringLiteral("Sent")));
        QVERIFY(m_dovecot.createFolder(QStringLiteral("Gesendet")));
    }

    void theSentFolderIsFoundBySpecialUse()
    {
        ImapSession session(imapAccount(), m_dovecot.password());
        QVERIFY(session.connect().ok());
        const auto boxes = session.listMailboxes();
        QVERIFY2(boxes.ok(), qPrintable(boxes.ok() ? QString() : boxes.error().message));
        QStringList names;
        for (const RemoteMailbox& b : *boxes)
            names << b.name;
        QVERIFY2(names.contains(QStringLiteral("INBOX")) &&
                     names.contains(QStringLiteral("Sent")) &&
                     names.contains(QStringLiteral("Gesendet")),
                 qPrintable(names.join(u',')));
        QCOMPARE(SentFolderWriter::pickSentFolder(*boxes), QStringLiteral("Gesendet"));
        // Without SPECIAL-USE, the name.
        QCOMPARE(SentFolderWriter::pickSentFolder(
                     {{QStringLiteral("INBOX"), {}}, {QStringLiteral("INBOX.Sent"), {}}}),
                 QStringLiteral("INBOX.Sent"));
        QVERIFY(SentFolderWriter::pickSentFolder({{QStringLiteral("INBOX"), {}}}).isEmpty());
    }

    void sentBytesLandInTheSentFolderSeen()
    {
        SmtpFixtureServer smtp;
        QVERIFY(smtp.start(SmtpFixtureServer::Mode::Plain));
        SmtpAccount account;
        account.host = QStringLiteral("127.0.0.1");
        account.port = smtp.port();
        account.security = SmtpSecurity::Plain;
        account.from = QStringLiteral("abuse@nordlicht-mix.example");
        ResponseDraft d;
        d.templateName = QStringLiteral("webmail-spam");
        d.language = QStringLiteral("de");
        d.from = QStringLiteral("Jana Holzapfel <abuse@nordlicht-mix.example>");
        d.to = {QStringLiteral("abuse@kiebitz.example")};
        d.subject = QStringLiteral("Spam über Ihr Webmail-Konto [SD-2026-004471]");
        d.body = QStringLiteral("Grüße\n.\n");
        const QByteArray notice = "From: a@b.example\r\nSubject: x\r\n\r\n\xe4 8-bit body\r\n";
        const auto message = MessageWriter::write(
            d, {{notice, QStringLiteral("notice-1.eml")}}, QDateTime::currentDateTimeUtc(),
            QStringLiteral("<sent-copy-1@nordlicht-mix.example>"));
        QVERIFY(message.ok());
        SmtpSender sender(account, QString());
        QVERIFY(sender.send({message->envelopeFrom, message->recipients, message->raw}).ok());
        QTRY_COMPARE(smtp.messages().size(), 1);

        const Result<QString> folder =
            SentFolderWriter(imapAccount(), m_dovecot.password()).append(message->raw);
        QVERIFY2(folder.ok(), qPrintable(folder.ok() ? QString() : folder.error().message));
        QCOMPARE(*folder, QStringLiteral("Gesendet"));
        const QList<RemoteMessage> stored = messagesIn(QStringLiteral("Gesendet"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().raw, message->raw);
        QCOMPARE(stored.first().raw, smtp.messages().first().raw);
        QCOMPARE(m_dovecot.countWithFlag(QStringLiteral("Gesendet"), QLatin1Char('S')), 1);
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("Sent")), 0);

        // A folder named in the settings wins; a missing one is a clear error.
        QVERIFY(SentFolderWriter(imapAccount(), m_dovecot.password())
                    .append(message->raw, QStringLiteral("Sent"))
                    .ok());
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("Sent")), 1);
        const Result<QString> missing = SentFolderWriter(imapAccount(), m_dovecot.password())
                                            .append(message->raw, QStringLiteral("Nowhere"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("Nowhere")),
                 qPrintable(missing.error().message));
        // A wrong password: the login fails, nothing stored.
        const Result<QString> refused =
            SentFolderWriter(imapAccount(), QStringLiteral("wrong")).append(message->raw);
        QVERIFY(!refused.ok());
        QCOMPARE(imapError(refused.error()), ImapError::AuthenticationFailed);
    }

    void cliSendKeepsACopyAndSurvivesAFailedOne()
    {
        const QString before = QString::number(m_dovecot.messageCount(QStringLiteral("Gesendet")));
        SmtpFixtureServer smtp;
        QVERIFY(smtp.start(SmtpFixtureServer::Mode::Plain));
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString profile = corpusFile(QStringLiteral("operator.json"));
        CliRun r = cli(
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("desk"),
             QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(m_dovecot.imapPort()), QStringLiteral("--security"),
             QStringLiteral("plain"), QStringLiteral("--user"), m_dovecot.user(),
             QStringLiteral("--password-command"), QStringLiteral("echo ") + m_dovecot.password()});
        QVERIFY2(r.code == 0, r.err.constData());
        // An account that does not exist is refused.
        r = cli({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QString::number(smtp.port()), QStringLiteral("--security"),
                 QStringLiteral("plain"), QStringLiteral("--from"),
                 QStringLiteral("abuse@nordlicht-mix.example"), QStringLiteral("--append-to-sent"),
                 QStringLiteral("nosuch")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("nosuch"));
        r = cli({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QString::number(smtp.port()), QStringLiteral("--security"),
                 QStringLiteral("plain"), QStringLiteral("--from"),
                 QStringLiteral("abuse@nordlicht-mix.example"), QStringLiteral("--append-to-sent"),
                 QStringLiteral("desk")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("smtp"), QStringLiteral("show")});
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("appendToSent")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("sentAccount")).toString(), QStringLiteral("desk"));

        r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                 profile, corpusFile(QStringLiteral("001-larkspur-squirrelmail-inline.eml"))});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        const QString id =
            QString::number(QJsonDocument::fromJson(r.out.trimmed().split('\n').first())
                                .object()
                                .value(QStringLiteral("id"))
                                .toInteger());
        const QStringList send{
            QStringLiteral("respond"),    id,
            QStringLiteral("--db"),       db,
            QStringLiteral("--profile"),  profile,
            QStringLiteral("--template"), QStringLiteral("webmail-spam"),
            QStringLiteral("--to"),       QStringLiteral("abuse@kiebitz.example"),
            QStringLiteral("--send")};
        r = cli(send);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Gesendet"), r.out.constData());
        QTRY_COMPARE(smtp.messages().size(), 1);
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("Gesendet")), before.toInt() + 1);
        const QList<RemoteMessage> stored = messagesIn(QStringLiteral("Gesendet"));
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.last().raw, smtp.messages().first().raw);

        // A folder that does not exist: sent all the same, warned and journalled.
        r = cli({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--sent-folder"),
                 QStringLiteral("Nowhere")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(send);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("warning"), r.err.constData());
        QVERIFY(r.out.contains("Sent response"));
        QTRY_COMPARE(smtp.messages().size(), 2);
        {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(db);
            QVERIFY(check.open());
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM notice_events WHERE kind = 'sent-copy-failed'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM notice_events WHERE kind = 'mail-sent'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // --no-append-to-sent: no copy attempted.
        r = cli(
            {QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--no-append-to-sent")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(send);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.err.contains("warning"));
    }
};

QTEST_GUILESS_MAIN(SentFolderTest)
#include "SentFolderTest.moc"
