#include "dnsbl/DnsblAlertMail.h"
#include "analysis/NoticeAnalyzer.h"
#include "dnsbl/DnsblAlertInbox.h"
#include "mail/MailParser.h"
#include "store/notices/NoticeQuery.h"
#include "store/notices/NoticeRoles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// The inbox entry for a new listing of a premium exit: a mail MixDesk writes to itself.
class DnsblAlertMailTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesExitZoneMeaningReasonAndDelisting();
    void sameListingsGiveTheSameBytes();
    void encodesANonAsciiExitNameInTheSubject();
    void isAnalysedAsAListingOfTheExit();
    void isFiledInTheInboxOnce();
    void filesNothingForNoListings();
};

namespace {

const QDateTime kAt(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

DnsblResult listing(const QString& ip = u"198.51.100.23"_s, const QString& exit = u"exit1"_s)
{
    DnsblResult r;
    r.ip = ip;
    r.exitName = exit;
    r.premium = true;
    r.zone = u"sbl.example.test"_s;
    r.status = DnsblStatus::Listed;
    r.codes = {u"127.0.0.2"_s};
    r.meaning = u"127.0.0.2: direct spam source"_s;
    r.txt = u"Listed since 2026-11-01, see https://sbl.example.test/q"_s;
    r.kind = DnsblKind::Actionable;
    r.checkedAt = kAt;
    return r;
}

QList<DnsblZone> zones()
{
    DnsblZone zone;
    zone.zone = u"sbl.example.test"_s;
    zone.name = u"Example SBL"_s;
    zone.delistUrl = u"https://sbl.example.test/removal"_s;
    return {zone};
}

OperatorProfile profile()
{
    OperatorProfile p;
    ExitNode exit;
    exit.name = u"exit1"_s;
    exit.premium = true;
    exit.addresses = {u"198.51.100.23"_s};
    p.exits = {exit};
    return p;
}

} // namespace

void DnsblAlertMailTest::namesExitZoneMeaningReasonAndDelisting()
{
    const IncomingNotice notice = DnsblAlertMail::compose({listing()}, zones());
    const ParsedMail mail = MailParser::parse(notice.raw);
    QCOMPARE(mail.header(u"Subject"),
             u"New blocklist listing: 198.51.100.23 (exit1) on sbl.example.test"_s);
    QCOMPARE(mail.header(u"Importance"), u"high"_s);
    const QString body = mail.bodyText();
    for (const QString& part :
         {u"Example SBL"_s, u"127.0.0.2: direct spam source"_s, u"Listed since 2026-11-01"_s,
          u"https://sbl.example.test/removal"_s, u"2026-11-02 09:30"_s})
        QVERIFY2(body.contains(part), qPrintable(part + u" missing in:\n"_s + body));
    QVERIFY(notice.origin.startsWith(u"dnsbl-alert:"_s));
    QCOMPARE(notice.receivedAt, kAt);
}

void DnsblAlertMailTest::sameListingsGiveTheSameBytes()
{
    const QList<DnsblResult> two = {listing(), listing(u"2001:db8::77"_s)};
    QCOMPARE(DnsblAlertMail::compose(two, zones()).raw, DnsblAlertMail::compose(two, zones()).raw);
    QVERIFY(MailParser::parse(DnsblAlertMail::compose(two, zones()).raw)
                .header(u"Subject")
                .endsWith(u"(and 1 more)"_s));
    DnsblResult later = listing();
    later.checkedAt = kAt.addDays(1);
    QVERIFY(DnsblAlertMail::compose({later}, zones()).raw !=
            DnsblAlertMail::compose({listing()}, zones()).raw);
}

void DnsblAlertMailTest::encodesANonAsciiExitNameInTheSubject()
{
    const QByteArray raw =
        DnsblAlertMail::compose({listing(u"198.51.100.23"_s, u"Ausgang-München"_s)}, zones()).raw;
    QVERIFY(raw.contains("Subject: =?UTF-8?B?"));
    QVERIFY(MailParser::parse(raw).header(u"Subject").contains(u"Ausgang-München"_s));
}

void DnsblAlertMailTest::isAnalysedAsAListingOfTheExit()
{
    const Analysis analysis =
        NoticeAnalyzer(profile()).analyze(DnsblAlertMail::compose({listing()}, zones()).raw);
    QCOMPARE(categoryId(analysis.category), u"dnsbl-listing"_s);
    QCOMPARE(analysis.exitIp, u"198.51.100.23"_s);
}

void DnsblAlertMailTest::isFiledInTheInboxOnce()
{
    QTemporaryDir dir;
    const StoreLocation desk = StoreLocation::sqliteFile(dir.filePath(u"desk.sqlite"_s));
    auto inbox = DnsblAlertInbox::open(desk, {}, profile());
    QVERIFY2(inbox, qPrintable(inbox ? QString() : inbox.error().message));
    const Result<qint64> first = (*inbox)->file({listing()}, zones());
    QVERIFY2(first && *first > 0, qPrintable(first ? QString() : first.error().message));
    const Result<qint64> again = (*inbox)->file({listing()}, zones());
    QVERIFY(again);
    QCOMPARE(*again, *first);

    auto db = Database::open(desk);
    QVERIFY(db);
    SqlNoticeRoles roles(**db);
    QCOMPARE(*roles.roles().inbox.count(NoticeQuery()), 1);
    const Result<Analysis> stored = roles.roles().inbox.analysis(*first);
    QVERIFY(stored);
    QCOMPARE(stored->exitIp, u"198.51.100.23"_s);
}

void DnsblAlertMailTest::filesNothingForNoListings()
{
    QTemporaryDir dir;
    auto inbox = DnsblAlertInbox::open(StoreLocation::sqliteFile(dir.filePath(u"d.sqlite"_s)), {},
                                       profile());
    QVERIFY(inbox);
    QCOMPARE(*(*inbox)->file({}, zones()), qint64(0));
}

QTEST_GUILESS_MAIN(DnsblAlertMailTest)
#include "DnsblAlertMailTest.moc"
