#include "analysis/NoticeAnalyzer.h"
#include "analysis/TextAddressFinder.h"
#include "analysis/TextTimeFinder.h"
#include "analysis/offending/HeaderBlockScanner.h"
#include "util/LineEnds.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// Unit tests of the analyzer's pieces on strings: header blocks in text (quoted,
// indented, re-wrapped), ARF, X-ARF, misdirected notices, IPv6 spellings, times in
// prose, and malformed input.
class NoticeAnalyzerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scansQuotedBlock();
    void scansIndentedBlock();
    void joinsRewrappedContinuation();
    void lineTestsAgreeWithTheirExpressions();
    void normalisesLineEnds();
    void utcIsoWritesWhatQtWrites();
    void ignoresProseColons();
    void findsAddresses();
    void findsTimes_data();
    void findsTimes();
    void findsTimesAcrossLongText();
    void readsStatedZone();
    void inlineQuotedHorde();
    void arfReport();
    void xarfReport();
    void misdirectedNeighbour();
    void exitNamedOnlyByHostName();
    void ipv6Spellings();
    void xarfJsonAndDefanged();
    void operatorAutoReplyIgnored();
    void nestedOperatorQuoteIgnored();
    void rewrappedQuotedChain();
    void providerStatesAccount();
    void authenticatedSubmissionIsNotWebmail();
    void originatingHeaderOnly();
    void earliestOfSeveralMessages();
    void malformedInput_data();
    void malformedInput();
    void randomJunkIsFast();
};

namespace {

OperatorProfile profile()
{
    OperatorProfile p;
    p.name = u"Test Operator"_s;
    p.organisation = u"Exit Test e.V."_s;
    p.email = u"abuse@exit-test.example"_s;
    ExitNode a;
    a.name = u"exit1"_s;
    a.addresses = {u"198.51.100.23"_s};
    a.hostname = u"exit1.exit-test.example"_s;
    ExitNode b;
    b.name = u"exit2"_s;
    b.addresses = {u"203.0.113.77"_s, u"2001:db8:4::77"_s};
    b.hostname = u"EXIT2.exit-test.example."_s; // case and a final dot do not matter
    p.exits = {a, b};
    return p;
}

Analysis analyze(const QString& message)
{
    return NoticeAnalyzer(profile()).analyze(message.toUtf8());
}

const QString kNoticeHead = uR"(From: Abuse Desk <abuse@isp.example>
To: abuse@exit-test.example
Subject: Complaint
Date: Sat, 28 Feb 2026 15:40:00 +0000
Message-ID: <n1@isp.example>
MIME-Version: 1.0
)"_s;

} // namespace

void NoticeAnalyzerTest::scansQuotedBlock()
{
    const QString text = uR"(Hello,
> > Received: from mx.victim.example ([192.0.2.20])
> >         by store.victim.example with LMTP; Tue, 6 Jan 2026 14:03:20 +0100
> > Received: from 203.0.113.77
> >         (SquirrelMail authenticated user medium)
> >         by mail.sender.example with HTTP;
> >         Tue, 6 Jan 2026 14:03:11 +0100
> > From: someone@sender.example
>
> Thanks)"_s;
    const auto blocks = HeaderBlockScanner::scan(text);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks[0].quoteDepth, 2);
    QCOMPARE(blocks[0].values(u"Received").size(), 2);
    QCOMPARE(blocks[0].values(u"Received").at(1),
             u"from 203.0.113.77 (SquirrelMail authenticated user medium) by mail.sender.example "
             "with HTTP; Tue, 6 Jan 2026 14:03:11 +0100"_s);
    QCOMPARE(blocks[0].header(u"From"), u"someone@sender.example"_s);
}

void NoticeAnalyzerTest::scansIndentedBlock()
{
    const QString text = u"Headers:\r\n\r\n    Received: from a.example ([192.0.2.1])\r\n"
                         "        by b.example with ESMTP; Tue, 6 Jan 2026 14:03:20 +0100\r\n"
                         "    Subject: hi\r\n\r\nBye"_s;
    const auto blocks = HeaderBlockScanner::scan(text);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(
        blocks[0].header(u"Received"),
        u"from a.example ([192.0.2.1]) by b.example with ESMTP; Tue, 6 Jan 2026 14:03:20 +0100"_s);
    QCOMPARE(blocks[0].header(u"Subject"), u"hi"_s);
}

