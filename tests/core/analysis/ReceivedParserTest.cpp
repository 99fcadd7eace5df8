#include "analysis/ReceivedParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// Received shapes as the common MTAs and webmails write them, with documentation
// addresses and .example names. Expected values follow the corpus README
// ("Received hops"); a null QString means "absent".
class ReceivedParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesShapes_data();
    void parsesShapes();
    void keepsOtherClauses();
    void collectsComments();
    void unfoldsRaw();
    void parsesDates_data();
    void parsesDates();
    void survivesGarbage_data();
    void survivesGarbage();
    void survivesRandomJunk();
};

namespace {

const QString null;

QDateTime utc(const QString& iso)
{
    return iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODate);
}

void compareField(const char* name, const QString& actual, const QString& expected)
{
    if (expected.isNull()) {
        if (!actual.isNull())
            QFAIL(qPrintable(u"%1: expected null, got \"%2\""_s.arg(QLatin1String(name), actual)));
    } else if (actual != expected) {
        QFAIL(qPrintable(
            u"%1: expected \"%2\", got \"%3\""_s.arg(QLatin1String(name), expected, actual)));
    }
}

} // namespace

void ReceivedParserTest::parsesShapes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("fromHost");
    QTest::addColumn<QString>("fromIp");
    QTest::addColumn<QString>("byHost");
    QTest::addColumn<QString>("with");
    QTest::addColumn<QString>("dateUtc"); // ISO, empty: invalid

    // Postfix
    QTest::newRow("postfix esmtps")
        << u"from relay1.alpha.example (relay1.alpha.example [192.0.2.9])\r\n\tby mx.beta.example (Postfix) with ESMTPS id 3F8A2200B4\r\n\tfor <abuse@beta.example>; Tue,  6 Jan 2026 16:40:02 +0100 (CET)"_s
        << u"relay1.alpha.example"_s << u"192.0.2.9"_s << u"mx.beta.example"_s << u"ESMTPS"_s
        << u"2026-01-06T15:40:02Z"_s;
    QTest::newRow("postfix lmtp")
        << u"from mx02.alpha.example (mx02.alpha.example [192.0.2.20])\n\tby store1.alpha.example (Postfix) with LMTP id 4F1A2C0042\n\tfor <sales@alpha.example>; Tue,  6 Jan 2026 14:03:20 +0100 (CET)"_s
        << u"mx02.alpha.example"_s << u"192.0.2.20"_s << u"store1.alpha.example"_s << u"LMTP"_s
        << u"2026-01-06T13:03:20Z"_s;
    QTest::newRow("postfix local userid")
        << u"by web.alpha.example (Postfix, from userid 33)\n\tid 5D2E4180A1; Tue,  6 Jan 2026 14:03:12 +0100 (CET)"_s
        << null << null << u"web.alpha.example"_s << null << u"2026-01-06T13:03:12Z"_s;
    QTest::newRow("postfix authenticated sender")
        << u"from webmail.alpha.example (webmail.alpha.example [192.0.2.61])\n\t(Authenticated sender: k.user@alpha.example)\n\tby smtp.alpha.example (Postfix) with ESMTPSA id 4C2D81E0F3\n\tfor <info@beta.example>; Mon, 12 Jan 2026 09:41:08 +0100 (CET)"_s
        << u"webmail.alpha.example"_s << u"192.0.2.61"_s << u"smtp.alpha.example"_s << u"ESMTPSA"_s
        << u"2026-01-12T08:41:08Z"_s;
    QTest::newRow("postfix unknown helo")
        << u"from unknown (HELO desktop-x) ([192.0.2.45])\n\tby mx.alpha.example (Postfix) with SMTP id 1A2B3C; Mon, 12 Jan 2026 09:41:08 +0000"_s
        << u"unknown"_s << u"192.0.2.45"_s << u"mx.alpha.example"_s << u"SMTP"_s
        << u"2026-01-12T09:41:08Z"_s;
    QTest::newRow("postfix helo literal differs")
        << u"from [198.51.100.1] (unknown [192.0.2.5])\n\tby mx.alpha.example (Postfix) with ESMTP id 7C0D1; Mon, 12 Jan 2026 11:15:40 +0100 (CET)"_s
        << null << u"192.0.2.5"_s << u"mx.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-12T10:15:40Z"_s;
    QTest::newRow("postfix ipv6 literal")
        << u"from mail.gamma.example (mail.gamma.example [IPv6:2001:db8:99::25])\n\tby mx-in.delta.example (Postfix) with ESMTPS id 3DD0A40119\n\tfor <ops@delta.example>; Tue, 20 Jan 2026 11:55:06 -0600 (CST)"_s
        << u"mail.gamma.example"_s << u"2001:db8:99::25"_s << u"mx-in.delta.example"_s
        << u"ESMTPS"_s << u"2026-01-20T17:55:06Z"_s;
    QTest::newRow("postfix tls comments")
        << u"from mx.alpha.example (mx.alpha.example [203.0.113.10])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx.beta.example (Postfix) with ESMTPS id 4Q1xY; Wed, 7 Jan 2026 08:00:00 +0000 (UTC)"_s
        << u"mx.alpha.example"_s << u"203.0.113.10"_s << u"mx.beta.example"_s << u"ESMTPS"_s
        << u"2026-01-07T08:00:00Z"_s;
    // Sendmail
    QTest::newRow("sendmail")
        << u"from mx7.alpha.example (mx7.alpha.example [203.0.113.200])\n\tby store2.alpha.example (8.17.1/8.17.1) with ESMTP id 60RDVGxE004411\n\tfor <x@alpha.example>; Tue, 27 Jan 2026 06:31:16 -0700"_s
        << u"mx7.alpha.example"_s << u"203.0.113.200"_s << u"store2.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-27T13:31:16Z"_s;
    QTest::newRow("sendmail literal helo")
        << u"from [192.0.2.140] (exit.beta.example [192.0.2.140])\n\tby mx7.alpha.example (8.17.1/8.17.1) with ESMTP id 60RDVEnB012345\n\tfor <x@alpha.example>; Tue, 27 Jan 2026 06:31:14 -0700"_s
        << null << u"192.0.2.140"_s << u"mx7.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-27T13:31:14Z"_s;
    QTest::newRow("sendmail may be forged")
        << u"from helo.example (reverse.beta.example [198.51.100.44] (may be forged))\n\tby mx.alpha.example (8.15.2/8.15.2) with ESMTP id 0ABCD; Wed, 28 Jan 2026 10:00:00 +0100"_s
        << u"helo.example"_s << u"198.51.100.44"_s << u"mx.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-28T09:00:00Z"_s;
    QTest::newRow("sendmail ident")
        << u"from desk.beta.example (user@desk.beta.example [198.51.100.45])\n\tby mx.alpha.example (8.15.2/8.15.2) with SMTP id 0ABCE; Wed, 28 Jan 2026 10:00:00 +0100"_s
        << u"desk.beta.example"_s << u"198.51.100.45"_s << u"mx.alpha.example"_s << u"SMTP"_s
        << u"2026-01-28T09:00:00Z"_s;
    QTest::newRow("sendmail submit local")
        << u"(from root@localhost)\n\tby host.alpha.example (8.15.2/8.15.2/Submit) id 0ABCF; Wed, 28 Jan 2026 10:00:00 +0100"_s
        << null << null << u"host.alpha.example"_s << null << u"2026-01-28T09:00:00Z"_s;
    // Exim
    QTest::newRow("exim esmtpsa ipv6 port")
        << u"from exit1-v6.beta.example ([2001:db8:4::77]:50122 helo=[IPv6:2001:db8:4::77])\n\tby smtp.alpha.example with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n\t(envelope-from <info@alpha.example>)\n\tid 1vq7Xa-00Fh2k-2C; Sun, 15 Feb 2026 07:33:50 +0100"_s
        << u"exit1-v6.beta.example"_s << u"2001:db8:4::77"_s << u"smtp.alpha.example"_s
        << u"esmtpsa"_s << u"2026-02-15T06:33:50Z"_s;
    QTest::newRow("exim port helo")
        << u"from exit2.beta.example ([203.0.113.77]:44642 helo=ylmf-pc)\n\tby trap-03.alpha.example with esmtp (Exim 4.96)\n\t(envelope-from <bounce22@gamma.example>)\n\tid 1vr22Xb-00022K-3Q\n\tfor t16@alpha.example; Sat, 14 Feb 2026 13:46:45 +0000"_s
        << u"exit2.beta.example"_s << u"203.0.113.77"_s << u"trap-03.alpha.example"_s << u"esmtp"_s
        << u"2026-02-14T13:46:45Z"_s;
    QTest::newRow("exim literal host")
        << u"from [203.0.113.78] (port=40422 helo=[198.51.100.9])\n\tby mail.alpha.example with esmtp (Exim 4.96)\n\t(envelope-from <x@gamma.example>)\n\tid 1vr02Xb-00002K-3Q; Sat, 14 Feb 2026 01:31:05 +0000"_s
        << null << u"203.0.113.78"_s << u"mail.alpha.example"_s << u"esmtp"_s
        << u"2026-02-14T01:31:05Z"_s;
    QTest::newRow("exim local")
        << u"from www-data by post.alpha.example with local (Exim 4.96)\n\t(envelope-from <gast7@alpha.example>)\n\tid 1vqZ3d-000Q1x-0L; Thu, 19 Feb 2026 15:06:27 +0100"_s
        << u"www-data"_s << null << u"post.alpha.example"_s << u"local"_s
        << u"2026-02-19T14:06:27Z"_s;
    QTest::newRow("exim esmtps tls")
        << u"from mx.alpha.example ([198.51.100.39])\n\tby mx.beta.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <x@alpha.example>)\n\tid 1vqZZZ-000AAA-1B\n\tfor abuse@beta.example; Thu, 19 Feb 2026 17:20:02 +0100"_s
        << u"mx.alpha.example"_s << u"198.51.100.39"_s << u"mx.beta.example"_s << u"esmtps"_s
        << u"2026-02-19T16:20:02Z"_s;
    QTest::newRow("exim ident")
        << u"from [192.0.2.77] (helo=desk ident=alice)\n\tby mail.alpha.example with esmtpa (Exim 4.94.2)\n\t(envelope-from <a@alpha.example>)\n\tid 1abc-0001-XY; Mon, 2 Feb 2026 09:00:00 +0100"_s
        << null << u"192.0.2.77"_s << u"mail.alpha.example"_s << u"esmtpa"_s
        << u"2026-02-02T08:00:00Z"_s;
    // qmail
    QTest::newRow("qmail invoked from network")
        << u"(qmail 1234 invoked from network); 7 Feb 2026 11:02:13 -0000"_s << null << null << null
        << null << u"2026-02-07T11:02:13Z"_s;
    QTest::newRow("qmail invoked by uid")
        << u"(qmail 28471 invoked by uid 89); 7 Feb 2026 11:02:13 -0000"_s << null << null << null
        << null << u"2026-02-07T11:02:13Z"_s;
    QTest::newRow("qmail helo")
        << u"from unknown (HELO webmail.alpha.example) (192.0.2.44)\n  by mx4.beta.example with SMTP; 7 Feb 2026 11:02:13 -0000"_s
        << u"unknown"_s << u"192.0.2.44"_s << u"mx4.beta.example"_s << u"SMTP"_s
        << u"2026-02-07T11:02:13Z"_s;
    QTest::newRow("qmail helo claims address")
        << u"from unknown (HELO 198.51.100.99) (192.0.2.46)\n  by mx4.beta.example with SMTP; 7 Feb 2026 11:02:13 -0000"_s
        << u"unknown"_s << u"192.0.2.46"_s << u"mx4.beta.example"_s << u"SMTP"_s
        << u"2026-02-07T11:02:13Z"_s;
    QTest::newRow("qmail ident")
        << u"from unknown (HELO desk) (alice@192.0.2.47)\n  by mx4.beta.example with ESMTPA; 7 Feb 2026 11:02:13 -0000"_s
        << u"unknown"_s << u"192.0.2.47"_s << u"mx4.beta.example"_s << u"ESMTPA"_s
        << u"2026-02-07T11:02:13Z"_s;
    QTest::newRow("qmail missing semicolon and date")
        << u"from unknown (HELO DESKTOP-4F1K2LQ) (203.0.113.77)\n  by trap-11.alpha.example with SMTP"_s
        << u"unknown"_s << u"203.0.113.77"_s << u"trap-11.alpha.example"_s << u"SMTP"_s
        << QString();
    // Webmail: SquirrelMail, Roundcube, Horde and friends
    QTest::newRow("squirrelmail")
        << u"from 203.0.113.77\n        (SquirrelMail authenticated user medium)\n        by mail.alpha.example with HTTP;\n        Tue, 6 Jan 2026 14:03:11 +0100"_s
        << null << u"203.0.113.77"_s << u"mail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-06T13:03:11Z"_s;
    QTest::newRow("squirrelmail proxying for unknown")
        << u"from 192.0.2.140 (proxying for unknown)\n        (SquirrelMail authenticated user mb0311)\n        by webmail.alpha.example with HTTP;\n        Fri, 23 Jan 2026 09:12:40 -0000"_s
        << null << u"192.0.2.140"_s << u"webmail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-23T09:12:40Z"_s;
    QTest::newRow("squirrelmail proxying for address")
        << u"from 192.0.2.10 (proxying for 198.51.100.23)\n (SquirrelMail authenticated user bob)\n by webmail.alpha.example with HTTP;\n Fri, 23 Jan 2026 09:12:40 +0000"_s
        << null << u"192.0.2.10"_s << u"webmail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-23T09:12:40Z"_s;
    QTest::newRow("roundcube http")
        << u"from exit1.beta.example ([198.51.100.23])\n\tby webmail.alpha.example\n\twith HTTP (HTTP/1.1 POST); Mon, 12 Jan 2026 09:41:07 +0100"_s
        << u"exit1.beta.example"_s << u"198.51.100.23"_s << u"webmail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-12T08:41:07Z"_s;
    QTest::newRow("roundcube client via proxy")
        << u"from [203.0.113.77] via [192.0.2.5] by webmail.alpha.example with HTTPS (Roundcube Webmail); Mon, 12 Jan 2026 09:41:07 +0100"_s
        << null << u"203.0.113.77"_s << u"webmail.alpha.example"_s << u"HTTPS"_s
        << u"2026-01-12T08:41:07Z"_s;
    QTest::newRow("roundcube client via proxy comment")
        << u"from 203.0.113.78 via (192.0.2.5)\n\tby webmail.alpha.example with HTTP; Mon, 12 Jan 2026 09:41:07 +0100"_s
        << null << u"203.0.113.78"_s << u"webmail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-12T08:41:07Z"_s;
    QTest::newRow("roundcube encrypted client")
        << u"from Dz3nAd7sEw0YbB3lR4k1aQ== by webmail.alpha.example with HTTP (Roundcube); Mon, 12 Jan 2026 09:41:07 +0100"_s
        << u"Dz3nAd7sEw0YbB3lR4k1aQ=="_s << null << u"webmail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-12T08:41:07Z"_s;
    QTest::newRow("horde http")
        << u"from exit3.beta.example (exit3.beta.example\n\t[192.0.2.140]) by webmail.alpha.example (Horde Framework) with HTTP;\n\tThu, 15 Jan 2026 22:17:45 +0000"_s
        << u"exit3.beta.example"_s << u"192.0.2.140"_s << u"webmail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-15T22:17:45Z"_s;
    QTest::newRow("horde ipv6 folded with")
        << u"from exit1-v6.beta.example (exit1-v6.beta.example\n\t[IPv6:2001:db8:4::77]) by webmail.alpha.example (Horde Framework) with\n\tHTTP; Fri, 20 Feb 2026 21:58:40 -0700"_s
        << u"exit1-v6.beta.example"_s << u"2001:db8:4::77"_s << u"webmail.alpha.example"_s
        << u"HTTP"_s << u"2026-02-21T04:58:40Z"_s;
    QTest::newRow("horde quoted reply")
        << u"from exit1.beta.example (exit1.beta.example\r\n>         [198.51.100.23]) by webmail.alpha.example (Horde MIME library) with\r\n>         HTTP; Mon, 09 Feb 2026 18:22:03 +0100"_s
        << u"exit1.beta.example"_s << u"198.51.100.23"_s << u"webmail.alpha.example"_s << u"HTTP"_s
        << u"2026-02-09T17:22:03Z"_s;
    QTest::newRow("webmail httpsa")
        << u"from [203.0.113.77] by mail-web03.alpha.example with HTTPSA;\n\tWed, 11 Feb 2026 21:45:10 +0100"_s
        << null << u"203.0.113.77"_s << u"mail-web03.alpha.example"_s << u"HTTPSA"_s
        << u"2026-02-11T20:45:10Z"_s;
    QTest::newRow("webmail via http comment")
        << u"from [203.0.113.77] ([203.0.113.77]) by web-mail.alpha.example\n (3c-app-wp-bs14.int.example [192.0.2.71]) (via HTTP); Sat, 17 Jan 2026\n 03:12:55 +0100"_s
        << null << u"203.0.113.77"_s << u"web-mail.alpha.example"_s << null
        << u"2026-01-17T02:12:55Z"_s;
    QTest::newRow("webmail bare via http")
        << u"from [203.0.113.79] by web.alpha.example via HTTP; Sat, 17 Jan 2026 03:12:55 +0100"_s
        << null << u"203.0.113.79"_s << u"web.alpha.example"_s << null << u"2026-01-17T02:12:55Z"_s;
    QTest::newRow("opaque host, address in by comment")
        << u"from 3c-app-wp-bs14 ([192.0.2.71]) by mail.alpha.example\n (mrwp104 [198.51.100.104]) with ESMTPSA (Relay) id\n 1MKcLx-1vQ3Zx0abc-00Gt2m; Sat, 17 Jan 2026 03:12:55 +0100"_s
        << u"3c-app-wp-bs14"_s << u"192.0.2.71"_s << u"mail.alpha.example"_s << u"ESMTPSA"_s
        << u"2026-01-17T02:12:55Z"_s;
    QTest::newRow("account comment, no date")
        << u"from [203.0.113.77] (account hollis.fenwick)\n\tby webmail.alpha.example with HTTP (WebMail 4.2)"_s
        << null << u"203.0.113.77"_s << u"webmail.alpha.example"_s << u"HTTP"_s << QString();
    // Microsoft
    QTest::newRow("exchange tls")
        << u"from EXCH01.alpha.example (192.0.2.161) by\n mx1.alpha.example (192.0.2.160) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.4; Thu, 12 Feb 2026 09:05:31 +0000"_s
        << u"EXCH01.alpha.example"_s << u"192.0.2.161"_s << u"mx1.alpha.example"_s << u"Microsoft"_s
        << u"2026-02-12T09:05:31Z"_s;
    QTest::newRow("outlook ipv6 frontend")
        << u"from AM0PR01MB1234.eurprd01.prod.outlook.example (2001:db8:10a6:208::12) by\n AM0PR01CA0001.outlook.example (2001:db8:10a6:20b::34) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.7633.14 via Frontend Transport; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"AM0PR01MB1234.eurprd01.prod.outlook.example"_s << u"2001:db8:10a6:208::12"_s
        << u"AM0PR01CA0001.outlook.example"_s << u"Microsoft"_s << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("outlook mapi zone index")
        << u"from AM0PR01MB1234.outlook.example\n ([2001:db8::1234:5678%5]) by AM0PR01MB1234.outlook.example\n ([2001:db8::1234:5678%5]) with mapi id 15.20.7633.014; Tue, 6 Jan 2026\n 10:00:00 +0000"_s
        << u"AM0PR01MB1234.outlook.example"_s << u"2001:db8::1234:5678"_s
        << u"AM0PR01MB1234.outlook.example"_s << u"mapi"_s << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("outlook mapi no from")
        << u"by AM0PR01MB1234.outlook.example with MAPI; Tue, 6 Jan 2026 10:00:00 +0000"_s << null
        << null << u"AM0PR01MB1234.outlook.example"_s << u"MAPI"_s << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("exchange mapped ipv4")
        << u"from host.alpha.example (::ffff:192.0.2.3) by host2.alpha.example (::ffff:192.0.2.4) with Microsoft SMTP Server (TLS) id 14.3.498.0; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"host.alpha.example"_s << u"192.0.2.3"_s << u"host2.alpha.example"_s << u"Microsoft"_s
        << u"2026-01-06T10:00:00Z"_s;
    // Gmail, Yahoo-like
    QTest::newRow("gmail internal by id")
        << u"by 2001:db8:6a10:a48c:b0:5a1:2b3c:4d5e with SMTP id x12csp123456pxb;\n        Tue, 6 Jan 2026 07:12:33 -0800 (PST)"_s
        << null << null << u"2001:db8:6a10:a48c:b0:5a1:2b3c:4d5e"_s << u"SMTP"_s
        << u"2026-01-06T15:12:33Z"_s;
    QTest::newRow("gmail smtps")
        << u"from mail-sor-f41.gamma.example (mail-sor-f41.gamma.example. [198.51.100.41])\n        by mx.gamma.example with SMTPS id a12sor123456edb.17.2026.01.06.07.12.33\n        for <x@gamma.example>\n        (Google Transport Security);\n        Tue, 06 Jan 2026 07:12:33 -0800 (PST)"_s
        << u"mail-sor-f41.gamma.example"_s << u"198.51.100.41"_s << u"mx.gamma.example"_s
        << u"SMTPS"_s << u"2026-01-06T15:12:33Z"_s;
    QTest::newRow("gmail unknown ipv6")
        << u"from mail.beta.example (unknown [2001:db8:1:2::3])\n        by mx.gamma.example with ESMTPS id abc\n        for <x@gamma.example>; Tue, 06 Jan 2026 07:12:33 -0800"_s
        << u"mail.beta.example"_s << u"2001:db8:1:2::3"_s << u"mx.gamma.example"_s << u"ESMTPS"_s
        << u"2026-01-06T15:12:33Z"_s;
    QTest::newRow("yahoo-like http")
        << u"from 203.0.113.80 by sonic301.mail.delta.example with HTTP; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << null << u"203.0.113.80"_s << u"sonic301.mail.delta.example"_s << u"HTTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("yahoo-like hermes")
        << u"from [192.0.2.81] by smtp.delta.example (Delta Inc. Hermes SMTP Server) with ESMTPA ID 9f8e7d6c; Tue, 06 Jan 2026 10:00:00 +0000 (UTC)"_s
        << null << u"192.0.2.81"_s << u"smtp.delta.example"_s << u"ESMTPA"_s
        << u"2026-01-06T10:00:00Z"_s;
    // Courier, LMTP
    QTest::newRow("courier trailing id")
        << u"from mx.alpha.example (mx.alpha.example [192.0.2.82])\n  (AUTH: LOGIN user, TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384)\n  by mail.beta.example with ESMTPSA; Tue, 06 Jan 2026 10:00:00 +0000\n  id 0000000000C00001.000000006587A1B2.00001234"_s
        << u"mx.alpha.example"_s << u"192.0.2.82"_s << u"mail.beta.example"_s << u"ESMTPSA"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("dovecot lmtp")
        << u"from mx2.alpha.example ([203.0.113.230])\n        by mbox7.alpha.example with LMTP\n        id 6Hq2BxvMiWnJ0QAAGsL0Ig\n        (envelope-from <a@alpha.example>)\n        for <g@alpha.example>; Mon, 09 Feb 2026 17:22:09 +0000"_s
        << u"mx2.alpha.example"_s << u"203.0.113.230"_s << u"mbox7.alpha.example"_s << u"LMTP"_s
        << u"2026-02-09T17:22:09Z"_s;
    QTest::newRow("lmtp est offset")
        << u"from mx1.alpha.example ([192.0.2.88])\n\tby mailhub.alpha.example with LMTP; Thu, 15 Jan 2026 17:17:52 -0500"_s
        << u"mx1.alpha.example"_s << u"192.0.2.88"_s << u"mailhub.alpha.example"_s << u"LMTP"_s
        << u"2026-01-15T22:17:52Z"_s;
    // IPv6 spellings and ports
    QTest::newRow("ipv6 bare uncompressed")
        << u"from 2001:DB8:0:0:0:0:0:77 by web.alpha.example with HTTP; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << null << u"2001:db8::77"_s << u"web.alpha.example"_s << u"HTTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("ipv6 literal without prefix")
        << u"from [2001:db8:4::77] by mail.alpha.example with HTTP (HTTP/1.1 POST); Tue, 20 Jan 2026 17:55:02 +0000"_s
        << null << u"2001:db8:4::77"_s << u"mail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("ipv4-mapped literal")
        << u"from [::ffff:203.0.113.77] by mail.alpha.example with HTTP; Tue, 20 Jan 2026 17:55:02 +0000"_s
        << null << u"203.0.113.77"_s << u"mail.alpha.example"_s << u"HTTP"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("ipv6 zone index in comment")
        << u"from host.alpha.example (host.alpha.example [IPv6:2001:db8::5%eth0]) by mail.alpha.example with ESMTP; Tue, 20 Jan 2026 17:55:02 +0000"_s
        << u"host.alpha.example"_s << u"2001:db8::5"_s << u"mail.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("ipv6 zero padded with port")
        << u"from host.alpha.example ([IPv6:2001:0db8:0000:0000:0000:0000:0000:0077]:50122) by mail.alpha.example with esmtp; Tue, 20 Jan 2026 17:55:02 +0000"_s
        << u"host.alpha.example"_s << u"2001:db8::77"_s << u"mail.alpha.example"_s << u"esmtp"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("ipv4 bare with port")
        << u"from 198.51.100.77:51234 by web.alpha.example with HTTP; Tue, 20 Jan 2026 17:55:02 +0000"_s
        << null << u"198.51.100.77"_s << u"web.alpha.example"_s << u"HTTP"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("ipv6 upper case in comment")
        << u"from host.alpha.example (2001:DB8:ABCD::1) by mail.alpha.example with SMTP; Tue, 20 Jan 2026 17:55:02 GMT"_s
        << u"host.alpha.example"_s << u"2001:db8:abcd::1"_s << u"mail.alpha.example"_s << u"SMTP"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("ipv6 bare mapped upper case")
        << u"from ::FFFF:192.0.2.99 by web.alpha.example with HTTP; Tue, 20 Jan 2026 17:55:02 UT"_s
        << null << u"192.0.2.99"_s << u"web.alpha.example"_s << u"HTTP"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("ipv6 prefix without brackets")
        << u"from host.alpha.example (IPv6:2001:db8::9) by mail.alpha.example with SMTP; Tue, 20 Jan 2026 17:55:02 +0000"_s
        << u"host.alpha.example"_s << u"2001:db8::9"_s << u"mail.alpha.example"_s << u"SMTP"_s
        << u"2026-01-20T17:55:02Z"_s;
    QTest::newRow("version numbers are no addresses")
        << u"from relay (Exim 4.96) (15.2.1544.4) by mail.alpha.example with SMTP; Tue, 20 Jan 2026 17:55:02 +0000"_s
        << u"relay"_s << null << u"mail.alpha.example"_s << u"SMTP"_s << u"2026-01-20T17:55:02Z"_s;
    // Dates
    QTest::newRow("date without weekday")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP; 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("date without seconds")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP; Tue, 6 Jan 2026 10:00 +0100"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s
        << u"2026-01-06T09:00:00Z"_s;
    QTest::newRow("date two-digit year EST")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP; Tue, 6 Jan 26 10:00:00 EST"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s
        << u"2026-01-06T15:00:00Z"_s;
    QTest::newRow("date EAT comment ignored")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with ESMTPS; Sat, 21 Feb 2026 07:58:44 +0300 (EAT)"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"ESMTPS"_s
        << u"2026-02-21T04:58:44Z"_s;
    QTest::newRow("date zone only in comment")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP; Tue, 6 Jan 2026 10:00:00 (CET)"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s << QString();
    QTest::newRow("date without zone")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP; Tue, 6 Jan 2026 10:00:00"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s << QString();
    QTest::newRow("missing date")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP id X1"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s << QString();
    QTest::newRow("missing semicolon, trailing date")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP id X1 Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("missing semicolon, date right after by")
        << u"from a.alpha.example ([192.0.2.1]) by b.alpha.example 6 Jan 2026 10:00:00 -0000"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << null
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("missing from")
        << u"by b.alpha.example with SMTP id X2; Tue, 6 Jan 2026 10:00:00 +0000"_s << null << null
        << u"b.alpha.example"_s << u"SMTP"_s << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("keywords in upper case")
        << u"FROM a.alpha.example ([192.0.2.1]) BY b.alpha.example WITH SMTP; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("field name included")
        << u"Received: from a.alpha.example ([192.0.2.1]) by b.alpha.example with SMTP; 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"SMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("semicolon in closed comment, no date separator")
        << u"from a.alpha.example (a.alpha.example [192.0.2.5]) (version=TLS1_2; cipher=ECDHE) by b.alpha.example with ESMTPS id X Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.5"_s << u"b.alpha.example"_s << u"ESMTPS"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("date not right after semicolon")
        << u"from a.alpha.example ([192.0.2.6]) by b.alpha.example with SMTP; id 42 Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.6"_s << u"b.alpha.example"_s << u"SMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    // Broken input
    QTest::newRow("unclosed parenthesis")
        << u"from a.alpha.example (a.alpha.example [192.0.2.1] by b.alpha.example with ESMTP id X; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.1"_s << u"b.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("extra closing parentheses")
        << u"from a.alpha.example a.alpha.example [192.0.2.2])) by b.alpha.example with ESMTP; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.2"_s << u"b.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("semicolon inside comment")
        << u"from a.alpha.example ([192.0.2.3]) by b.alpha.example (x; y) with ESMTP; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.3"_s << u"b.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("unclosed literal")
        << u"from a.alpha.example ([192.0.2.4 by b.alpha.example with ESMTP; Tue, 6 Jan 2026 10:00:00 +0000"_s
        << u"a.alpha.example"_s << u"192.0.2.4"_s << u"b.alpha.example"_s << u"ESMTP"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("empty from") << u"from by b.alpha.example; Tue, 6 Jan 2026 10:00:00 +0000"_s
                                << null << null << u"b.alpha.example"_s << null
                                << u"2026-01-06T10:00:00Z"_s;
}

