#include "mail/MailParser.h"
#include "TestPaths.h"
#include "mail/ParseProblem.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

#include <atomic>
#include <thread>
#include <vector>

using namespace mixdesk;
using namespace Qt::StringLiterals;

namespace {

// Test messages are written with \n; crlf() turns them into wire format.
QByteArray crlf(QByteArray s)
{
    return s.replace("\n", "\r\n");
}

// Marks every text of one context, so a test sees what went through translation.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char* context) : m_context(context) {}
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return u"<"_s + QString::fromUtf8(sourceText) + u">"_s;
    }

private:
    const char* m_context;
};

// Everything parsing yields, as text: two results are the same when this is.
QString describe(const ParsedMail& mail)
{
    QString out;
    const auto headers = [&out](const QList<MailHeader>& list) {
        for (const MailHeader& h : list)
            out += h.name + u':' + h.value + u'|' + h.rawValue + u'\n';
    };
    headers(mail.headers);
    for (const MailPart& p : mail.parts) {
        out += u"part "_s + p.contentType + u'|' + p.charset + u'|' + p.fileName + u'|' +
               QString::number(p.isAttachment) + u'|' + QString::number(p.attachedMessageIndex) +
               u'|' + QString::fromLatin1(p.body.toHex()) + u'|' + p.text + u'\n';
        headers(p.headers);
    }
    for (const ParsedMail& attached : mail.attachedMessages)
        out += u"attached {\n"_s + describe(attached) + u"}\n"_s;
    out += mail.problems.join(u'\n');
    return out;
}

} // namespace

class MailParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryCorpusNotice();
    void keepsRawAndDecodedHeaders();
    void unfoldsHeadersWithMixedLineEnds();
    void decodesRfc2047Subjects_data();
    void decodesRfc2047Subjects();
    void rawEightBitHeaders();
    void quotedPrintableSoftBreaks();
    void base64Latin1();
    void windows1252AndUnknownCharsets();
    void htmlOnlyAlternative();
    void prefersPlainInAlternative();
    void emptyPlainFallsBackToHtml();
    void nestedRfc822TwoLevels();
    void headerLineWithoutColon();
    void mimeFieldsAmongManyOthers();
    void identityBodiesAreExact();
    void bareLfInsideCrlf();
    void emptyInput();
    void binaryJunk();
    void overlongLines();
    void attachmentFlagsAndFileNames();
    void largeAttachmentIsFast();
    void formatFlowedIsJoined();
    void hostileNestingStaysFast();
    void parsesConcurrently();
    void problemsAreTranslatedByTheirTemplate();
    void directlyParsedMailsParseAsWithVmime_data();
    void directlyParsedMailsParseAsWithVmime();
    void directParseIsTakenForCleanMultiparts();
};

void MailParserTest::parsesEveryCorpusNotice()
{
    const QDir dir(test::corpusDir());
    const QStringList files = dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 30);
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ParsedMail mail = MailParser::parse(f.readAll());
        QVERIFY2(!mail.header(u"From").isEmpty(), qPrintable(name));
        QVERIFY2(!mail.header(u"Subject").isEmpty(), qPrintable(name));
        QVERIFY2(!mail.bodyText().trimmed().isEmpty(), qPrintable(name));
        QVERIFY2(!mail.parts.isEmpty(), qPrintable(name));
    }
}

void MailParserTest::keepsRawAndDecodedHeaders()
{
    const ParsedMail mail =
        MailParser::parse("Received: from a.example (a.example [192.0.2.1])\n"
                          "\tby b.example with ESMTP; Mon, 5 Jan 2026 10:00:00 +0100\n"
                          "From: =?UTF-8?Q?J=C3=BCrgen?= <j@example.org>\n"
                          "Subject: plain\n"
                          "\n"
                          "body\n");
    const auto received = mail.headersNamed(u"received");
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].name, u"Received"_s);
    QCOMPARE(
        received[0].rawValue,
        u"from a.example (a.example [192.0.2.1])\tby b.example with ESMTP; Mon, 5 Jan 2026 10:00:00 +0100"_s);
    const auto from = mail.headersNamed(u"From");
    QCOMPARE(from[0].rawValue, u"=?UTF-8?Q?J=C3=BCrgen?= <j@example.org>"_s);
    QCOMPARE(from[0].value, u"Jürgen <j@example.org>"_s);
    QVERIFY(mail.hasHeader(u"SUBJECT"));
    QVERIFY(!mail.hasHeader(u"Date"));
    QCOMPARE(mail.bodyText(), u"body\n"_s);
    QVERIFY(mail.problems.isEmpty());
}

