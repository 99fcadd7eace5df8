#include "TestPaths.h"

#include "mail/MailParser.h"
#include "respond/MailAddress.h"
#include "respond/MessageWriter.h"

#include <QFile>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

// The message a response becomes: encoded headers, quoted-printable text, and the
// notices attached as message/rfc822, byte for byte.
class MessageWriterTest : public QObject
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
        d.from = QStringLiteral("Jana Holzapfel <abuse@nordlicht-mix.example>");
        d.to = {QStringLiteral("abuse@example.net")};
        d.cc = {QStringLiteral("Rheinwelle SRT <srt+448213@larkspur-hosting.example>")};
        d.subject = QStringLiteral("Spam über Ihr Webmail-Konto grüße@example.net [LH-SRT-448213]");
        d.body = QStringLiteral("Sehr geehrte Damen und Herren,\n\nbitte löschen Sie das Konto.\n"
                                ".\nEine Zeile mit Leerzeichen am Ende   \n");
        return d;
    }

    // The content of the n-th MIME part of a multipart message: between the header's
    // blank line and the CRLF before the next delimiter.
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

private slots:
    void addressesParse()
    {
        const auto list = MailAddress::parseList(
            QStringLiteral("\"Doe, Jane\" <jane@example.org>; abuse@example.net, Bob <b@x.test>"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].name, QStringLiteral("Doe, Jane"));
        QCOMPARE(list[0].address, QStringLiteral("jane@example.org"));
        QCOMPARE(list[1].address, QStringLiteral("abuse@example.net"));
        QVERIFY(list[2].isValid());
        QVERIFY(!MailAddress::parse(QStringLiteral("not an address")).isValid());
        QVERIFY(!MailAddress::parse(QStringLiteral("a@b")).isValid());
    }

    void headersAreAsciiWithEncodedWords()
    {
        const QByteArray subject = MessageWriter::encodeHeaderText(draft().subject, 9);
        QVERIFY(subject.startsWith("=?utf-8?B?"));
        for (const QByteArray& line : subject.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        for (char c : subject)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        // Plain ASCII stays readable, folded at spaces.
        const QString longAscii = QStringLiteral("word ").repeated(30).trimmed();
        const QByteArray folded = MessageWriter::encodeHeaderText(longAscii, 9);
        QVERIFY(folded.contains("\r\n "));
        QCOMPARE(QByteArray(folded).replace("\r\n ", " "), longAscii.toLatin1());
    }

    void quotedPrintableRoundTrips()
    {
        const QString text = QStringLiteral("Grüße = 100%% \nx") + QString(200, u'ä') +
                             QStringLiteral("\ntrailing space ");
        const QByteArray qp = MessageWriter::quotedPrintable(text);
        for (const QByteArray& line : qp.split('\n'))
            QVERIFY(line.size() <= 77);
        QVERIFY(qp.contains("=3D"));
        QVERIFY(qp.contains("space=20\r\n"));
        // Parse it back as a message.
        const QByteArray msg = "Content-Type: text/plain; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
                               qp;
        QCOMPARE(MailParser::parse(msg).bodyText().trimmed(), text.trimmed());
    }

    void noticeAttachedByteForByte_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("crlf") << QStringLiteral("022-council-crlf-httpsa.eml");
        QTest::newRow("lf") << QStringLiteral("001-larkspur-squirrelmail-inline.eml");
        QTest::newRow("bare-lf") << QStringLiteral("028-bare-lf-spamschutz.eml");
        QTest::newRow("latin1") << QStringLiteral("012-forum-belaestigung-latin1.eml");
    }

    void noticeAttachedByteForByte()
    {
        QFETCH(QString, file);
        const QByteArray raw = corpus(file);
        QVERIFY(!raw.isEmpty());
        const QDateTime date(QDate(2026, 12, 5), QTime(8, 1, 2), Qt::UTC);
        const auto message =
            MessageWriter::write(draft(), {{raw, QStringLiteral("notice-7.eml")}}, date,
                                 QStringLiteral("<abc@nordlicht-mix.example>"));
        QVERIFY2(message.ok(), qPrintable(message.ok() ? QString() : message.error().message));
        QCOMPARE(message->envelopeFrom, QStringLiteral("abuse@nordlicht-mix.example"));
        QCOMPARE(message->recipients,
                 (QStringList{QStringLiteral("abuse@example.net"),
                              QStringLiteral("srt+448213@larkspur-hosting.example")}));
        const QByteArray& out = message->raw;
        QVERIFY(out.contains("Date: Sat, 05 Dec 2026 08:01:02 +0000\r\n"));
        QVERIFY(out.contains("Message-ID: <abc@nordlicht-mix.example>\r\n"));
        QVERIFY(out.contains("Content-Type: message/rfc822\r\n"));
        // Every line ends in CRLF; the headers are ASCII.
        QVERIFY(!QByteArray(out).replace("\r\n", "").contains('\n'));
        const QByteArray headers = out.left(out.indexOf("\r\n\r\n"));
        for (char c : headers)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        // The attachment is the notice itself (line ends made CRLF, as SMTP carries it).
        QCOMPARE(partContent(out, 1), MessageWriter::withCrlf(raw));
        // A notice stored with CRLF line ends (as IMAP delivers) goes out unchanged.
        if (file.contains(QLatin1String("-crlf-")))
            QCOMPARE(partContent(out, 1), raw);
        // A mail parser reads it back: subject, text, one attached message.
        const ParsedMail parsed = MailParser::parse(out);
        QCOMPARE(parsed.header(u"Subject"), draft().subject);
        QCOMPARE(parsed.header(u"Cc"),
                 QStringLiteral("Rheinwelle SRT <srt+448213@larkspur-hosting.example>"));
        QVERIFY(parsed.bodyText().contains(QStringLiteral("bitte löschen Sie das Konto")));
        QCOMPARE(parsed.attachedMessages.size(), 1);
        // The same draft, date and id give the same bytes but for the boundary.
        const auto again =
            MessageWriter::write(draft(), {{raw, QStringLiteral("notice-7.eml")}}, date,
                                 QStringLiteral("<abc@nordlicht-mix.example>"));
        QCOMPARE(partContent(again->raw, 1), partContent(out, 1));
    }

    void refusesBadAddresses()
    {
        ResponseDraft d = draft();
        d.to = {QStringLiteral("abuse at example.net")};
        QVERIFY(
            !MessageWriter::write(d, {}, QDateTime::currentDateTimeUtc(), QStringLiteral("<x@y>"))
                 .ok());
        d.to.clear();
        QVERIFY(
            !MessageWriter::write(d, {}, QDateTime::currentDateTimeUtc(), QStringLiteral("<x@y>"))
                 .ok());
        d = draft();
        d.from = QStringLiteral("nobody");
        QVERIFY(
            !MessageWriter::write(d, {}, QDateTime::currentDateTimeUtc(), QStringLiteral("<x@y>"))
                 .ok());
    }

    void messageIdUsesTheSenderDomain()
    {
        const QString id =
            MessageWriter::newMessageId(QStringLiteral("abuse@nordlicht-mix.example"));
        QVERIFY(id.startsWith(u'<'));
        QVERIFY(id.endsWith(QStringLiteral("@nordlicht-mix.example>")));
        QVERIFY(id != MessageWriter::newMessageId(QStringLiteral("abuse@nordlicht-mix.example")));
    }
};

QTEST_GUILESS_MAIN(MessageWriterTest)
#include "MessageWriterTest.moc"
