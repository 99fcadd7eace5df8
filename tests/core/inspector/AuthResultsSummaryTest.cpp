#include "inspector/AuthResultsSummary.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace mixdesk {

class AuthResultsSummaryTest : public QObject
{
    Q_OBJECT
private slots:
    void readsAuthenticationResults()
    {
        const QList<AuthCheck> checks = AuthResultsSummary::parseAuthenticationResults(
            u"mx.example.net; spf=pass (sender IP is 192.0.2.7) smtp.mailfrom=bounce@shop.example;"
            " dkim=fail (bad signature) header.d=shop.example header.s=sel1;"
            " dmarc=FAIL (p=reject) header.from=shop.example"_s);
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(0), (AuthCheck{u"spf"_s, u"pass"_s, u"shop.example"_s,
                                          u"Authentication-Results"_s, u"mx.example.net"_s}));
        QCOMPARE(checks.at(1).method, u"dkim"_s);
        QCOMPARE(checks.at(1).result, u"fail"_s);
        QCOMPARE(checks.at(1).domain, u"shop.example"_s);
        QCOMPARE(checks.at(2).method, u"dmarc"_s);
        QCOMPARE(checks.at(2).result, u"fail"_s);
    }

    void readsResultsWithoutDomainAndWithVersions()
    {
        // authserv-id with a version, a method without properties, "none" for no checks.
        QList<AuthCheck> checks = AuthResultsSummary::parseAuthenticationResults(
            u"mx3.heronmail.example 1; spf=fail smtp.mailfrom=deals-galore.example; dkim=none"_s);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).checkedBy, u"mx3.heronmail.example"_s);
        QCOMPARE(checks.at(0).domain, u"deals-galore.example"_s);
        QCOMPARE(checks.at(1).result, u"none"_s);
        QVERIFY(checks.at(1).domain.isNull());
        QVERIFY(
            AuthResultsSummary::parseAuthenticationResults(u"mx.example.net; none"_s).isEmpty());
        // A semicolon inside a comment or quotes does not split.
        checks = AuthResultsSummary::parseAuthenticationResults(
            u"mx.example.net; dkim=pass (key; 2048 bits) header.i=\"@news.example\""_s);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).domain, u"news.example"_s);
    }

    void readsReceivedSpf()
    {
        AuthCheck spf = AuthResultsSummary::parseReceivedSpf(
            u"Softfail (mailfrom) identity=mailfrom; client-ip=203.0.113.9;"
            " helo=mail.example.org; envelope-from=<info@example.org>; receiver=mx.example.net"_s);
        QCOMPARE(spf.method, u"spf"_s);
        QCOMPARE(spf.result, u"softfail"_s);
        QCOMPARE(spf.domain, u"example.org"_s);
        QCOMPARE(spf.header, u"Received-SPF"_s);
        // Only the comment names the domain.
        spf = AuthResultsSummary::parseReceivedSpf(
            u"pass (google.example: domain of x@sender.example designates 192.0.2.1 as "
            "permitted sender)"_s);
        QCOMPARE(spf.result, u"pass"_s);
        QCOMPARE(spf.domain, u"sender.example"_s);
    }

    void readsDkimSignatures()
    {
        const AuthCheck dkim = AuthResultsSummary::parseDkimSignature(
            u"v=1; a=rsa-sha256; c=relaxed/relaxed; d=Mail.Example.com;\n s=s1; h=from:to; "
            "bh=abc=; b=def"_s);
        QCOMPARE(dkim.method, u"dkim"_s);
        QCOMPARE(dkim.result, u"signed"_s);
        QCOMPARE(dkim.domain, u"mail.example.com"_s);
    }

    void summarisesAHeaderBlockInOrder()
    {
        const QString block = u"Received: from a by b; Mon, 12 Jan 2026 08:15:40 +0000\r\n"
                              "DKIM-Signature: v=1; a=rsa-sha256; d=example.org;\r\n"
                              "\ts=sel; b=xyz\r\n"
                              "Authentication-Results: mx.example.net;\r\n"
                              " spf=fail smtp.mailfrom=example.org;\r\n"
                              " dkim=pass header.d=example.org\r\n"
                              "received-spf: neutral (no policy) envelope-from=a@example.com\r\n"
                              "Subject: hello\r\n"
                              "\r\n"
                              "Authentication-Results: in the body; spf=pass\r\n"_s;
        const QList<AuthCheck> checks = AuthResultsSummary::fromHeaderBlock(block);
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.at(0).header, u"DKIM-Signature"_s);
        QCOMPARE(checks.at(0).domain, u"example.org"_s);
        QCOMPARE(checks.at(1).result, u"fail"_s);
        QCOMPARE(checks.at(2).result, u"pass"_s);
        QCOMPARE(checks.at(3).header, u"Received-SPF"_s);
        QCOMPARE(checks.at(3).domain, u"example.com"_s);
        QVERIFY(AuthResultsSummary::fromHeaderBlock(u"Subject: x\n"_s).isEmpty());
    }

    void readsTheFeedbackReportOfAnArfNotice()
    {
        const QString notice =
            u"Subject: FBL\r\nContent-Type: multipart/report; boundary=b\r\n\r\n--b\r\n"
            "Content-Type: text/plain\r\n\r\nspam\r\n--b\r\n"
            "Content-Type: message/feedback-report\r\n\r\n"
            "Feedback-Type: abuse\r\nSource-IP: 198.51.100.23\r\n"
            "Authentication-Results: mx3.mail.example;\r\n spf=fail "
            "smtp.mailfrom=deals.example;\r\n dkim=none\r\n\r\n--b\r\n"
            "Content-Type: text/rfc822-headers\r\n\r\nDKIM-Signature: d=other.example\r\n"_s;
        const QList<AuthCheck> checks = AuthResultsSummary::fromFeedbackReport(notice);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).domain, u"deals.example"_s);
        QCOMPARE(checks.at(0).result, u"fail"_s);
        QVERIFY(AuthResultsSummary::fromFeedbackReport(u"Subject: x\r\n\r\nbody"_s).isEmpty());
    }
};

} // namespace mixdesk

QTEST_MAIN(mixdesk::AuthResultsSummaryTest)
#include "AuthResultsSummaryTest.moc"