void MailParserTest::unfoldsHeadersWithMixedLineEnds()
{
    const ParsedMail mail =
        MailParser::parse("Subject: one\r\n two\n\tthree\r\nFrom: x@example.org\n\r\nbody");
    QCOMPARE(mail.header(u"Subject"), u"one two\tthree"_s);
    QCOMPARE(mail.header(u"From"), u"x@example.org"_s);
    QCOMPARE(mail.bodyText(), u"body"_s);
}

void MailParserTest::decodesRfc2047Subjects_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("q utf8") << QByteArray("=?utf-8?q?Beschwerde_=C3=BCber_Spam?=")
                            << u"Beschwerde über Spam"_s;
    QTest::newRow("b latin1") << QByteArray("=?ISO-8859-1?B?R3LcbmU=?=") << u"GrÜne"_s;
    QTest::newRow("adjacent words") << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=") << u"ab"_s;
    QTest::newRow("mixed") << QByteArray("Re: =?iso-8859-1?q?Vorladung_M=FCller?= [Az. 1]")
                           << u"Re: Vorladung Müller [Az. 1]"_s;
    QTest::newRow("folded") << QByteArray("=?utf-8?q?Stra=C3=9Fe?=\n =?utf-8?q?_5?=")
                            << u"Straße 5"_s;
    QTest::newRow("windows-1252") << QByteArray("=?windows-1252?q?=93quoted=94?=") << u"“quoted”"_s;
    QTest::newRow("unknown charset") << QByteArray("=?x-bogus?q?abc?=") << u"abc"_s;
}

void MailParserTest::decodesRfc2047Subjects()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    const ParsedMail mail = MailParser::parse("From: a@example.org\nSubject: " + raw + "\n\nx\n");
    QCOMPARE(mail.header(u"Subject"), expected);
}

void MailParserTest::rawEightBitHeaders()
{
    const ParsedMail mail = MailParser::parse("From: M\xfcller <m@example.org>\n"
                                              "Subject: Gr\xc3\xbc\xc3\x9f"
                                              "e\n\nx\n");
    QCOMPARE(mail.header(u"From"), u"Müller <m@example.org>"_s);
    QCOMPARE(mail.header(u"Subject"), u"Grüße"_s);
}

void MailParserTest::quotedPrintableSoftBreaks()
{
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: qp\nMIME-Version: 1.0\n"
                          "Content-Type: text/plain; charset=utf-8\n"
                          "Content-Transfer-Encoding: quoted-printable\n\n"
                          "Received: from host.example (host.example [192.0.2.5]) by mx.exam=\n"
                          "ple with ESMTP; Stra=C3=9Fe =3D ok\n");
    QCOMPARE(mail.parts.size(), 1);
    QCOMPARE(
        mail.bodyText(),
        u"Received: from host.example (host.example [192.0.2.5]) by mx.example with ESMTP; Straße = ok\n"_s);
}

void MailParserTest::base64Latin1()
{
    const QByteArray latin1 =
        QString(u"Sehr geehrte Damen und Herren, wir übermitteln Ihnen ... Grüße"_s).toLatin1();
    const ParsedMail mail =
        MailParser::parse(crlf("From: a@example.org\nSubject: b64\nMIME-Version: 1.0\n"
                               "Content-Type: text/plain; charset=\"ISO-8859-1\"\n"
                               "Content-Transfer-Encoding: base64\n\n") +
                          latin1.toBase64() + "\r\n");
    QCOMPARE(mail.parts[0].charset, u"iso-8859-1"_s);
    QCOMPARE(mail.parts[0].body, latin1);
    QCOMPARE(mail.bodyText(), u"Sehr geehrte Damen und Herren, wir übermitteln Ihnen ... Grüße"_s);
}

void MailParserTest::windows1252AndUnknownCharsets()
{
    ParsedMail mail = MailParser::parse(
        "From: a@example.org\nSubject: s\n"
        "Content-Type: text/plain; charset=windows-1252\n\n\x93quoted\x94 \x80\n");
    QCOMPARE(mail.bodyText(), u"“quoted” €\n"_s);
    mail = MailParser::parse("From: a@example.org\nSubject: s\n"
                             "Content-Type: text/plain; charset=x-unknown\n\nGr\xc3\xbc\xc3\x9f"
                             "e\n");
    QCOMPARE(mail.bodyText(), u"Grüße\n"_s);
    mail = MailParser::parse("From: a@example.org\nSubject: s\n"
                             "Content-Type: text/plain; charset=x-unknown\n\nGr\xfc\xdf"
                             "e\n");
    QCOMPARE(mail.bodyText(), u"Grüße\n"_s);
    // Declared UTF-8 but really Latin-1: salvaged, and reported.
    mail = MailParser::parse("From: a@example.org\nSubject: s\n"
                             "Content-Type: text/plain; charset=utf-8\n\nGr\xfc\xdf"
                             "e\n");
    QCOMPARE(mail.bodyText(), u"Grüße\n"_s);
    QVERIFY(!mail.problems.isEmpty());
}

