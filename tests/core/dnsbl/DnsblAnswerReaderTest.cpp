#include "dnsbl/DnsblAnswerReader.h"

#include <QTest>

using namespace mixdesk;

// The rules that turn DNS answers into blocklist verdicts, without a network.
class DnsblAnswerReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listingCarriesMeaningTxtAndKind();
    void mostUrgentCodeDecidesTheKind();
    void spamhausErrorCodesAreRefusals();
    void answersOutsideLoopbackMeanRewriting();
    void dnsFailuresMapToStatuses();
    void unsupportedFamily();
    void selfTestVerdicts();
    void failedSelfTestMakesResultsUntrusted();

private:
    static DnsblZone zen();
    static DnsReply a(const QStringList& addresses);
    static DnsReply failed(DnsStatus status, const QString& reason = QStringLiteral("why"));
    static DnsblTarget target(const QString& ip, bool premium = true);
};

DnsblZone DnsblAnswerReaderTest::zen()
{
    DnsblZone z;
    z.zone = QStringLiteral("zen.example.test");
    z.name = QStringLiteral("ZEN-like");
    z.ipv6 = true;
    z.kind = DnsblKind::Actionable;
    z.codes.insert(QStringLiteral("127.0.0.2"), DnsblCode{QStringLiteral("SBL"), std::nullopt});
    z.codes.insert(QStringLiteral("127.0.0.4"),
                   DnsblCode{QStringLiteral("XBL"), DnsblKind::ExpectedForExit});
    z.errorCodes.insert(QStringLiteral("127.255.255.254"), QStringLiteral("public resolver"));
    z.errorCodes.insert(QStringLiteral("127.255.255.255"), QStringLiteral("rate limited"));
    return z;
}

DnsReply DnsblAnswerReaderTest::a(const QStringList& addresses)
{
    DnsReply reply;
    reply.type = DnsRecordType::A;
    reply.status = addresses.isEmpty() ? DnsStatus::NxDomain : DnsStatus::Ok;
    for (const QString& address : addresses) {
        DnsRecord record;
        record.address = QHostAddress(address);
        record.value = record.address.toString();
        reply.records.append(record);
    }
    return reply;
}

DnsReply DnsblAnswerReaderTest::failed(DnsStatus status, const QString& reason)
{
    DnsReply reply;
    reply.status = status;
    reply.reason = reason;
    return reply;
}

DnsblTarget DnsblAnswerReaderTest::target(const QString& ip, bool premium)
{
    return DnsblTarget{QHostAddress(ip), QStringLiteral("exit1"), premium};
}

void DnsblAnswerReaderTest::listingCarriesMeaningTxtAndKind()
{
    DnsReply txt;
    txt.status = DnsStatus::Ok;
    DnsRecord record;
    record.value = QStringLiteral("https://example.test/query/sbl123");
    txt.records = {record};
    const DnsblResult result = DnsblAnswerReader::read(
        zen(), target(QStringLiteral("198.51.100.23")), a({QStringLiteral("127.0.0.2")}), txt);
    QCOMPARE(result.status, DnsblStatus::Listed);
    QCOMPARE(result.codes, QStringList{QStringLiteral("127.0.0.2")});
    QCOMPARE(result.meaning, QStringLiteral("127.0.0.2: SBL"));
    QCOMPARE(result.txt, QStringLiteral("https://example.test/query/sbl123"));
    QCOMPARE(result.kind, DnsblKind::Actionable);
    QCOMPARE(result.ip, QStringLiteral("198.51.100.23"));
    QCOMPARE(result.zone, QStringLiteral("zen.example.test"));
    QCOMPARE(result.exitName, QStringLiteral("exit1"));
    QVERIFY(result.premium);

    const QJsonObject json = result.toJson();
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("codes"), QStringLiteral("ip"), QStringLiteral("kind"),
                          QStringLiteral("meaning"), QStringLiteral("status"),
                          QStringLiteral("txt"), QStringLiteral("zone")}));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("listed"));
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("actionable"));
}