void NoticeAnalyzerTest::joinsRewrappedContinuation()
{
    // A mail client re-wrapped the pasted header: the continuation lost its indentation.
    const QString text = u"Received: from webmail.example (webmail.example [192.0.2.61]) by\n"
                         "smtp.example (Postfix) with ESMTPSA id 4C2D;\n"
                         "Mon, 12 Jan 2026 09:41:08 +0100\n"
                         "Message-ID: <x@example>\n"_s;
    const auto blocks = HeaderBlockScanner::scan(text);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks[0].header(u"Received"),
             u"from webmail.example (webmail.example [192.0.2.61]) by smtp.example (Postfix) with "
             "ESMTPSA id 4C2D; Mon, 12 Jan 2026 09:41:08 +0100"_s);
    QCOMPARE(blocks[0].header(u"Message-ID"), u"<x@example>"_s);
}

// The hand-written line tests accept exactly what the expressions they replace did.
void NoticeAnalyzerTest::lineTestsAgreeWithTheirExpressions()
{
    const QRegularExpression header(u"^[A-Za-z][A-Za-z0-9_-]{0,62}:(?:[ \\t]|$)"_s);
    const QRegularExpression separator(u"^(?:[-=*_#~]{2,}|\\[[^\\]\\d]*\\]$|\\[ )"_s);
    const QString alphabet = u"aZ09_-: \t[]=*#~x>\u00e9"_s;
    QRandomGenerator rng(20261125);
    QStringList lines{u"Received: x"_s,
                      u"Received:"_s,
                      u"X-Y:z"_s,
                      u"[ hit ]"_s,
                      u"[hit]"_s,
                      u"[hit 2]"_s,
                      u"--"_s,
                      u"-"_s,
                      u"["_s,
                      u"[]"_s,
                      QString(63, u'a') + u": v"_s,
                      QString(64, u'a') + u": v"_s};
    for (int i = 0; i < 20000; ++i) {
        QString line;
        const int length = int(rng.bounded(12));
        for (int k = 0; k < length; ++k)
            line += alphabet[int(rng.bounded(int(alphabet.size())))];
        lines << line;
    }
    for (const QString& line : std::as_const(lines)) {
        QCOMPARE(HeaderBlockScanner::isHeaderLine(line), header.match(line).hasMatch());
        QCOMPARE(HeaderBlockScanner::isSeparator(line),
                 !line.isEmpty() && separator.match(line).hasMatch());
    }
}

// utcIso() formats by hand: the same text as Qt's ISO format in UTC, for times in any
// zone, before and after the epoch, with milliseconds, and out of the 4-digit years.
void NoticeAnalyzerTest::utcIsoWritesWhatQtWrites()
{
    QCOMPARE(utcIso(QDateTime()), QString());
    const QList<QTimeZone> zones{QTimeZone::utc(), QTimeZone(3600 * 5 + 1800),
                                 QTimeZone(-3600 * 11), QTimeZone("Europe/Berlin"),
                                 QTimeZone("America/New_York")};
    QRandomGenerator rng(2026);
    for (int i = 0; i < 20000; ++i) {
        // Years 1 to 9999, and a few beyond.
        const qint64 msecs = qint64(rng.bounded(-62300000000000LL, 253500000000000LL));
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(msecs, zones[int(rng.bounded(int(zones.size())))]);
        QCOMPARE(utcIso(t), t.toUTC().toString(Qt::ISODate));
    }
    for (const qint64 msecs :
         {0LL, -1LL, -999LL, -1000LL, -1001LL, 951782400000LL, 1767225599999LL}) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
        QCOMPARE(utcIso(t), t.toUTC().toString(Qt::ISODate));
    }
}

void NoticeAnalyzerTest::normalisesLineEnds()
{
    QCOMPARE(normalizedLineEnds(u"ab\r\ncd\ref\n\r\n\r"_s), u"ab\ncd\nef\n\n\n"_s);
    QCOMPARE(normalizedLineEnds(QString()), QString());
    const QString plain = QString::fromLatin1("no carriage return\n");
    QVERIFY(normalizedLineEnds(plain).isSharedWith(plain)); // not copied
}

void NoticeAnalyzerTest::ignoresProseColons()
{
    const QString text = u"Note: this is prose.\nhttp://x.example/a: not a header\n\nRegards"_s;
    QCOMPARE(HeaderBlockScanner::scan(text).size(), 0);
}