void MailParserTest::htmlOnlyAlternative()
{
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: html\nMIME-Version: 1.0\n"
                          "Content-Type: multipart/alternative; boundary=\"b1\"\n\n"
                          "--b1\nContent-Type: text/html; charset=utf-8\n\n"
                          "<html><head><style>p{color:red}</style><title>t</title></head><body>"
                          "<p>Dear abuse team,</p><p>we saw   attacks from<br>203.0.113.77 &amp; "
                          "more &lt;here&gt; &#228;&#xE4;&nbsp;x</p>"
                          "<script>var a = 1;</script><div>Regards</div></body></html>\n"
                          "--b1--\n");
    QCOMPARE(mail.parts.size(), 1);
    QCOMPARE(mail.parts[0].contentType, u"text/html"_s);
    QCOMPARE(
        mail.bodyText(),
        u"Dear abuse team,\n\nwe saw attacks from\n203.0.113.77 & more <here> ää x\n\nRegards"_s);
}

void MailParserTest::prefersPlainInAlternative()
{
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: alt\nMIME-Version: 1.0\n"
                          "Content-Type: multipart/alternative; boundary=b1\n\n"
                          "--b1\nContent-Type: text/plain\n\nplain text\n"
                          "--b1\nContent-Type: text/html\n\n<p>html text</p>\n"
                          "--b1--\n");
    QCOMPARE(mail.parts.size(), 2);
    QCOMPARE(mail.bodyText(), u"plain text"_s);
}

void MailParserTest::emptyPlainFallsBackToHtml()
{
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: alt\nMIME-Version: 1.0\n"
                          "Content-Type: multipart/alternative; boundary=b1\n\n"
                          "--b1\nContent-Type: text/plain\n\n \n"
                          "--b1\nContent-Type: text/html\n\n<p>html text</p>\n"
                          "--b1--\n");
    QCOMPARE(mail.bodyText(), u"html text"_s);
    const ParsedMail single =
        MailParser::parse("From: a@example.org\nSubject: s\nContent-Type: text/plain\n"
                          "Content-Disposition: attachment; filename=notice.txt\n\nthe notice\n");
    QVERIFY(single.parts.first().isAttachment);
    QCOMPARE(single.bodyText(), u"the notice\n"_s);
}

void MailParserTest::nestedRfc822TwoLevels()
{
    const QByteArray innermost = "From: spammer@example.net\nSubject: Cheap pills\n"
                                 "Received: from [203.0.113.77] by webmail.example.net with HTTP; "
                                 "Mon, 5 Jan 2026 10:00:00 +0000\n\nBuy now\n";
    const QByteArray middle =
        "From: victim@example.com\nSubject: Fwd: Cheap pills\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=inner\n\n"
        "--inner\nContent-Type: text/plain\n\nI got this spam.\n"
        "--inner\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n" +
        innermost + "--inner--\n";
    const QByteArray outer =
        crlf("From: abuse@example.com\nSubject: Fwd: Fwd: Cheap pills\nMIME-Version: 1.0\n"
             "Content-Type: multipart/mixed; boundary=outer\n\n"
             "--outer\nContent-Type: text/plain; charset=utf-8\n\nPlease look into this.\n"
             "--outer\nContent-Type: message/rfc822\n\n" +
             middle + "--outer--\n");
    const ParsedMail mail = MailParser::parse(outer);
    QCOMPARE(mail.bodyText(), u"Please look into this."_s);
    QCOMPARE(mail.parts.size(), 2);
    QCOMPARE(mail.parts[1].contentType, u"message/rfc822"_s);
    QVERIFY(mail.parts[1].text.contains(u"Subject: Fwd: Cheap pills"));
    QCOMPARE(mail.attachedMessages.size(), 1);
    QCOMPARE(mail.parts[1].attachedMessageIndex, 0);
    QCOMPARE(mail.parts[0].attachedMessageIndex, -1);
    const ParsedMail& fwd = mail.attachedMessages[0];
    QCOMPARE(fwd.header(u"Subject"), u"Fwd: Cheap pills"_s);
    QCOMPARE(fwd.bodyText(), u"I got this spam."_s);
    QCOMPARE(fwd.attachedMessages.size(), 1);
    const ParsedMail& spam = fwd.attachedMessages[0];
    QCOMPARE(spam.header(u"From"), u"spammer@example.net"_s);
    QCOMPARE(spam.headersNamed(u"Received").size(), 1);
    QCOMPARE(spam.bodyText(), u"Buy now"_s);
}

