#include "StoreTestKit.h"
#include "reanalysis/ReanalysisSummary.h"
#include "store/notices/DueDate.h"

#include <QSqlQuery>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray mail(const QByteArray& subject, const QByteArray& body)
{
    return "From: Abuse Desk <abuse@isp.example>\nTo: abuse@mix.example\nSubject: " + subject +
           "\nDate: Mon, 02 Mar 2026 10:00:00 +0100\nMessage-ID: <" +
           QByteArray::number(qHash(subject + body)) + "@isp.example>\n\n" + body;
}

QList<qint64> idsOf(const Result<QList<AddResult>>& added)
{
    QList<qint64> ids;
    if (added)
        for (const AddResult& r : *added)
            ids << r.id;
    return ids;
}

} // namespace

// Issue 18: the due column and queue, the incident date filter, hidden notices; on
// SQLite and on a real PostgreSQL.
class InboxDueTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    // The deadline and urgency a notice states are stored when it is prepared; the
    // due queue lists what is due by a day and still open; the due sort puts the
    // notices without a deadline last.
    void dueFoundWhenStoredQueuedAndSorted()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QList<qint64> id = idsOf(store->add(
            {testNotice(mail("Auskunftsersuchen", "Bitte Rueckmeldung bis 09.03.2026.\n")),
             testNotice(mail("EILT: Anfrage", "Bitte pruefen.\n")),
             testNotice(mail("Spam", "Spam from your network.\n")),
             testNotice(mail("Order", "Please answer no later than 5 March 2026.\n"))},
            {Analysis(), Analysis(), Analysis(), Analysis()}));
        QCOMPARE(id.size(), 4);
        const auto rows = *store->inbox().summaries(id);
        QCOMPARE(rows[0].due, QDate(2026, 3, 9));
        QVERIFY(!rows[0].urgent);
        QVERIFY(!rows[1].due.isValid());
        QVERIFY(rows[1].urgent);
        QVERIFY(!rows[2].due.isValid());
        QVERIFY(!rows[2].urgent);
        QCOMPARE(rows[3].due, QDate(2026, 3, 5));
        QVERIFY(!rows[0].dueEdited);
        QCOMPARE(desk.scalar(u"SELECT due_at FROM notices WHERE id = %1"_s.arg(id[2])).toLongLong(),
                 DueDate::kNone);

        NoticeQuery queue;
        queue.openOnly = true;
        queue.dueBy = QDate(2026, 3, 9);
        QCOMPARE(*store->inbox().queryIds(queue), (QList<qint64>{id[3], id[0]}));
        QCOMPARE(*store->inbox().count(queue), 2);
        queue.dueBy = QDate(2026, 3, 8);
        QCOMPARE(*store->inbox().queryIds(queue), QList<qint64>{id[3]});
        QVERIFY(store->setStatus({id[3]}, NoticeStatus::Closed, u"t"_s).ok());
        QVERIFY(store->inbox().queryIds(queue)->isEmpty()); // closed: not due any more

        NoticeQuery byDue;
        byDue.sortColumn = u"due"_s;
        byDue.descending = false;
        QCOMPARE(*store->inbox().queryIds(byDue), (QList<qint64>{id[3], id[0], id[1], id[2]}));
    }

    // The operator sets or clears a deadline and the urgency; it is journalled, and a
    // reanalysis keeps it while it fills in what stored notices state.
    void operatorDueSurvivesReanalysis()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open(u"jana"_s);
        QVERIFY(store);
        const QList<qint64> id =
            idsOf(store->add({testNotice(mail("Anfrage", "Bitte Rueckmeldung bis 09.03.2026.\n")),
                              testNotice(mail("EILT: Anfrage", "Bitte bis 20.03.2026.\n")),
                              testNotice(mail("Spam", "Spam.\n"))},
                             {Analysis(), Analysis(), Analysis()}));
        QCOMPARE(id.size(), 3);
        QVERIFY(store->journal().setDue({id[1]}, QDate(2026, 4, 1), false).ok());
        QVERIFY(store->journal().setDue({id[2]}, QDate(2026, 3, 3), true).ok());
        QVERIFY(!store->journal().setDue({424242}, QDate(2026, 3, 3), true).ok());
        const auto events = *store->journal().events(id[2]);
        QCOMPARE(events.last().kind, u"due"_s);
        QCOMPARE(events.last().detail, u"2026-03-03 urgent"_s);
        QCOMPARE(events.last().user, u"jana"_s);

        // As stored before schema 8: nothing found yet.
        QVERIFY(desk.exec(
            u"UPDATE notices SET due_at = %1, urgent = 0 WHERE id = %2"_s.arg(DueDate::kNone)
                .arg(id[0])));
        QVERIFY(!store->inbox().summaries({id[0]})->at(0).due.isValid());
        const ReanalysisSummary summary =
            ReanalysisSummary::run(store->roles(), OperatorProfile(), nullptr, {});
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.analysed, 3);
        const auto rows = *store->inbox().summaries(id);
        QCOMPARE(rows[0].due, QDate(2026, 3, 9));
        QCOMPARE(rows[1].due, QDate(2026, 4, 1)); // the operator's, not the 20th
        QVERIFY(!rows[1].urgent);                 // though the subject says EILT
        QVERIFY(rows[1].dueEdited);
        QCOMPARE(rows[2].due, QDate(2026, 3, 3));
        QVERIFY(rows[2].urgent);

        QVERIFY(store->journal().setDue({id[1]}, QDate(), false).ok()); // cleared
        QVERIFY(!store->inbox().summaries({id[1]})->at(0).due.isValid());
        QCOMPARE(store->journal().events(id[1])->last().detail, u"none"_s);
    }

    // Delete hides: the notice leaves every view but "Hidden" and the counts, its
    // bytes stay, and it comes back; each change is journalled once.
    void hiddenNoticesLeaveTheViewsAndComeBack()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QByteArray raw = mail("Hide me", "Text.\n");
        const QList<qint64> id =
            idsOf(store->add({testNotice(raw), testNotice(mail("Keep", "Text.\n")),
                              testNotice(mail("Also", "Text.\n"))},
                             {Analysis(), Analysis(), Analysis()}));
        QVERIFY(store->setStatus({id[2]}, NoticeStatus::Closed, u"t"_s).ok());
        QVERIFY(store->journal().setHidden({id[0], id[2]}, true).ok());
        QVERIFY(store->journal().setHidden({id[0]}, true).ok()); // already hidden

        NoticeQuery shown;
        QCOMPARE(*store->inbox().queryIds(shown), QList<qint64>{id[1]});
        QCOMPARE(*store->inbox().count(shown), 1);
        NoticeQuery hidden;
        hidden.visibility = NoticeQuery::Visibility::Hidden;
        QCOMPARE(*store->inbox().queryIds(hidden), (QList<qint64>{id[2], id[0]}));
        NoticeQuery any;
        any.visibility = NoticeQuery::Visibility::Any;
        QCOMPARE(*store->inbox().count(any), 3);
        const auto counts = *store->inbox().countByStatus();
        QCOMPARE(counts.value(NoticeStatus::New), 1);
        QCOMPARE(counts.value(NoticeStatus::Closed), 0);
        QCOMPARE(*store->inbox().countHidden(), 2);
        QVERIFY(store->inbox().summaries({id[0]})->at(0).hidden);
        QCOMPARE(*store->inbox().rawNotice(id[0]), raw); // never deleted
        auto events = *store->journal().events(id[0]);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().kind, u"hidden"_s);

        QVERIFY(store->journal().setHidden({id[0], id[2]}, false).ok());
        QCOMPARE(store->inbox().queryIds(shown)->size(), 3);
        QCOMPARE(*store->inbox().countHidden(), 0);
        QCOMPARE(store->journal().events(id[0])->last().kind, u"unhidden"_s);
        QCOMPARE(store->inbox().summaries({id[2]})->at(0).status, NoticeStatus::Closed);
    }

    // The date filter on the incident time (UTC) instead of the received time; an
    // unknown incident time is in no range.
    void dateFilterOnIncidentTime()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QDateTime t0(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        QList<Analysis> analyses(3);
        analyses[0].incidentTimeUtc = t0.addDays(-5); // received on the 10th
        analyses[1].incidentTimeUtc = t0.addDays(-1);
        const QList<qint64> id = idsOf(store->add({testNotice(mail("a", "x\n"), {}, t0),
                                                   testNotice(mail("b", "x\n"), {}, t0.addDays(1)),
                                                   testNotice(mail("c", "x\n"), {}, t0.addDays(2))},
                                                  analyses));
        NoticeQuery q;
        q.from = QDate(2026, 1, 4).startOfDay(Qt::UTC);
        q.to = QDate(2026, 1, 10).startOfDay(Qt::UTC);
        QVERIFY(store->inbox().queryIds(q)->isEmpty()); // received from the 10th on
        q.dateField = NoticeQuery::DateField::Incident;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[1], id[0]}));
        q.from = QDate(2026, 1, 6).startOfDay(Qt::UTC);
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{id[1]});
        q.from = QDateTime();
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[1], id[0]})); // not c (unknown)
    }

    // The inbox's first rows stay a walk down an index: the default view (all open,
    // not hidden, by received date), the due queue and the Hidden view (SQLite's plan).
    void newFiltersKeepTheQueryPlans()
    {
        QFETCH_GLOBAL(Backend, backend);
        if (backend != Backend::Sqlite)
            QSKIP("SQLite's query plan");
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QString open = u"SELECT n.id FROM notices n WHERE n.status NOT IN ('closed', "
                             "'misdirected') AND n.hidden = 0"_s;
        QString steps =
            desk.queryPlan(open + u" ORDER BY n.received_at DESC, n.id DESC LIMIT 400"_s);
        QVERIFY2(steps.contains(u"notices_received"_s), qPrintable(steps));
        QVERIFY2(!steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
        steps = desk.queryPlan(open + u" AND n.due_at <= 1773014400000 ORDER BY n.due_at, n.id"_s);
        QVERIFY2(steps.contains(u"notices_due"_s), qPrintable(steps));
        QVERIFY2(!steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
        steps =
            desk.queryPlan(u"SELECT n.id FROM notices n WHERE n.hidden = 1 ORDER BY n.received_at "
                           "DESC, n.id DESC"_s);
        QVERIFY2(steps.contains(u"notices_hidden"_s), qPrintable(steps));
        steps = desk.queryPlan(u"SELECT COUNT(*) FROM notices WHERE hidden = 1"_s); // countHidden
        QVERIFY2(steps.contains(u"notices_hidden"_s), qPrintable(steps));
        steps = desk.queryPlan(
            u"SELECT n.id FROM notices n WHERE n.hidden = 0 AND n.incident_time >= 1 "
            "AND n.incident_time < 2 ORDER BY n.received_at DESC, n.id DESC"_s);
        QVERIFY2(!steps.isEmpty(), "no plan");
    }

    // The default view (all open, not hidden) in any column's order, and one category
    // or exit of it, is read from an index alone: with a million notices, looking up
    // each row's status and hidden flag in the table took 5 s for the whole list.
    void theDefaultViewIsReadFromAnIndexAlone()
    {
        QFETCH_GLOBAL(Backend, backend);
        if (backend != Backend::Sqlite)
            QSKIP("SQLite's query plan");
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QString open = u"SELECT n.id FROM notices n WHERE n.status NOT IN ('closed', "
                             "'misdirected') AND n.hidden = 0"_s;
        // The columns with few values (status, category, exit) tie by date, then id.
        const QStringList orders{u"received_at"_s,
                                 u"reporter"_s,
                                 u"category, n.received_at"_s,
                                 u"exit_ip, n.received_at"_s,
                                 u"status, n.received_at"_s,
                                 u"subject"_s,
                                 u"incident_time"_s,
                                 u"language"_s,
                                 u"due_at"_s,
                                 u"account"_s,
                                 u"mail_server"_s,
                                 u"case_ref"_s};
        QStringList queries;
        for (QString order : orders) {
            order.replace(u","_s, u" DESC,"_s);
            queries << open + u" ORDER BY n.%1 DESC, n.id DESC"_s.arg(order);
        }
        queries << open + u" AND n.category = 'fraud' ORDER BY n.received_at DESC, n.id DESC"_s
                << open + u" AND n.exit_ip = '192.0.2.1' ORDER BY n.received_at DESC, n.id DESC"_s
                << u"SELECT n.id FROM notices n WHERE n.status = 'new' AND n.hidden = 0 "
                   "ORDER BY n.reporter, n.id"_s;
        for (const QString& sql : queries) {
            const QString plan = desk.queryPlan(sql);
            QVERIFY2(plan.contains(u"COVERING INDEX"_s) && !plan.contains(u"TEMP B-TREE"_s),
                     qPrintable(sql + u": "_s + plan));
        }
    }
};

QTEST_GUILESS_MAIN(InboxDueTest)
#include "InboxDueTest.moc"