void NoticeAnalyzerTest::findsAddresses()
{
    const auto found = TextAddressFinder::find(
        u"from [IPv6:2001:DB8:4:0:0:0:0:77]:50122 at 04:11:09, then 198.51.100.230 and "
        "192.0.2.1; not 1.2.3.4.5 nor 999.1.1.1; mapped ::ffff:192.0.2.140"_s);
    QStringList addresses;
    for (const AddressMention& m : found)
        addresses.append(m.address);
    QCOMPARE(addresses, (QStringList{u"2001:db8:4::77"_s, u"198.51.100.230"_s, u"192.0.2.1"_s,
                                     u"192.0.2.140"_s}));
}

void NoticeAnalyzerTest::findsTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone"); // default zone id, empty: UTC
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("precise");
    QTest::newRow("iso utc") << u"First hit: 2026-01-28 05:02:41 UTC"_s << QString()
                             << u"2026-01-28T05:02:41Z"_s << true;
    QTest::newRow("iso offset") << u"Date: 2026-01-26T20:02:13+01:00"_s << QString()
                                << u"2026-01-26T19:02:13Z"_s << true;
    QTest::newRow("german mez") << u"am 28.02.2026 um\n02:14:51 Uhr (MEZ) von"_s << QString()
                                << u"2026-02-28T01:14:51Z"_s << true;
    QTest::newRow("german mesz") << u"06.07.2026 um 14:03 Uhr MESZ"_s << QString()
                                 << u"2026-07-06T12:03:00Z"_s << false;
    QTest::newRow("german default zone") << u"Am 08.02.2026 19:42:17 Uhr wurde"_s
                                         << u"Europe/Berlin"_s << u"2026-02-08T18:42:17Z"_s << true;
    QTest::newRow("us 12h") << u"on 02/05/2026 12:51:33 AM PST."_s << QString()
                            << u"2026-02-05T08:51:33Z"_s << true;
    QTest::newRow("rfc2822") << u"Email from 192.0.2.140 / Tue, 27 Jan 2026 06:31:14 -0700"_s
                             << QString() << u"2026-01-27T13:31:14Z"_s << true;
    QTest::newRow("us eastern") << u"On January 15, 2026, shortly after 5:15 PM Eastern Time"_s
                                << QString() << u"2026-01-15T22:15:00Z"_s << false;
    QTest::newRow("syslog") << u"Jan 24 04:11:09 vps sshd[1]: Invalid user"_s << u"CET"_s
                            << u"2026-01-24T03:11:09Z"_s << true;
    // Reference 2026-01-20: a "Dec 31" without a year is last year's.
    QTest::newRow("syslog across new year")
        << u"Dec 31 23:41:07 srv-07 sshd[40112]: Invalid user admin"_s << u"UTC"_s
        << u"2025-12-31T23:41:07Z"_s << true;
    QTest::newRow("snort, no year")
        << u"01/14-13:05:44.881234  [**] [1:1000003:2] SSH Brute Force"_s << u"CET"_s
        << u"2026-01-14T12:05:44Z"_s << true;
    QTest::newRow("suricata fast.log")
        << u"01/17/2026-03:22:11.104233  [**] [1:2010937:3] ET SCAN"_s << u"UTC"_s
        << u"2026-01-17T03:22:11Z"_s << true;
    QTest::newRow("csv cells") << u"WV-70102;18.01.2026;23:58:41;198.51.100.23;612,00"_s
                               << u"CET"_s << u"2026-01-18T22:58:41Z"_s << true;
    QTest::newRow("weekday after on")
        << u"at 23:14:37 GMT on Saturday 17 January 2026 (reverse DNS)"_s << u"CET"_s
        << u"2026-01-17T23:14:37Z"_s << true;
    QTest::newRow("zone after a range") << u"on 2026-01-09 between 16:20:44 and 16:31:02 UTC"_s
                                        << u"CET"_s << u"2026-01-09T16:20:44Z"_s << true;
    QTest::newRow("apache") << u"192.0.2.14 - - [13/Feb/2026:03:12:44 +0100] \"POST /\""_s
                            << QString() << u"2026-02-13T02:12:44Z"_s << true;
    QTest::newRow("time first") << u"Between 18:03:27 and 18:47:10 UTC on 16 February 2026"_s
                                << QString() << u"2026-02-16T18:03:27Z"_s << true;
    QTest::newRow("label zone") << u"First seen (UTC):  2026-02-03 21:14:09"_s << u"EST"_s
                                << u"2026-02-03T21:14:09Z"_s << true;
    QTest::newRow("ctime") << u"Tue Jan  6 14:03:11 UTC 2026 sshd"_s << QString()
                           << u"2026-01-06T14:03:11Z"_s << true;
    QTest::newRow("day first") << u"on 25/01/2026 10:00:05 GMT"_s << QString()
                               << u"2026-01-25T10:00:05Z"_s << true;
    QTest::newRow("ambiguous day first")
        << u"on 06/01/2026 10:00:05 GMT"_s << u"ref"_s << u"2026-01-06T10:00:05Z"_s << true;
    QTest::newRow("eat") << u"Sat, 21 Feb 2026 07:58:44 +0300 (EAT)"_s << QString()
                         << u"2026-02-21T04:58:44Z"_s << true;
}