void ReceivedParserTest::parsesShapes()
{
    QFETCH(QString, value);
    QFETCH(QString, fromHost);
    QFETCH(QString, fromIp);
    QFETCH(QString, byHost);
    QFETCH(QString, with);
    QFETCH(QString, dateUtc);

    const ReceivedHop hop = ReceivedParser::parse(value);
    compareField("from_host", hop.fromHost, fromHost);
    compareField("from_ip", hop.fromIp, fromIp);
    compareField("by_host", hop.byHost, byHost);
    compareField("with", hop.with, with);
    QCOMPARE(hop.dateUtc, utc(dateUtc));
    if (hop.dateUtc.isValid())
        QCOMPARE(hop.dateUtc.timeSpec(), Qt::UTC);
}

void ReceivedParserTest::keepsOtherClauses()
{
    const ReceivedHop exim = ReceivedParser::parse(
        u"from exit2.beta.example ([203.0.113.77]:44642 helo=ylmf-pc)\n\tby trap.alpha.example with esmtp (Exim 4.96)\n\t(envelope-from <b@gamma.example>)\n\tid 1vr22Xb-00022K-3Q\n\tfor <t16@alpha.example>; Sat, 14 Feb 2026 13:46:45 +0000"_s);
    QCOMPARE(exim.id, u"1vr22Xb-00022K-3Q"_s);
    QCOMPARE(exim.forAddress, u"t16@alpha.example"_s);
    QVERIFY(exim.via.isNull());
    QCOMPARE(exim.dateText, u"Sat, 14 Feb 2026 13:46:45 +0000"_s);

    const ReceivedHop exchange = ReceivedParser::parse(
        u"from a.example (192.0.2.1) by b.example (192.0.2.2) with Microsoft SMTP Server (version=TLS1_2) id 15.20.7633.14 via Frontend Transport; Tue, 6 Jan 2026 10:00:00 +0000"_s);
    QCOMPARE(exchange.id, u"15.20.7633.14"_s);
    QCOMPARE(exchange.via, u"Frontend"_s);

    const ReceivedHop proxied = ReceivedParser::parse(
        u"from [203.0.113.77] via [192.0.2.5] by webmail.alpha.example with HTTPS; Mon, 12 Jan 2026 09:41:07 +0100"_s);
    QCOMPARE(proxied.via, u"[192.0.2.5]"_s);

    const ReceivedHop postfix = ReceivedParser::parse(
        u"from relay.gamma.example (relay.gamma.example. [192.0.2.9]) by mx.beta.example (Postfix) with ESMTPS; Tue, 6 Jan 2026 10:00:00 +0000"_s);
    QCOMPARE(postfix.fromReverseHost, u"relay.gamma.example"_s);

    const ReceivedHop ident = ReceivedParser::parse(
        u"from desk (alice@desk.beta.example [198.51.100.45]) by mx.alpha.example with SMTP; Wed, 28 Jan 2026 10:00:00 +0100"_s);
    QCOMPARE(ident.fromReverseHost, u"desk.beta.example"_s);
    const ReceivedHop unknown = ReceivedParser::parse(
        u"from desk (unknown [198.51.100.46]) by mx.alpha.example with SMTP; Wed, 28 Jan 2026 10:00:00 +0100"_s);
    QVERIFY(unknown.fromReverseHost.isNull());
}

