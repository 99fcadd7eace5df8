#include "StoreTestKit.h"
#include "dnsbl/DnsblAlerts.h"
#include "dnsbl/MemoryDnsblHistory.h"
#include "dnsbl/SqlDnsblHistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

// Every history must behave the same: one body, run in memory, on SQLite and on a real
// PostgreSQL (the store's "dnsbl" role).
class DnsblHistoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryCheck_data();
    void keepsEveryCheck();
    void survivesReopening_data() { addBackendRows(); }
    void survivesReopening();
    void alertsOnlyForNewActionablePremiumListings();
};

#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const Status status_ = (expr);                                                             \
        QVERIFY2(status_.ok(), qPrintable(status_.ok() ? QString() : status_.error().message));    \
    } while (false)

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

DnsblResult result(const QString& ip, const QString& zone, DnsblStatus status,
                   DnsblKind kind = DnsblKind::Actionable, bool premium = true)
{
    DnsblResult r;
    r.ip = ip;
    r.zone = zone;
    r.status = status;
    r.kind = kind;
    r.premium = premium;
    r.exitName = QStringLiteral("exit1");
    if (status == DnsblStatus::Listed) {
        r.codes = {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.4")};
        r.meaning = QStringLiteral("127.0.0.2: SBL");
        r.txt = QStringLiteral("see https://example.test/ü");
    }
    return r;
}

DnsblRun run(const QDateTime& at, QList<DnsblResult> results)
{
    DnsblRun r;
    r.startedAt = at;
    r.finishedAt = at.addMSecs(80);
    for (DnsblResult& one : results)
        one.checkedAt = at;
    r.results = results;
    r.zoneHealth = {DnsblZoneHealth{QStringLiteral("a.test"), QAbstractSocket::IPv4Protocol,
                                    DnsblZoneHealth::Verdict::Passed, QString()}};
    return r;
}

const QString kIp = QStringLiteral("198.51.100.23");
const QString kIp2 = QStringLiteral("2001:db8::77");

} // namespace

void DnsblHistoryTest::keepsEveryCheck_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("memory") << "memory";
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgresql") << "postgresql";
}

void DnsblHistoryTest::keepsEveryCheck()
{
    QFETCH(QString, backend);
    std::unique_ptr<TestDesk> desk;
    std::unique_ptr<TestStore> store;
    std::unique_ptr<DnsblHistory> history;
    if (backend == u"memory") {
        history = std::make_unique<MemoryDnsblHistory>();
    } else {
        desk =
            std::make_unique<TestDesk>(backend == u"sqlite" ? Backend::Sqlite : Backend::Postgres);
        QVERIFY2(desk->ok(), qPrintable(desk->error()));
        store = desk->open(QStringLiteral("alice"));
        QVERIFY(store);
        history = std::make_unique<SqlDnsblHistory>(store->db());
    }
    QVERIFY(history->lastCheck().ok());
    QVERIFY(!history->lastCheck()->isValid());
    QVERIFY(history->latest()->isEmpty());

    const QString a = QStringLiteral("a.test");
    const QString b = QStringLiteral("b.test");
    QVERIFY_OK(
        history->record(run(kT0, {result(kIp, a, DnsblStatus::NotListed),
                                  result(kIp, b, DnsblStatus::Listed, DnsblKind::ExpectedForExit),
                                  result(kIp2, a, DnsblStatus::NotListed)})));
    QVERIFY_OK(history->record(
        run(kT0.addSecs(3600), {result(kIp, a, DnsblStatus::Listed),
                                result(kIp, b, DnsblStatus::Listed, DnsblKind::ExpectedForExit),
                                result(kIp2, a, DnsblStatus::Timeout)})));
    QVERIFY_OK(history->record(run(kT0.addSecs(7200), {result(kIp, a, DnsblStatus::Timeout),
                                                       result(kIp, b, DnsblStatus::Untrusted)})));

    QCOMPARE(*history->lastCheck(), kT0.addSecs(7200));

    const Result<QList<DnsblResult>> latest = history->latest();
    QVERIFY(latest.ok());
    QCOMPARE(latest->size(), 3);
    QCOMPARE(latest->at(0).ip, kIp);
    QCOMPARE(latest->at(0).zone, a);
    QCOMPARE(latest->at(0).status, DnsblStatus::Timeout);
    QCOMPARE(latest->at(0).checkedAt, kT0.addSecs(7200));
    QCOMPARE(latest->at(2).ip, kIp2);
    QCOMPARE(latest->at(2).status, DnsblStatus::Timeout);

    const Result<QList<DnsblResult>> conclusive = history->latest(DnsblHistory::Which::Conclusive);
    QVERIFY(conclusive.ok());
    QCOMPARE(conclusive->size(), 3);
    const DnsblResult listed = conclusive->at(0);
    QCOMPARE(listed.status, DnsblStatus::Listed);
    QCOMPARE(listed.checkedAt, kT0.addSecs(3600));
    // Every field survives the round trip.
    DnsblResult expected = result(kIp, a, DnsblStatus::Listed);
    expected.checkedAt = kT0.addSecs(3600);
    QCOMPARE(listed, expected);
    QCOMPARE(conclusive->at(1).status, DnsblStatus::Listed); // b: untrusted is not conclusive
    QCOMPARE(conclusive->at(2).status, DnsblStatus::NotListed);

    const Result<QList<DnsblListingPoint>> points = history->listingsOverTime(kIp, QDateTime());
    QVERIFY(points.ok());
    QCOMPARE(points->size(), 3);
    QCOMPARE(points->at(0), (DnsblListingPoint{kT0, 0, 1, 0}));
    QCOMPARE(points->at(1), (DnsblListingPoint{kT0.addSecs(3600), 1, 1, 0}));
    QCOMPARE(points->at(2), (DnsblListingPoint{kT0.addSecs(7200), 0, 0, 0}));
    const Result<QList<DnsblListingPoint>> recent =
        history->listingsOverTime(kIp, kT0.addSecs(3600));
    QCOMPARE(recent->size(), 2);
    QCOMPARE(history->listingsOverTime(kIp2, QDateTime())->size(), 2);
    QVERIFY(history->listingsOverTime(QStringLiteral("192.0.2.1"), QDateTime())->isEmpty());
}