void NoticeAnalyzerTest::findsTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    QFETCH(bool, precise);
    TextTimeFinder::Context context;
    context.defaultYear = 2026;
    context.reference = QDateTime(QDate(2026, 1, 20), QTime(12, 0), QTimeZone::utc());
    if (zone == u"ref")
        zone.clear();
    if (!zone.isEmpty()) {
        const auto z = TextTimeFinder::zoneFromName(zone);
        context.defaultZone = z ? *z : QTimeZone(zone.toLatin1());
    }
    const QList<TextTime> times = TextTimeFinder::find(text, context);
    QVERIFY2(!times.isEmpty(), qPrintable(text));
    QCOMPARE(times.first().utc.toString(Qt::ISODate), expected);
    QCOMPARE(times.first().precise, precise);
}

void NoticeAnalyzerTest::findsTimesAcrossLongText()
{
    // The patterns run only around clock times: times far apart, a date long before its
    // time on the same line, and look-behinds at a window's start still work.
    const QString filler = QString(u"lorem ipsum 12 dolor 3.4 sit: amet "_s).repeated(40);
    const QString text = filler + u"On September 23rd, 2026, at approximately 12:34 UTC"_s +
                         filler + u"211/Feb/2026:03:12:44 +0100 and 2026-02-03 21:14:09 UTC"_s +
                         filler + u"Between 18:03:27 and 18:47:10 UTC on 16 February 2026"_s;
    TextTimeFinder::Context context;
    QStringList found;
    for (const TextTime& t : TextTimeFinder::find(text, context))
        found << t.utc.toString(Qt::ISODate);
    QCOMPARE(found, (QStringList{u"2026-09-23T12:34:00Z"_s, u"2026-02-03T21:14:09Z"_s,
                                 u"2026-02-16T18:03:27Z"_s}));
    // A date and a time kept apart by more than a paragraph of blanks are not one.
    QVERIFY(TextTimeFinder::find(u"16.02.2026"_s + QString(200, u' ') + u"18:03:27"_s, context)
                .isEmpty());
}

void NoticeAnalyzerTest::readsStatedZone()
{
    auto offset = [](const QString& text) {
        const auto zone = TextTimeFinder::statedZone(text);
        return zone ? zone->offsetFromUtc(
                          QDateTime(QDate(2026, 1, 10), QTime(12, 0), QTimeZone::utc()))
                    : -1;
    };
    QCOMPARE(offset(u"Protokoll (Uhrzeiten in MEZ):"_s), 3600);
    QCOMPARE(offset(u"(times are CET, the host runs in Central European Time)"_s), 3600);
    QCOMPARE(offset(u"Our log shows (times US Eastern (EDT)):"_s), -4 * 3600);
    QCOMPARE(offset(u"Entries (server time is UTC):"_s), 0);
    QCOMPARE(offset(u"No zone here at the time stated."_s), -1);
}

void NoticeAnalyzerTest::inlineQuotedHorde()
{
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain; charset=utf-8

The webmail session came from 198.51.100.23. Our reference: X-1.

On 9 Feb 2026, Jane <jane@isp.example> wrote:
> Received: from smtp.prov.example (smtp.prov.example [192.0.2.52])
>         by mx2.isp.example (Postfix) with ESMTPS id 7F3D
>         for <jane@isp.example>; Mon,  9 Feb 2026 17:22:08 +0000 (GMT)
> Received: from webmail.prov.example (webmail.prov.example [192.0.2.51])
>         (Authenticated sender: hain.sek)
>         by smtp.prov.example (Postfix) with ESMTPSA id 3C1A;
>         Mon,  9 Feb 2026 18:22:05 +0100 (CET)
> Received: from exit1.exit-test.example (exit1.exit-test.example
>         [198.51.100.23]) by webmail.prov.example (Horde MIME library) with
>         HTTP; Mon, 09 Feb 2026 18:22:03 +0100
> Message-ID: <20260209182203.y5jj1nq9c0k8w4og@webmail.prov.example>
> From: "Claims" <hain.sek@prov.example>
>
> Scam text.
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIp, u"198.51.100.23"_s);
    QCOMPARE(a.exitIps, QStringList{u"198.51.100.23"_s});
    QCOMPARE(a.hops().size(), 3);
    QCOMPARE(a.hops().first().fromIp, u"198.51.100.23"_s);
    QCOMPARE(a.hops().first().with, u"HTTP"_s);
    QCOMPARE(a.offendingMessages.first().whereFound, u"quoted"_s);
    QCOMPARE(a.offendingMessages.first().exitHopIndex, 0);
    QCOMPARE(a.webmailSoftware, u"horde"_s);
    QCOMPARE(a.webmailAccount, u"hain.sek"_s);
    QCOMPARE(a.mailServer, u"webmail.prov.example"_s);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-02-09T17:22:03Z"_s);
    QVERIFY(!a.evidence.isEmpty());
}