void DnsblAnswerReaderTest::mostUrgentCodeDecidesTheKind()
{
    const DnsblResult xbl = DnsblAnswerReader::read(zen(), target(QStringLiteral("198.51.100.23")),
                                                    a({QStringLiteral("127.0.0.4")}), {});
    QCOMPARE(xbl.status, DnsblStatus::Listed);
    QCOMPARE(xbl.kind, DnsblKind::ExpectedForExit);
    QVERIFY(xbl.txt.isEmpty());

    const DnsblResult both =
        DnsblAnswerReader::read(zen(), target(QStringLiteral("198.51.100.23")),
                                a({QStringLiteral("127.0.0.4"), QStringLiteral("127.0.0.2")}), {});
    QCOMPARE(both.kind, DnsblKind::Actionable);
    QCOMPARE(both.codes.size(), 2);
    QVERIFY(both.meaning.contains(QLatin1String("XBL")));
    QVERIFY(both.meaning.contains(QLatin1String("SBL")));

    const DnsblResult unknown = DnsblAnswerReader::read(
        zen(), target(QStringLiteral("198.51.100.23")), a({QStringLiteral("127.0.0.77")}), {});
    QCOMPARE(unknown.status, DnsblStatus::Listed);
    QCOMPARE(unknown.kind, DnsblKind::Actionable); // the zone's kind
    QVERIFY(unknown.meaning.contains(QLatin1String("127.0.0.77")));
}

void DnsblAnswerReaderTest::spamhausErrorCodesAreRefusals()
{
    for (const QString& code :
         {QStringLiteral("127.255.255.254"), QStringLiteral("127.255.255.255")}) {
        const DnsblResult result =
            DnsblAnswerReader::read(zen(), target(QStringLiteral("198.51.100.23")), a({code}), {});
        QCOMPARE(result.status, DnsblStatus::Refused);
        QCOMPARE(result.codes, QStringList{code});
        QCOMPARE(result.meaning, zen().errorCodes.value(code));
    }
    // An error code beside a real code: the real code is the listing.
    const DnsblResult mixed = DnsblAnswerReader::read(
        zen(), target(QStringLiteral("198.51.100.23")),
        a({QStringLiteral("127.255.255.254"), QStringLiteral("127.0.0.2")}), {});
    QCOMPARE(mixed.status, DnsblStatus::Listed);
    QCOMPARE(mixed.codes, QStringList{QStringLiteral("127.0.0.2")});
}

void DnsblAnswerReaderTest::answersOutsideLoopbackMeanRewriting()
{
    const DnsReply rewritten = a({QStringLiteral("198.51.100.99")});
    QVERIFY(DnsblAnswerReader::isRewritten(rewritten));
    QVERIFY(!DnsblAnswerReader::isRewritten(a({QStringLiteral("127.0.0.2")})));
    const DnsblResult result =
        DnsblAnswerReader::read(zen(), target(QStringLiteral("198.51.100.23")), rewritten, {});
    QCOMPARE(result.status, DnsblStatus::Error);
    QCOMPARE(result.codes, QStringList{QStringLiteral("198.51.100.99")});
    QVERIFY(result.meaning.contains(QLatin1String("rewrites")));
}

void DnsblAnswerReaderTest::dnsFailuresMapToStatuses()
{
    const DnsblTarget t = target(QStringLiteral("198.51.100.23"));
    QCOMPARE(DnsblAnswerReader::read(zen(), t, a({}), {}).status, DnsblStatus::NotListed);
    QCOMPARE(DnsblAnswerReader::read(zen(), t, failed(DnsStatus::NoData), {}).status,
             DnsblStatus::NotListed);
    const DnsblResult refused = DnsblAnswerReader::read(
        zen(), t, failed(DnsStatus::Refused, QStringLiteral("REFUSED")), {});
    QCOMPARE(refused.status, DnsblStatus::Refused);
    QCOMPARE(refused.meaning, QStringLiteral("REFUSED"));
    QCOMPARE(DnsblAnswerReader::read(zen(), t, failed(DnsStatus::ServerFailure), {}).status,
             DnsblStatus::Error);
    QCOMPARE(DnsblAnswerReader::read(zen(), t, failed(DnsStatus::Error), {}).status,
             DnsblStatus::Error);
    const DnsblResult timeout =
        DnsblAnswerReader::read(zen(), t, failed(DnsStatus::Timeout, QStringLiteral("slow")), {});
    QCOMPARE(timeout.status, DnsblStatus::Timeout);
    QCOMPARE(timeout.meaning, QStringLiteral("slow"));
}