void ReceivedParserTest::collectsComments()
{
    const ReceivedHop hop = ReceivedParser::parse(
        u"from 203.0.113.77\n (SquirrelMail authenticated user medium)\n by mail.alpha.example with HTTP (via (nested) proxy);\n Tue, 6 Jan 2026 14:03:11 +0100"_s);
    QCOMPARE(hop.comments,
             QStringList({u"SquirrelMail authenticated user medium"_s, u"via (nested) proxy"_s}));
}

void ReceivedParserTest::unfoldsRaw()
{
    const ReceivedHop hop = ReceivedParser::parse(
        u"from a.example ([192.0.2.1])\r\n\tby b.example with SMTP;\r\n Tue, 6 Jan 2026 10:00:00 +0000\r\n"_s);
    QCOMPARE(
        hop.raw,
        u"from a.example ([192.0.2.1])\tby b.example with SMTP; Tue, 6 Jan 2026 10:00:00 +0000"_s);
}

void ReceivedParserTest::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rfc5322") << u"Tue, 6 Jan 2026 16:40:02 +0100"_s << u"2026-01-06T15:40:02Z"_s;
    QTest::newRow("double space") << u"Tue,  6 Jan 2026 16:40:02 +0100 (CET)"_s
                                  << u"2026-01-06T15:40:02Z"_s;
    QTest::newRow("no weekday") << u"6 Jan 2026 16:40:02 -0000"_s << u"2026-01-06T16:40:02Z"_s;
    QTest::newRow("no seconds") << u"Tue, 06 Jan 2026 16:40 +0000"_s << u"2026-01-06T16:40:00Z"_s;
    QTest::newRow("two-digit year") << u"6 Jan 26 16:40:02 GMT"_s << u"2026-01-06T16:40:02Z"_s;
    QTest::newRow("two-digit year 1900s")
        << u"6 Jan 99 16:40:02 GMT"_s << u"1999-01-06T16:40:02Z"_s;
    QTest::newRow("UT") << u"6 Jan 2026 16:40:02 UT"_s << u"2026-01-06T16:40:02Z"_s;
    QTest::newRow("UTC") << u"6 Jan 2026 16:40:02 UTC"_s << u"2026-01-06T16:40:02Z"_s;
    QTest::newRow("EST") << u"6 Jan 2026 10:00:00 EST"_s << u"2026-01-06T15:00:00Z"_s;
    QTest::newRow("EDT") << u"6 Jul 2026 10:00:00 EDT"_s << u"2026-07-06T14:00:00Z"_s;
    QTest::newRow("CST") << u"6 Jan 2026 10:00:00 CST"_s << u"2026-01-06T16:00:00Z"_s;
    QTest::newRow("CDT") << u"6 Jul 2026 10:00:00 CDT"_s << u"2026-07-06T15:00:00Z"_s;
    QTest::newRow("MST") << u"6 Jan 2026 10:00:00 MST"_s << u"2026-01-06T17:00:00Z"_s;
    QTest::newRow("MDT") << u"6 Jul 2026 10:00:00 MDT"_s << u"2026-07-06T16:00:00Z"_s;
    QTest::newRow("PST") << u"6 Jan 2026 10:00:00 pst"_s << u"2026-01-06T18:00:00Z"_s;
    QTest::newRow("PDT") << u"6 Jul 2026 10:00:00 PDT"_s << u"2026-07-06T17:00:00Z"_s;
    QTest::newRow("offset wins over comment")
        << u"Fri, 20 Feb 2026 21:58:41 -0700 (MST)"_s << u"2026-02-21T04:58:41Z"_s;
    QTest::newRow("EAT comment") << u"Sat, 21 Feb 2026 07:58:44 +0300 (EAT)"_s
                                 << u"2026-02-21T04:58:44Z"_s;
    QTest::newRow("half-hour offset")
        << u"Sat, 21 Feb 2026 10:30:00 +0530"_s << u"2026-02-21T05:00:00Z"_s;
    QTest::newRow("date crosses year")
        << u"Thu, 1 Jan 2026 00:30:00 +0100"_s << u"2025-12-31T23:30:00Z"_s;
    QTest::newRow("trailing courier id")
        << u"Tue, 06 Jan 2026 10:00:00 +0000\n  id 0000000000C00001.000000006587A1B2"_s
        << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("folded") << u"Sat, 17 Jan 2026\n 03:12:55 +0100"_s << u"2026-01-17T02:12:55Z"_s;
    QTest::newRow("full month name")
        << u"Tuesday, 6 January 2026 10:00:00 +0000"_s << u"2026-01-06T10:00:00Z"_s;
    QTest::newRow("asctime with zone")
        << u"Tue Jan  6 15:40:01 2026 +0000"_s << u"2026-01-06T15:40:01Z"_s;
    QTest::newRow("iso 8601 Z") << u"2026-01-06T13:03:11Z"_s << u"2026-01-06T13:03:11Z"_s;
    QTest::newRow("iso 8601 offset") << u"2026-01-06T14:03:11+01:00"_s << u"2026-01-06T13:03:11Z"_s;
    QTest::newRow("iso 8601 space") << u"2026-01-06 14:03:11 +0100"_s << u"2026-01-06T13:03:11Z"_s;
    QTest::newRow("fraction") << u"2026-01-06T13:03:11.250Z"_s << u"2026-01-06T13:03:11Z"_s;
    QTest::newRow("no zone") << u"Tue, 6 Jan 2026 10:00:00"_s << QString();
    QTest::newRow("comment zone only") << u"Tue, 6 Jan 2026 10:00:00 (CET)"_s << QString();
    QTest::newRow("unknown zone name") << u"Tue, 6 Jan 2026 10:00:00 CET"_s << QString();
    QTest::newRow("iso without zone") << u"2026-01-06T13:03:11"_s << QString();
    QTest::newRow("bad day") << u"Fri, 30 Feb 2026 10:00:00 +0000"_s << QString();
    QTest::newRow("bad hour") << u"Fri, 20 Feb 2026 25:00:00 +0000"_s << QString();
    QTest::newRow("bad offset") << u"Fri, 20 Feb 2026 10:00:00 +9900"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words") << u"not a date at all"_s << QString();
}