void DnsblHistoryTest::survivesReopening()
{
    QFETCH(Backend, backend);
    TestDesk desk(backend);
    QVERIFY2(desk.ok(), qPrintable(desk.error()));
    {
        auto history = SqlDnsblHistory::open(desk.location(), Database::Options{});
        QVERIFY2(history.ok(), qPrintable(history.ok() ? QString() : history.error().message));
        QVERIFY_OK((*history)->record(
            run(kT0, {result(kIp, QStringLiteral("a.test"), DnsblStatus::Listed)})));
    }
    // The role's migrations ran once; a second connection finds the check.
    auto again = SqlDnsblHistory::open(desk.location(), Database::Options{});
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE((*again)->latest()->size(), 1);
    QCOMPARE(*(*again)->lastCheck(), kT0);
    QCOMPARE(desk.scalar(QStringLiteral("SELECT version FROM schema_roles WHERE role = 'dnsbl'"))
                 .toInt(),
             1);
    // A second check at the same millisecond is refused whole, not mixed in.
    QVERIFY(!(*again)
                 ->record(run(kT0, {result(kIp2, QStringLiteral("a.test"), DnsblStatus::Listed)}))
                 .ok());
    QCOMPARE((*again)->latest()->size(), 1);
}

void DnsblHistoryTest::alertsOnlyForNewActionablePremiumListings()
{
    const QString a = QStringLiteral("a.test");
    const QString b = QStringLiteral("b.test");
    const QString c = QStringLiteral("c.test");
    const QList<DnsblResult> previous{result(kIp, a, DnsblStatus::Listed),
                                      result(kIp, b, DnsblStatus::NotListed)};
    const QList<DnsblResult> current{
        result(kIp, a, DnsblStatus::Listed),                                // known listing
        result(kIp, b, DnsblStatus::Listed),                                // new: alert
        result(kIp, c, DnsblStatus::Listed),                                // never seen: alert
        result(kIp2, a, DnsblStatus::Listed, DnsblKind::Actionable, false), // free exit
        result(kIp2, b, DnsblStatus::Listed, DnsblKind::ExpectedForExit),   // expected list
        result(kIp2, c, DnsblStatus::Untrusted),                            // not a listing
    };
    const QList<DnsblResult> alerts = DnsblAlerts::newListings(previous, current);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts[0].zone, b);
    QCOMPARE(alerts[1].zone, c);
    QVERIFY(DnsblAlerts::newListings(current, current).isEmpty());
}

QTEST_GUILESS_MAIN(DnsblHistoryTest)
#include "DnsblHistoryTest.moc"