void NoticeAnalyzerTest::arfReport()
{
    const QString msg =
        kNoticeHead + uR"(Content-Type: multipart/report; report-type=feedback-report; boundary="b"

--b
Content-Type: text/plain

An abuse report for a message received from IP 203.0.113.77.

--b
Content-Type: message/feedback-report

Feedback-Type: abuse
Version: 1
Arrival-Date: Wed, 21 Jan 2026 07:44:19 -0800 (PST)
Source-IP: 203.0.113.77
Reported-Domain: deals.example

--b
Content-Type: text/rfc822-headers

Received: from WIN-7HD2K1QX (host.example [203.0.113.77])
	by mx3.fbl.example with SMTP id c41;
	Wed, 21 Jan 2026 07:44:21 -0800 (PST)
Date: Wed, 21 Jan 2026 16:44:12 +0100
From: "Deals" <offers@deals.example>
Subject: Offer

--b--
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIp, u"203.0.113.77"_s);
    QCOMPARE(a.hops().size(), 1);
    QCOMPARE(a.offendingMessages.first().whereFound, u"arf"_s);
    QCOMPARE(a.hops().first().fromHost, u"WIN-7HD2K1QX"_s);
    QVERIFY(a.webmailSoftware.isEmpty());
    QVERIFY(a.webmailAccount.isEmpty());
    // Arrival-Date is two seconds before the hop: the earliest wins, not the spam's Date:.
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-01-21T15:44:19Z"_s);
}

void NoticeAnalyzerTest::xarfReport()
{
    const QString msg = kNoticeHead + uR"(X-XARF: PLAIN
Content-Type: multipart/mixed; boundary="x"

--x
Content-Type: text/plain; charset=utf-8

Repeated failed SSH logins; log lines attached.

--x
Content-Type: text/plain; charset=utf-8; name="report.txt"

Reported-From: reports@bl.example
Category: abuse
Report-Type: login-attack
Report-ID: 5593021
Date: Sat, 24 Jan 2026 04:11:09 +0100
Source: 2001:0DB8:0004:0000:0000:0000:0000:0077
Source-Type: ipv6-address
Schema-URL: http://www.x-arf.org/schema/abuse_login-attack_0.1.2.json

--x
Content-Type: text/plain; name="logfile.log"
Content-Disposition: attachment; filename="logfile.log"

Jan 24 04:11:12 vps sshd[1]: Invalid user admin from 2001:db8:4::77 port 41822

--x--
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIp, u"2001:db8:4::77"_s);
    QCOMPARE(a.exitIps, QStringList{u"2001:db8:4::77"_s});
    QVERIFY(a.hops().isEmpty());
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-01-24T03:11:09Z"_s);
}

void NoticeAnalyzerTest::misdirectedNeighbour()
{
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

The headers say it came from 198.51.100.230.

Received: from mail.q.example (mail.q.example [192.0.2.77])
	by mx.isp.example (Postfix) with ESMTP id 1C3B
	for <o@isp.example>; Tue, 10 Feb 2026 16:20:36 +0000 (GMT)
Received: from 198.51.100.230
        (SquirrelMail authenticated user verkauf2)
        by mail.q.example with HTTP;
        Tue, 10 Feb 2026 17:20:33 +0100
From: verkauf2@q.example

Thanks
)"_s;
    const Analysis a = analyze(msg);
    QVERIFY(a.exitIp.isEmpty());
    QVERIFY(a.exitIps.isEmpty());
    QCOMPARE(a.reportedIp, u"198.51.100.230"_s);
    QCOMPARE(a.category, Category::Misdirected);
    QCOMPARE(a.webmailAccount, u"verkauf2"_s);
    QCOMPARE(a.webmailSoftware, u"squirrelmail"_s);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-02-10T16:20:33Z"_s);
}