void DnsblAnswerReaderTest::unsupportedFamily()
{
    DnsblZone v4only = zen();
    v4only.ipv6 = false;
    const DnsblResult result =
        DnsblAnswerReader::unsupported(v4only, target(QStringLiteral("2001:db8::1")));
    QCOMPARE(result.status, DnsblStatus::Unsupported);
    QVERIFY(result.meaning.contains(QLatin1String("IPv6")));
}

void DnsblAnswerReaderTest::selfTestVerdicts()
{
    using V = DnsblZoneHealth::Verdict;
    const auto v4 = QAbstractSocket::IPv4Protocol;
    const DnsReply listed = a({QStringLiteral("127.0.0.2")});
    const DnsReply clean = a({});
    QCOMPARE(DnsblAnswerReader::selfTest(zen(), v4, listed, clean).verdict, V::Passed);
    QVERIFY(DnsblAnswerReader::selfTest(zen(), v4, listed, clean).trusted());

    const DnsblZoneHealth wildcard = DnsblAnswerReader::selfTest(zen(), v4, listed, listed);
    QCOMPARE(wildcard.verdict, V::Wildcard);
    QVERIFY(!wildcard.trusted());
    QVERIFY(wildcard.reason.contains(QLatin1String("127.0.0.1")));

    const DnsblZoneHealth dead = DnsblAnswerReader::selfTest(zen(), v4, clean, clean);
    QCOMPARE(dead.verdict, V::MissingTestEntry);
    QVERIFY(!dead.trusted());
    QVERIFY(dead.reason.contains(QLatin1String("127.0.0.2")));

    const DnsblZoneHealth rewriting =
        DnsblAnswerReader::selfTest(zen(), v4, listed, a({QStringLiteral("198.51.100.99")}));
    QCOMPARE(rewriting.verdict, V::Rewriting);
    QVERIFY(!rewriting.trusted());

    const DnsReply refusedCode = a({QStringLiteral("127.255.255.254")});
    const DnsblZoneHealth refused =
        DnsblAnswerReader::selfTest(zen(), v4, refusedCode, refusedCode);
    QCOMPARE(refused.verdict, V::Refused);
    QVERIFY(refused.trusted()); // the results say "refused" themselves
    QCOMPARE(refused.reason, QStringLiteral("public resolver"));

    const DnsblZoneHealth unreachable =
        DnsblAnswerReader::selfTest(zen(), v4, failed(DnsStatus::Timeout), clean);
    QCOMPARE(unreachable.verdict, V::Unreachable);
    QVERIFY(unreachable.trusted());

    const DnsblZoneHealth v6 =
        DnsblAnswerReader::selfTest(zen(), QAbstractSocket::IPv6Protocol, clean, clean);
    QVERIFY(v6.reason.contains(QLatin1String("::ffff:127.0.0.2")) ||
            v6.reason.contains(QLatin1String("::ffff:7f00:2")));
    QCOMPARE(DnsblAnswerReader::testListed(QAbstractSocket::IPv6Protocol),
             QHostAddress(QStringLiteral("::FFFF:7F00:2")));
}

void DnsblAnswerReaderTest::failedSelfTestMakesResultsUntrusted()
{
    const auto v4 = QAbstractSocket::IPv4Protocol;
    const DnsReply listed = a({QStringLiteral("127.0.0.2")});
    DnsblResult result =
        DnsblAnswerReader::read(zen(), target(QStringLiteral("198.51.100.23")), listed, {});
    const DnsblZoneHealth wildcard = DnsblAnswerReader::selfTest(zen(), v4, listed, listed);
    DnsblAnswerReader::applyHealth(result, wildcard);
    QCOMPARE(result.status, DnsblStatus::Untrusted);
    QCOMPARE(result.meaning, wildcard.reason);
    QCOMPARE(result.codes, QStringList{QStringLiteral("127.0.0.2")});

    DnsblResult kept =
        DnsblAnswerReader::read(zen(), target(QStringLiteral("198.51.100.23")), a({}), {});
    DnsblAnswerReader::applyHealth(kept, DnsblAnswerReader::selfTest(zen(), v4, listed, a({})));
    QCOMPARE(kept.status, DnsblStatus::NotListed);
}

QTEST_GUILESS_MAIN(DnsblAnswerReaderTest)
#include "DnsblAnswerReaderTest.moc"