void MailParserTest::headerLineWithoutColon()
{
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: s\nSender IP of this form 192.0.2.250\n"
                          "Content-Type: text/plain; charset=UTF-8\n\nGr\xc3\xbc\xc3\x9f"
                          "e\n");
    QCOMPARE(mail.headers.size(), 3);
    QCOMPARE(mail.headers[2].name, u"Content-Type"_s);
    QCOMPARE(mail.problems.size(), 1);
    QVERIFY(mail.problems[0].contains(u"without colon"));
    QCOMPARE(mail.bodyText(), u"Grüße\n"_s);
}

// vmime only sees the MIME fields (see mimeSkeleton): folded ones, ones after long
// Received chains and an mbox line, and the parts' own headers must still count.
void MailParserTest::mimeFieldsAmongManyOthers()
{
    const QByteArray raw = crlf("From abuse@example.com Mon Jan  5 10:00:00 2026\n"
                                "Received: from mx.example.com (mx.example.com [192.0.2.10])\n"
                                "\tby mail.example.org; Mon, 5 Jan 2026 10:00:00 +0000\n"
                                "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=sel;\n"
                                "\th=Content-Type:From; bh=abc=; b=def=\n"
                                "From: abuse@example.com\nSubject: Report\nMIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed;\n"
                                "\tboundary=\"folded-boundary\"\n"
                                "X-Content-Note: not a MIME field\n\n"
                                "preamble\n"
                                "--folded-boundary\nContent-Type: text/plain; charset=iso-8859-1\n"
                                "Content-Transfer-Encoding: base64\nX-Part-Note: kept\n\n"
                                "R3L832U=\n"
                                "--folded-boundary--\n");
    const ParsedMail mail = MailParser::parse(raw);
    QCOMPARE(mail.headersNamed(u"Received").size(), 1);
    QCOMPARE(mail.header(u"Subject"), u"Report"_s);
    QCOMPARE(mail.parts.size(), 1);
    QCOMPARE(mail.parts[0].charset, u"iso-8859-1"_s);
    QCOMPARE(mail.bodyText(), u"Grüße"_s);
    QStringList partHeaderNames;
    for (const MailHeader& h : mail.parts[0].headers)
        partHeaderNames << h.name;
    QCOMPARE(partHeaderNames,
             (QStringList{u"Content-Type"_s, u"Content-Transfer-Encoding"_s, u"X-Part-Note"_s}));
}

// Bodies without a transfer encoding are sliced from the input: exactly the bytes
// between a part's header and the line break before the next boundary.
void MailParserTest::identityBodiesAreExact()
{
    const QByteArray raw = "From: a@example.com\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                           "preamble\r\n"
                           "--b\r\nContent-Type: text/plain\r\n\r\nfirst\r\nline\r\n\r\n"
                           "--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: 8bit\r\n\r\nGr\xc3\xbc\xc3\x9f\r\n"
                           "--b\r\nContent-Type: message/rfc822\r\n\r\n"
                           "Subject: inner\r\n\r\ninner body\r\n"
                           "--b\r\nContent-Type: application/octet-stream\r\n"
                           "Content-Transfer-Encoding: binary\r\n\r\n\x01\x02\r\x03"
                           "\r\n--b--\r\nepilogue\r\n";
    const ParsedMail mail = MailParser::parse(raw);
    QCOMPARE(mail.parts.size(), 4);
    QCOMPARE(mail.parts[0].body, QByteArray("first\r\nline\r\n"));
    QCOMPARE(mail.parts[0].text, u"first\nline\n"_s);
    QCOMPARE(mail.parts[1].body, QByteArray("Gr\xc3\xbc\xc3\x9f"));
    QCOMPARE(mail.parts[1].text, u"Grüß"_s);
    QCOMPARE(mail.parts[2].body, QByteArray("Subject: inner\r\n\r\ninner body"));
    QCOMPARE(mail.attachedMessages.size(), 1);
    QCOMPARE(mail.attachedMessages[0].header(u"Subject"), u"inner"_s);
    QCOMPARE(mail.parts[3].body, QByteArray("\x01\x02\r\x03"));
    // A single part with LF line ends and no final line break.
    const ParsedMail single = MailParser::parse("Subject: s\n\nbody\nend");
    QCOMPARE(single.parts.size(), 1);
    QCOMPARE(single.parts[0].body, QByteArray("body\nend"));
}