void NoticeAnalyzerTest::exitNamedOnlyByHostName()
{
    // A hop that gives the client's name but no address.
    const QString chain = kNoticeHead + uR"(Content-Type: text/plain

Please stop this:

Received: from mail.q.example (mail.q.example [192.0.2.77])
	by mx.isp.example (Postfix) with ESMTP id 1C3B
	for <o@isp.example>; Tue, 10 Feb 2026 16:20:36 +0000 (GMT)
Received: from exit2.exit-test.example
        by mail.q.example with HTTP;
        Tue, 10 Feb 2026 17:20:33 +0100
From: verkauf2@q.example

Thanks
)"_s;
    Analysis a = analyze(chain);
    QCOMPARE(a.exitIp, u"203.0.113.77"_s);
    QCOMPARE(a.offendingMessages.size(), 1);
    const OffendingMessage& m = a.offendingMessages[0];
    QVERIFY(m.exitHopIndex >= 0);
    QCOMPARE(m.hops[m.exitHopIndex].fromHost, u"exit2.exit-test.example"_s);
    QVERIFY(std::any_of(a.evidence.cbegin(), a.evidence.cend(), [](const Evidence& e) {
        return e.field == u"exit_ip" && e.args.contains(u"exit2.exit-test.example"_s);
    }));

    // The name next to an address that is no exit: the address counts (HELO is forged).
    QString forged = chain;
    forged.replace(u"from exit2.exit-test.example\n"_s,
                   u"from exit2.exit-test.example ([192.0.2.99])\n"_s);
    a = analyze(forged);
    QVERIFY(a.exitIp.isEmpty());

    // The text alone names the exit by its name; longer names are others.
    a = analyze(kNoticeHead + u"Content-Type: text/plain\n\nYour host "
                              "Exit1.Exit-Test.example sent spam to our users.\n"_s);
    QCOMPARE(a.exitIp, u"198.51.100.23"_s);
    for (const QString& other : {u"myexit1.exit-test.example"_s, u"exit1.exit-test.example.net"_s,
                                 u"exit1.exit-test.examples"_s}) {
        a = analyze(kNoticeHead + u"Content-Type: text/plain\n\nYour host "_s + other +
                    u" sent spam.\n"_s);
        QVERIFY2(a.exitIp.isEmpty(), qPrintable(other));
    }
    // Next to an exit named by address, a name adds nothing (signatures name any exit).
    a = analyze(kNoticeHead + u"Content-Type: text/plain\n\nSpam came from 198.51.100.23.\n"
                              "See also exit2.exit-test.example.\n"_s);
    QCOMPARE(a.exitIps, QStringList{u"198.51.100.23"_s});
}

void NoticeAnalyzerTest::ipv6Spellings()
{
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

A user at IPv6 address 2001:DB8:4::77 shared a film on 02/05/2026 12:51:33 AM PST.
  <IP_Address>2001:db8:4:0:0:0:0:77</IP_Address>
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIp, u"2001:db8:4::77"_s);
    QCOMPARE(a.exitIps.size(), 1);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-02-05T08:51:33Z"_s);
}

void NoticeAnalyzerTest::xarfJsonAndDefanged()
{
    const QString msg = kNoticeHead + uR"(Content-Type: multipart/mixed; boundary="j"

--j
Content-Type: text/plain

Scanning from 203.0.113[.]77, see the attached report.

--j
Content-Type: application/json

{"Version": "4", "ReporterInfo": {"ReporterOrg": "Example CERT"},
 "Report": {"ReportClass": "Activity", "ReportType": "PortScan",
            "Date": "2026-01-26T19:02:13Z", "SourceType": "IPv4", "Source": "203.0.113.77"}}
--j--
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIp, u"203.0.113.77"_s);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-01-26T19:02:13Z"_s);
}

void NoticeAnalyzerTest::operatorAutoReplyIgnored()
{
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

Another complaint about 192.0.2.14:
192.0.2.14 - - [13/Feb/2026:03:12:44 +0100] "POST /wp-login.php HTTP/1.1" 200

On 05.02.2026 09:12, abuse@exit-test.example wrote:
> This is an automatic reply of Exit Test e.V.
> Our exits are 198.51.100.23, 203.0.113.77 and 2001:db8:4::77.
)"_s;
    const Analysis a = analyze(msg);
    QVERIFY(a.exitIps.isEmpty());
    QCOMPARE(a.reportedIp, u"192.0.2.14"_s);
    QCOMPARE(a.category, Category::Misdirected);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-02-13T02:12:44Z"_s);
}