void ReceivedParserTest::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ReceivedParser::parseDate(text), utc(expected));
}

void ReceivedParserTest::survivesGarbage_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   \r\n\t "_s;
    QTest::newRow("only comments") << u"(a) (b (c)) (d)"_s;
    QTest::newRow("only keyword") << u"from"_s;
    QTest::newRow("keywords only") << u"from by with id for via"_s;
    QTest::newRow("semicolons") << u";;;;;"_s;
    QTest::newRow("unbalanced open") << QString(10000, u'(');
    QTest::newRow("unbalanced close") << QString(10000, u')');
    QTest::newRow("unbalanced brackets") << QString(10000, u'[');
    QTest::newRow("angles") << QString(10000, u'<');
    QTest::newRow("quotes") << QString(10000, u'"');
    QTest::newRow("backslashes") << QString(10000, u'\\');
    QTest::newRow("months") << u"Jan "_s.repeated(2500);
    QTest::newRow("dates without zone") << u"6 Jan 2026 10:00 "_s.repeated(600);
    QTest::newRow("keyword storm") << u"from by with id for via ( [ < \" ; "_s.repeated(300);
    QTest::newRow("nul and controls") << QString(u"from \0\x01\x02 by \x7f"_s);
}

void ReceivedParserTest::survivesGarbage()
{
    QFETCH(QString, value);
    QElapsedTimer timer;
    timer.start();
    const ReceivedHop hop = ReceivedParser::parse(value);
    QVERIFY2(timer.elapsed() < 2000, "parsing garbage took too long");
    QVERIFY(hop.fromIp.isEmpty());
    QVERIFY(!hop.dateUtc.isValid());
}

void ReceivedParserTest::survivesRandomJunk()
{
    // Random text made of the characters the tokenizer cares about; fixed seed
    // so that a failure reproduces.
    const QString alphabet = u"abcdefxyz0123456789.:;,()[]<>\"\\ \t\r\n@=-+%"_s;
    const QStringList words = {u"from "_s, u"by "_s,   u"with "_s,  u"id "_s,
                               u"for "_s,  u"via "_s,  u"Jan "_s,   u"Tue, "_s,
                               u"IPv6:"_s, u"HELO "_s, u"+0100 "_s, u"10:00:00 "_s};
    QRandomGenerator random(20260106);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 40; ++round) {
        QString junk;
        while (junk.size() < 10240) {
            if (random.bounded(4) == 0)
                junk += words.at(random.bounded(int(words.size())));
            else
                junk += alphabet.at(random.bounded(int(alphabet.size())));
        }
        const ReceivedHop hop = ReceivedParser::parse(junk);
        QVERIFY(hop.raw.size() <= junk.size());
        ReceivedParser::parseDate(junk);
    }
    QVERIFY2(timer.elapsed() < 10000, "random junk took too long");
}

QTEST_GUILESS_MAIN(ReceivedParserTest)
#include "ReceivedParserTest.moc"
