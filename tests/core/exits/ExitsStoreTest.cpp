#include "StoreTestKit.h"

#include "exits/store/SqlBlockStore.h"
#include "exits/store/SqlReadinessHistory.h"

#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

// The exits' store role (check history, block requests), on SQLite and on a real
// PostgreSQL.
class ExitsStoreTest : public QObject
{
    Q_OBJECT

    static CheckResult result(const QString& ip, ReadinessCheckKind kind, CheckStatus status,
                              const QDateTime& at)
    {
        return {ip, QStringLiteral("exit1"), kind, status, QStringLiteral("because ") + ip, at};
    }

private slots:
    void initTestCase_data() { addBackendRows(); }

    void historyKeepsEveryRunAndKnowsTheLatest()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        SqlReadinessHistory history(store->db());
        QVERIFY(history.latest()->isEmpty());
        const QDateTime t0(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        const CheckResult first = result(QStringLiteral("203.0.113.10"),
                                         ReadinessCheckKind::ReverseDns, CheckStatus::Fail, t0);
        CheckResult second = first;
        second.status = CheckStatus::Pass;
        second.detail = QStringLiteral("fixed");
        second.checkedAt = t0.addSecs(3600);
        const CheckResult v6 = result(QStringLiteral("2001:db8::10"), ReadinessCheckKind::Whois,
                                      CheckStatus::Warn, t0);
        QVERIFY(history.append({first, v6}).ok());
        QVERIFY(history.append({second}).ok());

        const QList<CheckResult> latest = *history.latest();
        QCOMPARE(latest.size(), 2);
        QVERIFY(latest.contains(second));
        QVERIFY(latest.contains(v6));
        QCOMPARE(*history.history(QStringLiteral("203.0.113.10"), 10),
                 (QList<CheckResult>{second, first}));
        QCOMPARE(history.history(QStringLiteral("203.0.113.10"), 1)->size(), 1);
        QVERIFY(history.history(QStringLiteral("192.0.2.1"), 10)->isEmpty());
        // Another connection (another desk of the team) sees the same.
        auto other = desk.open();
        QCOMPARE(SqlReadinessHistory(other->db()).latest()->size(), 2);
    }

    void blocksAreAddedListedRemoved()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        SqlBlockStore blocks(store->db());
        QVERIFY(blocks.list()->isEmpty());
        BlockRequest r;
        r.destination = QStringLiteral("forum.example");
        r.reason = QStringLiteral("Stalking");
        r.requester = QStringLiteral("Jane Doe");
        r.reference = QStringLiteral("case-4");
        r.ports = *PortRange::parseList(QStringLiteral("443,8000-8080"));
        r.expires = QDate(2027, 6, 30);
        const Result<BlockRequest> first = blocks.add(r);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(first->id > 0);
        QVERIFY(first->createdAt.isValid());
        BlockRequest plain;
        plain.destination = QStringLiteral("198.51.100.0/24");
        plain.reason = QStringLiteral("Site owner");
        const Result<BlockRequest> second = blocks.add(plain);
        QVERIFY(second.ok());
        QVERIFY(second->id > first->id);

        auto other = desk.open();
        const QList<BlockRequest> all = *SqlBlockStore(other->db()).list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first(), *first);
        QCOMPARE(all.last(), *second);
        QVERIFY(!all.last().expires.isValid());
        QVERIFY(all.last().ports.isEmpty());

        QVERIFY(blocks.remove(first->id).ok());
        const Status again = blocks.remove(first->id);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("#%1").arg(first->id)));
        QCOMPARE(blocks.list()->size(), 1);
        // Ids are never reused.
        QVERIFY(blocks.add(r)->id > second->id);
    }
};

QTEST_GUILESS_MAIN(ExitsStoreTest)
#include "ExitsStoreTest.moc"