void NoticeAnalyzerTest::nestedOperatorQuoteIgnored()
{
    // The whole complaint is quoted by a forwarder; only the operator's auto-reply
    // inside it (one level deeper) is dropped.
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

FYI, see below.

> > Another complaint about 192.0.2.14. Between 03:12:44 and
> > 03:13:06 UTC on 13 February 2026 it attacked our login page.
> >
> > Am 05.02.2026 um 09:12 schrieb abuse@exit-test.example:
> > > Dies ist eine automatische Antwort des Exit Test e.V.
> > > Unsere Ausgangsknoten: 198.51.100.23 und 203.0.113.77.
)"_s;
    const Analysis a = analyze(msg);
    QVERIFY(a.exitIps.isEmpty());
    QCOMPARE(a.reportedIp, u"192.0.2.14"_s);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-02-13T03:12:44Z"_s);
}

void NoticeAnalyzerTest::rewrappedQuotedChain()
{
    // A mail client re-wrapped the quoted header lines at 60 columns.
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

> Received: from mail.kiebitz.example (mail.kiebitz.example
> [192.0.2.25])
>         by mx02.victim.example (Postfix) with ESMTPS id
> 9B3C1C0030; Tue,  6 Jan 2026 14:03:18 +0100 (CET)
> Received: from 203.0.113.77
>         (SquirrelMail authenticated user medium)
>         by mail.kiebitz.example with HTTP;
>         Tue, 6 Jan 2026 14:03:11 +0100
> Message-ID:
> <8c1f0e2d7b61a2e8d7f3f0a6c51e9b11.squirrel@mail.kiebitz.example>
> From: "Parcel" <medium@kiebitz.example>
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.hops().size(), 2);
    QCOMPARE(a.hops().at(1).fromIp, u"192.0.2.25"_s);
    QCOMPARE(a.hops().at(1).with, u"ESMTPS"_s);
    QCOMPARE(utcIso(a.hops().at(1).dateUtc), u"2026-01-06T13:03:18Z"_s);
    QCOMPARE(a.exitIp, u"203.0.113.77"_s);
    QCOMPARE(a.webmailAccount, u"medium"_s);
}

void NoticeAnalyzerTest::providerStatesAccount()
{
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

Our abuse system found that the mailbox login2026@wolke.example was used
from 203.0.113.77 to send spam through our web interface.

Received: from mout.wolke.example ([198.51.100.141])
	by mx.victim.example (Postfix) with ESMTPS id 5E3B;
	Sat, 17 Jan 2026 03:12:57 +0100 (CET)
Received: from [203.0.113.77] by web-mail.wolke.example (via HTTP); Sat, 17 Jan 2026
 03:12:55 +0100
From: "Service" <other-name@wolke.example>
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.webmailSoftware, u"other"_s);
    QCOMPARE(a.webmailAccount, u"login2026@wolke.example"_s);
    QCOMPARE(a.mailServer, u"web-mail.wolke.example"_s);
}

void NoticeAnalyzerTest::originatingHeaderOnly()
{
    // The provider's web front end submits over local ESMTPSA; only X-Originating-IP
    // names the exit.
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

Received: from mail.big.example (mail.big.example [192.0.2.30])
	by mx.victim.example (Postfix) with ESMTPS id 1;
	Tue, 20 Jan 2026 10:00:05 +0000
Received: from localhost (localhost [127.0.0.1])
	by mail.big.example with ESMTPSA id 2;
	Tue, 20 Jan 2026 10:00:03 +0000
X-Originating-IP: [198.51.100.23]
From: Seller <seller77@big.example>
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIp, u"198.51.100.23"_s);
    QCOMPARE(a.webmailSoftware, u"other"_s);
    QCOMPARE(a.webmailAccount, u"seller77@big.example"_s);
    QCOMPARE(a.mailServer, u"mail.big.example"_s);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-01-20T10:00:03Z"_s);
}

void NoticeAnalyzerTest::authenticatedSubmissionIsNotWebmail()
{
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

Received: from smtp.prov.example ([192.0.2.91])
	by mx.isp.example with esmtps (Exim 4.96)
	id 1vq7Xc; Sun, 15 Feb 2026 07:33:53 +0100
Received: from exit.example ([2001:db8:4::77]:50122 helo=[IPv6:2001:db8:4::77])
	by smtp.prov.example with esmtpsa (Exim 4.97)
	id 1vq7Xa; Sun, 15 Feb 2026 07:33:50 +0100
X-Authenticated-Id: info@prov.example
From: Someone <other@prov.example>
X-Mailer: Mozilla Thunderbird
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIp, u"2001:db8:4::77"_s);
    QVERIFY(a.webmailSoftware.isEmpty());
    QCOMPARE(a.webmailAccount, u"info@prov.example"_s);
    QCOMPARE(a.mailServer, u"smtp.prov.example"_s);
    QCOMPARE(a.hops().first().with, u"esmtpsa"_s);
}