void MailParserTest::bareLfInsideCrlf()
{
    const ParsedMail mail = MailParser::parse(
        "From: a@example.org\r\nSubject: mixed\r\n"
        "Received: from x.example\n by y.example; Mon, 5 Jan 2026 10:00:00 +0000\r\n"
        "\r\nline one\r\nline two\nline three\r\n");
    QCOMPARE(mail.header(u"Received"),
             u"from x.example by y.example; Mon, 5 Jan 2026 10:00:00 +0000"_s);
    QCOMPARE(mail.bodyText(), u"line one\nline two\nline three\n"_s);
}

void MailParserTest::emptyInput()
{
    const ParsedMail mail = MailParser::parse(QByteArray());
    QVERIFY(mail.headers.isEmpty());
    QVERIFY(mail.bodyText().isEmpty());
    QVERIFY(!mail.problems.isEmpty());
}

void MailParserTest::binaryJunk()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 50; ++round) {
        QByteArray junk(1 + rng.bounded(20000), Qt::Uninitialized);
        for (char& c : junk)
            c = char(rng.bounded(256));
        if (round % 2)
            junk.prepend("Content-Type: multipart/mixed; boundary=x\n\n--x\n");
        const ParsedMail mail = MailParser::parse(junk);
        Q_UNUSED(mail.bodyText());
    }
    const ParsedMail mail = MailParser::parse(QByteArray("\0\x01\x02\xff\xfe", 5));
    QVERIFY(!mail.problems.isEmpty());
}

void MailParserTest::overlongLines()
{
    const QByteArray longWord(200000, 'a');
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: " + longWord + "\n\n" + longWord + "\n");
    QCOMPARE(mail.header(u"Subject").size(), longWord.size());
    QCOMPARE(mail.bodyText().trimmed().size(), longWord.size());
}

void MailParserTest::attachmentFlagsAndFileNames()
{
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: att\nMIME-Version: 1.0\nContent-Type: "
                          "multipart/mixed; boundary=b\n\n"
                          "--b\nContent-Type: text/plain\n\nown words\n"
                          "--b\nContent-Type: text/plain; name=\"log.txt\"\nContent-Disposition: "
                          "attachment; filename=\"log.txt\"\n\nlog\n"
                          "--b\nContent-Type: application/octet-stream\nContent-Disposition: "
                          "attachment; filename*=UTF-8''%C3%BCber.bin\n"
                          "Content-Transfer-Encoding: base64\n\nAAEC\n"
                          "--b\nContent-Type: text/rfc822-headers\n\nReceived: from x by y\n"
                          "--b--\n");
    QCOMPARE(mail.parts.size(), 4);
    QVERIFY(!mail.parts[0].isAttachment);
    QVERIFY(mail.parts[1].isAttachment);
    QCOMPARE(mail.parts[1].fileName, u"log.txt"_s);
    QCOMPARE(mail.parts[2].fileName, u"über.bin"_s);
    QCOMPARE(mail.parts[2].body, QByteArray("\x00\x01\x02", 3));
    QVERIFY(mail.parts[2].text.isEmpty());
    QCOMPARE(mail.parts[3].text,
             u"Received: from x by y"_s); // the line break belongs to the boundary
    QCOMPARE(mail.parts[1].headers.size(), 2);
    QCOMPARE(mail.parts[1].headers[1].name, u"Content-Disposition"_s);
    QCOMPARE(mail.bodyText(), u"own words"_s);
}

void MailParserTest::largeAttachmentIsFast()
{
    QByteArray payload(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char& c : payload)
        c = char(rng.bounded(256));
    QByteArray b64 = payload.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        wrapped += b64.mid(i, 76) + "\r\n";
    const QByteArray raw = crlf("From: a@example.org\nSubject: big\nMIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: "
                                "text/plain\n\nsee attachment\n"
                                "--b\nContent-Type: application/zip; "
                                "name=big.zip\nContent-Transfer-Encoding: base64\n\n") +
                           wrapped + "--b--\r\n";
    QElapsedTimer timer;
    timer.start();
    const ParsedMail mail = MailParser::parse(raw);
    const qint64 ms = timer.elapsed();
    QCOMPARE(mail.parts.size(), 2);
    QCOMPARE(mail.parts[1].body, payload);
    QVERIFY(mail.parts[1].isAttachment);
    QVERIFY2(ms < 2000, qPrintable(u"took %1 ms"_s.arg(ms)));
}