void NoticeAnalyzerTest::earliestOfSeveralMessages()
{
    const QString msg = kNoticeHead + uR"(Content-Type: text/plain

Two samples, newest first.

=== Sample 1 ===
Received: from exit1.example ([198.51.100.23])
	by webmail.m.example
	with HTTP (HTTP/1.1 POST); Fri, 13 Feb 2026 10:02:19 +0100
User-Agent: Roundcube Webmail/1.6.7
X-Sender: r@m.example

=== Sample 2 ===
Received: from exit2.example ([203.0.113.77])
	by webmail.m.example
	with HTTP (HTTP/1.1 POST); Fri, 13 Feb 2026 08:15:44 +0100
User-Agent: Roundcube Webmail/1.6.7
X-Sender: r@m.example
)"_s;
    const Analysis a = analyze(msg);
    QCOMPARE(a.exitIps, (QStringList{u"203.0.113.77"_s, u"198.51.100.23"_s}));
    QCOMPARE(a.exitIp, u"203.0.113.77"_s);
    QCOMPARE(a.offendingMessages.size(), 2);
    QCOMPARE(a.hops().first().fromIp, u"203.0.113.77"_s);
    QCOMPARE(a.webmailSoftware, u"roundcube"_s);
    QCOMPARE(utcIso(a.incidentTimeUtc), u"2026-02-13T07:15:44Z"_s);
}

void NoticeAnalyzerTest::malformedInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only newlines") << QByteArray("\n\n\r\n\r");
    QTest::newRow("no colon header") << QByteArray("From x\nSubject\n\nbody 198.51.100.23\n");
    QTest::newRow("unterminated multipart")
        << QByteArray("Content-Type: multipart/mixed; boundary=\"a\"\n\n--a\nContent-Type: "
                      "message/rfc822\n\nReceived: from [198.51.100.23] by x with HTTP;\n");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe Received: \x01\x02 from [", 20);
    QTest::newRow("long line") << (QByteArray("Subject: x\n\nReceived: from ") +
                                   QByteArray(200000, 'a') + QByteArray(" by b; 1 Jan 2026\n"));
    QTest::newRow("many quotes") << (QByteArray("\n\n") + QByteArray(50000, '>') +
                                     QByteArray(" Received: from x\n"));
    QTest::newRow("bad dates") << QByteArray(
        "Subject: x\n\nOn 99.99.2026 25:61:61 Uhr MEZ and 2026-13-40 99:99:99 UTC\n");
}

void NoticeAnalyzerTest::malformedInput()
{
    QFETCH(QByteArray, raw);
    const Analysis a = NoticeAnalyzer(profile()).analyze(raw);
    QVERIFY(!a.incidentTimeUtc.isValid() || a.incidentTimeUtc.date().year() >= 1990);
    QVERIFY(a.exitIps.size() <= 4);
}

void NoticeAnalyzerTest::randomJunkIsFast()
{
    QRandomGenerator rng(7);
    const QByteArray pieces[] = {"Received: ",
                                 "from ",
                                 "[198.51.100.23]",
                                 " by ",
                                 "> ",
                                 "\n",
                                 "\r\n",
                                 "\t",
                                 "with HTTP;",
                                 " 1 Jan 2026 10:00:00 +0100",
                                 "12:00:00",
                                 "::",
                                 "2001:db8:4::77",
                                 "(",
                                 ")",
                                 "--b\n",
                                 "Content-Type: multipart/mixed; boundary=b\n",
                                 "\n\n"};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i) {
        QByteArray raw;
        const int n = int(rng.bounded(400));
        for (int k = 0; k < n; ++k)
            raw += pieces[rng.bounded(int(std::size(pieces)))];
        const Analysis a = NoticeAnalyzer(profile()).analyze(raw);
        Q_UNUSED(a);
    }
    QVERIFY2(timer.elapsed() < 20000, "200 junk notices should analyze quickly");
}

QTEST_GUILESS_MAIN(NoticeAnalyzerTest)
#include "NoticeAnalyzerTest.moc"