void MailParserTest::formatFlowedIsJoined()
{
    const ParsedMail mail =
        MailParser::parse("From: a@example.org\nSubject: flowed\nContent-Type: text/plain; "
                          "charset=utf-8; format=flowed\n\n"
                          "Received: from host.example (host.example \n [192.0.2.5]) by "
                          "mx.example; Mon, 5 Jan \n 2026 10:00:00 +0000\n"
                          "> quoted soft \n> wrap\n\n-- \nSig\n");
    QCOMPARE(mail.bodyText(),
             u"Received: from host.example (host.example [192.0.2.5]) by mx.example; Mon, 5 Jan "
             "2026 10:00:00 +0000\n> quoted soft wrap\n\n-- \nSig\n"_s);
    const ParsedMail delSp =
        MailParser::parse("From: a@example.org\nSubject: flowed\n"
                          "Content-Type: text/plain; format=flowed; delsp=yes\n\nab \ncd\n");
    QCOMPARE(delSp.bodyText(), u"abcd\n"_s);
}

void MailParserTest::hostileNestingStaysFast()
{
    QByteArray multipart = "From: a@example.org\nSubject: deep\n";
    for (int i = 0; i < 5000; ++i) {
        const QByteArray b = "b" + QByteArray::number(i);
        multipart += "Content-Type: multipart/mixed; BOUNDARY=" + b + "\n\n--" + b + "\n";
    }
    multipart += "Content-Type: text/plain\n\nleaf\n";
    QByteArray rfc822 = "From: a@example.org\nSubject: deep\n";
    for (int i = 0; i < 5000; ++i)
        rfc822 += "Content-Type: message/rfc822\n\nFrom: x@example.org\nSubject: s\n";
    rfc822 += "\nleaf\n";

    QElapsedTimer timer;
    timer.start();
    const ParsedMail deep = MailParser::parse(multipart);
    QVERIFY(deep.bodyText().contains(u"leaf"));
    QVERIFY(!deep.problems.isEmpty());
    const ParsedMail nested = MailParser::parse(rfc822);
    int levels = 0;
    for (const ParsedMail* m = &nested; !m->attachedMessages.isEmpty();
         m = &m->attachedMessages.first())
        ++levels;
    QVERIFY(levels >= 1 && levels < 20);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void MailParserTest::parsesConcurrently()
{
    const QDir dir(test::corpusDir());
    QList<QByteArray> raws;
    for (const QString& name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        raws.append(f.readAll());
    }
    QList<QString> expected;
    for (const QByteArray& raw : std::as_const(raws))
        expected.append(MailParser::parse(raw).bodyText());
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    // Enough rounds to catch vmime reading the local charset with setlocale() from two
    // threads at once, which corrupted the heap in one of a few imports.
    constexpr int kRounds = 40;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&raws, &expected, &mismatches, kRounds] {
            for (int round = 0; round < kRounds; ++round) {
                for (qsizetype i = 0; i < raws.size(); ++i) {
                    if (MailParser::parse(raws[i]).bodyText() != expected[i])
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(MailParserTest)
#include "MailParserTest.moc"

// Single text parts skip vmime's message parsing; whatever they look like, the
// result must be vmime's.
void MailParserTest::directlyParsedMailsParseAsWithVmime_data()
{
    QTest::addColumn<QByteArray>("raw");
    const QByteArray head = "From: a@example.org\nSubject: s\n";
    QTest::newRow("no MIME fields") << crlf(head + "\nplain body\n");
    QTest::newRow("bare LF") << head + "\nplain body\n";
    QTest::newRow("quoted-printable latin1")
        << crlf(head + "Content-Type: text/plain; charset=\"ISO-8859-1\"\n"
                       "Content-Transfer-Encoding: quoted-printable\n\nGr=FC=DFe, soft=\nbreak\n");
    QTest::newRow("html base64") << crlf(head + "Content-Type: TEXT/HTML; charset=utf-8\n"
                                                "Content-Transfer-Encoding: Base64\n\n"
                                                "PHA+SGVsbG8gPGI+d29ybGQ8L2I+PC9wPg==\n");
    QTest::newRow("damaged base64") << crlf(head + "Content-Transfer-Encoding: base64\n\n"
                                                   "SGVsbG8*gd29y!bGQ=\n=====\n");
    QTest::newRow("unknown encoding")
        << crlf(head + "Content-Transfer-Encoding: x-uuencode\n\nbegin 644 a\n");
    QTest::newRow("encoding with comment")
        << crlf(head + "Content-Transfer-Encoding: 7bit (plain)\n\nbody\n");
    QTest::newRow("RFC 2231 file name, attachment")
        << crlf(head + "Content-Type: text/plain; name*=utf-8''B%C3%BCro.txt\n"
                       "Content-Disposition: attachment; filename*=utf-8''B%C3%BCro.txt\n\nx\n");
    QTest::newRow("folded parameters")
        << crlf(head + "Content-Type: text/plain;\n\tcharset=\"windows-1252\";\n format=flowed; "
                       "delsp=yes\n\nline one \nline two\n\x80\n");
    QTest::newRow("two content types") << crlf(head + "Content-Type: text/html\n"
                                                      "Content-Type: text/plain\n\n<b>which</b>\n");
    QTest::newRow("invalid UTF-8")
        << crlf(head + "Content-Type: text/plain; charset=utf-8\n\nbad \xff\xfe bytes\n");
    QTest::newRow("type without subtype") << crlf(head + "Content-Type: text\n\nbody\n");
    QTest::newRow("header only") << crlf(head);
    QTest::newRow("header line without colon")
        << crlf(head + "this is no field\nContent-Type: text/plain\n\nbody\n");
    QTest::newRow("attached message")
        << crlf(head + "Content-Type: message/rfc822\n\nFrom: b@example.org\n\ninner\n");
    QTest::newRow("blank-only header line")
        << crlf(head + "Content-Type: text/html\n \t\nContent-Transfer-Encoding: base64\n\n"
                       "PGI+eDwvYj4=\n");

    // Multiparts: each row is a structure MultipartSplitter reads, or one it must leave
    // to vmime; both ways the result must be vmime's.
    const auto multipart = [&head](const QByteArray& type, const QByteArray& body) -> QByteArray {
        return head + "MIME-Version: 1.0\nContent-Type: " + type + "\n\n" + body;
    };
    const QByteArray mixed = "multipart/mixed; boundary=\"=_b1\"";
    const QByteArray report = "--=_b1\nContent-Type: text/plain; charset=utf-8\n\nReport text\n"
                              "--=_b1\nContent-Type: message/rfc822\nContent-Disposition: "
                              "attachment; filename=\"spam.eml\"\n\nReceived: from x.example "
                              "([192.0.2.1])\n\tby y.example with ESMTP; Mon, 5 Jan 2026 10:00:00 "
                              "+0100\nFrom: s@example.org\nSubject: buy\n\nspam body\n"
                              "--=_b1--\n";
    QTest::newRow("mixed with attached message") << crlf(multipart(mixed, report));
    QTest::newRow("mixed, bare LF") << multipart(mixed, report);
    QTest::newRow("preamble and epilogue")
        << crlf(multipart(mixed, "This is a multi-part message.\n\n" + report + "epilogue\n"));
    QTest::newRow("nested alternative")
        << crlf(multipart(mixed, "--=_b1\nContent-Type: multipart/alternative; boundary=b2\n\n"
                                 "--b2\nContent-Type: text/plain\n\nplain\n--b2\n"
                                 "Content-Type: text/html; charset=iso-8859-1\n"
                                 "Content-Transfer-Encoding: quoted-printable\n\n<p>Gr=FC=DFe</p>\n"
                                 "--b2--\n--=_b1\nContent-Type: application/pdf; name=a.pdf\n"
                                 "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--=_b1--\n"));
    QTest::newRow("digest parts default to messages")
        << crlf(multipart("multipart/digest; boundary=d", "--d\n\nFrom: a@example.org\n\none\n"
                                                          "--d\n\nFrom: b@example.org\n\ntwo\n"
                                                          "--d--\n"));
    QTest::newRow("report with headers part")
        << crlf(multipart("multipart/report; report-type=feedback-report;\n\tboundary=\"r r\"",
                          "--r r\nContent-Type: text/plain\n\nfeedback\n--r r\n"
                          "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n"
                          "--r r\nContent-Type: text/rfc822-headers\n\nReceived: from a\n"
                          "--r r--"));
    QTest::newRow("part without header fields")
        << crlf(multipart(mixed, "--=_b1\n\nno fields here\n--=_b1--\n"));
    QTest::newRow("part of header fields only")
        << crlf(multipart(mixed, "--=_b1\nContent-Type: text/plain\n--=_b1\n\nx\n--=_b1--\n"));
    QTest::newRow("boundary inside text and as a prefix")
        << crlf(multipart(mixed, "--=_b1\n\nsee --=_b1 here\n--=_b1x is no delimiter\n"
                                 "--=_b1--\n"));
    QTest::newRow("missing close delimiter")
        << crlf(multipart(mixed, "--=_b1\n\none\n--=_b1\n\ntwo\n"));
    QTest::newRow("padding after the boundary")
        << crlf(multipart(mixed, "--=_b1 \n\none\n--=_b1\t\n\ntwo\n--=_b1--\n"));
    QTest::newRow("padding before the boundary")
        << crlf(multipart(mixed, "-- =_b1\n\none\n--=_b1\n\ntwo\n--=_b1--\n"));
    QTest::newRow("single dash after the boundary")
        << crlf(multipart(mixed, "--=_b1\n\none\n--=_b1-\n\ntwo\n--=_b1--\n"));
    QTest::newRow("bare CR after the boundary")
        << multipart(mixed, "--=_b1\r\n\none\n--=_b1\rx\n\ntwo\n--=_b1--\n");
    QTest::newRow("two delimiters in a row")
        << crlf(multipart(mixed, "--=_b1\n--=_b1\n\ntwo\n--=_b1--\n"));
    QTest::newRow("close delimiter only") << crlf(multipart(mixed, "--=_b1--\n"));
    QTest::newRow("no boundary parameter")
        << crlf(multipart("multipart/mixed", "--guess\n\none\n--guess--\n"));
    QTest::newRow("repeated field in a part")
        << crlf(multipart(mixed, "--=_b1\nContent-Type: text/html\nContent-Type: text/plain\n\n"
                                 "<b>x</b>\n--=_b1--\n"));
    QTest::newRow("blank-only line in a part header")
        << crlf(multipart(mixed, "--=_b1\n \t\nContent-Type: text/html\n\n<b>x</b>\n--=_b1--\n"));
    QTest::newRow("damaged base64 part")
        << crlf(multipart(mixed, "--=_b1\nContent-Transfer-Encoding: base64\n\nSGV*sbG8=\n"
                                 "--=_b1--\n"));
    QTest::newRow("type without subtype")
        << crlf(multipart("multipart; boundary=\"=_b1\"", "--=_b1\n\none\n--=_b1--\n"));
    const QDir dir(test::corpusDir());
    for (const QString& name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << f.readAll();
    }
}

void MailParserTest::directlyParsedMailsParseAsWithVmime()
{
    QFETCH(QByteArray, raw);
    QCOMPARE(describe(MailParser::parse(raw)), describe(MailParser::parseWithVmimeOnly(raw)));
}

// The direct parse must not give up on the structures it exists for: reports with an
// attached message, alternatives nested in a mixed multipart, single text parts.
void MailParserTest::directParseIsTakenForCleanMultiparts()
{
    QByteArray body;
    for (int i = 0; i < 3; ++i) {
        body += "--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
                "--inner\r\nContent-Type: text/plain\r\n\r\nplain\r\n--inner\r\n"
                "Content-Type: text/html\r\n\r\n<p>html</p>\r\n--inner--\r\n";
    }
    const QByteArray raw = "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=outer"
                           "\r\n\r\n" +
                           body + "--outer--\r\n";
    QVERIFY(MailParser::readsDirectly(raw));
    QCOMPARE(MailParser::parse(raw).parts.size(), 6);
    QVERIFY(MailParser::readsDirectly("Subject: s\n\nplain\n"));
    QVERIFY(!MailParser::readsDirectly("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n"));

    const QDir dir(test::corpusDir());
    int direct = 0;
    int multiparts = 0;
    for (const QString& name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray notice = f.readAll();
        const bool isMultipart = MailParser::parse(notice).parts.size() > 1;
        multiparts += isMultipart;
        direct += isMultipart && MailParser::readsDirectly(notice);
    }
    // A few corpus multiparts are broken on purpose; the others are read directly.
    QVERIFY2(direct * 4 >= multiparts * 3, qPrintable(u"%1 of %2"_s.arg(direct).arg(multiparts)));
}

// Problems are stored as English text; the display finds each one's template again,
// translates it and puts the same arguments back in.
void MailParserTest::problemsAreTranslatedByTheirTemplate()
{
    const QString broken =
        MailParser::parse("Subject: x\r\nno colon here\r\n\r\nbody").problems.value(0);
    QCOMPARE(broken, u"header line without colon: no colon here"_s);
    QCOMPARE(ParseProblem::translated(broken), broken); // no translator loaded

    MarkingTranslator marking("ParseProblem");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QCOMPARE(ParseProblem::translated(broken), u"<header line without colon: no colon here>"_s);
    QCOMPARE(ParseProblem::translated(ParseProblem::text(ParseProblem::kInvalidInCharset,
                                                         {u"text/plain"_s, u"utf-8"_s})),
             u"<part text/plain is not valid in charset \"utf-8\">"_s);
    QCOMPARE(ParseProblem::translated(
                 ParseProblem::text(ParseProblem::kStructureUnreadableBecause, {u"bad"_s})),
             u"<MIME structure unreadable: bad>"_s);
    QCOMPARE(ParseProblem::translated(ParseProblem::text(ParseProblem::kStructureUnreadable)),
             u"<MIME structure unreadable>"_s);
    QCOMPARE(ParseProblem::translated(u"something else entirely"_s), u"something else entirely"_s);
    QVERIFY(QCoreApplication::removeTranslator(&marking));
}
