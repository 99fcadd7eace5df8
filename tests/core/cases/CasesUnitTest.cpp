#include "cases/CaseDraft.h"
#include "cases/CaseTemplates.h"
#include "cases/CaseTimeline.h"
#include "cases/CaseType.h"
#include "cases/DueAgenda.h"
#include "cases/RetentionChecklist.h"
#include "cases/ServiceStatement.h"

#include <QTest>

using namespace mixdesk;

namespace {

OperatorProfile profile()
{
    OperatorProfile p;
    p.name = QStringLiteral("Jörg Beispiel");
    p.postalAddress = QStringLiteral("Musterstraße 1, 12345 Musterstadt");
    ExitNode exit;
    exit.name = QStringLiteral("exit1");
    exit.cascade = QStringLiteral("Alpha");
    exit.addresses = {QStringLiteral("192.0.2.140"), QStringLiteral("2001:db8::140")};
    exit.inServiceSince = QDate(2024, 1, 1);
    exit.inServiceUntil = QDate(2026, 6, 30);
    ExitNode open;
    open.name = QStringLiteral("exit2");
    open.addresses = {QStringLiteral("198.51.100.7")};
    p.exits = {exit, open};
    return p;
}

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

} // namespace

// The cases' logic without a database: types, the service statement, the draft from
// a notice, the timeline, the checklist and the templates.
class CasesUnitTest : public QObject
{
    Q_OBJECT

private slots:
    void typeIdsRoundTrip()
    {
        for (CaseType t : allCaseTypes())
            QCOMPARE(caseTypeFromId(caseTypeId(t)), t);
        QCOMPARE(allCaseTypes().size(), 8);
        QCOMPARE(caseTypeFromId(u"retention-order"), CaseType::RetentionOrder);
        QVERIFY(!caseTypeFromId(u"nonsense"));
        QCOMPARE(summonsRoleFromId(u"suspect"), SummonsRole::Suspect);
        QVERIFY(!summonsRoleFromId(u"judge"));
        for (CaseStatus s : allCaseStatuses())
            QCOMPARE(caseStatusFromId(caseStatusId(s)), s);
        for (AuthorityKind k : allAuthorityKinds())
            QCOMPARE(authorityKindFromId(authorityKindId(k)), k);
    }

    void serviceStatement()
    {
        const OperatorProfile p = profile();
        ServiceStatement s =
            ServiceStatement::of(p, QStringLiteral("192.0.2.140"), utc(2026, 3, 1));
        QCOMPARE(s.state, ServiceStatement::State::InService);
        QCOMPARE(s.exitName, QStringLiteral("exit1"));
        QCOMPARE(s.cascade, QStringLiteral("Alpha"));
        QVERIFY(!s.isWarning());
        QVERIFY(s.text(QStringLiteral("en")).contains(QStringLiteral("was in service")));
        QVERIFY(s.text(QStringLiteral("de")).contains(QStringLiteral("2024-01-01 bis 2026-06-30")));

        s = ServiceStatement::of(p, QStringLiteral("2001:DB8:0:0:0:0:0:140"), utc(2026, 7, 1));
        QCOMPARE(s.state, ServiceStatement::State::NotInService);
        QVERIFY(s.isWarning());
        QVERIFY(s.text(QStringLiteral("en")).startsWith(QStringLiteral("Warning")));

        QCOMPARE(ServiceStatement::of(p, QStringLiteral("203.0.113.1"), utc(2026, 3, 1)).state,
                 ServiceStatement::State::NotAnExit);
        QCOMPARE(ServiceStatement::of(p, QStringLiteral("198.51.100.7"), utc(2026, 3, 1)).state,
                 ServiceStatement::State::NoPeriod);
        QCOMPARE(ServiceStatement::of(p, QStringLiteral("192.0.2.140"), QDateTime()).state,
                 ServiceStatement::State::NoTime);
        QCOMPARE(ServiceStatement::of(p, QString(), utc(2026, 3, 1)).state,
                 ServiceStatement::State::NoAddress);
    }

    void draftFromNotice()
    {
        Analysis a;
        a.category = Category::Fraud;
        a.reporter = QStringLiteral("Polizeipräsidium Musterstadt");
        a.caseReference = QStringLiteral("Az. 123 Js 4567/26");
        a.exitIp = QStringLiteral("192.0.2.140");
        a.incidentTimeUtc = utc(2026, 3, 1);
        CaseFolder c = CaseDraft::fromNotice(a, QStringLiteral("Vorladung"));
        QCOMPARE(c.type, CaseType::Summons);
        QCOMPARE(c.role, SummonsRole::Witness);
        QCOMPARE(c.authorityKind, AuthorityKind::Police);
        QCOMPARE(c.authority, a.reporter);
        QCOMPARE(c.reference, a.caseReference);
        QCOMPARE(c.exitIp, a.exitIp);
        QCOMPARE(c.incidentTimeUtc, a.incidentTimeUtc);
        QVERIFY(c.title.contains(a.caseReference));

        a.reporter = QStringLiteral("Shop Example GmbH");
        a.exitIp.clear();
        a.reportedIp = QStringLiteral("203.0.113.5");
        a.caseReference.clear();
        c = CaseDraft::fromNotice(a, QStringLiteral("Betrugsverdacht Bestellung 42"));
        QCOMPARE(c.type, CaseType::Fraud);
        QCOMPARE(c.authorityKind, AuthorityKind::Company);
        QCOMPARE(c.exitIp, QStringLiteral("203.0.113.5"));
        QVERIFY(c.title.contains(QStringLiteral("Bestellung 42")));
        QCOMPARE(CaseDraft::authorityOf(QStringLiteral("Staatsanwaltschaft Köln")),
                 AuthorityKind::Prosecutor);
        QCOMPARE(CaseDraft::authorityOf(QStringLiteral("Amtsgericht Tiergarten")),
                 AuthorityKind::Court);
    }

    void timelineMergesEverythingInOrder()
    {
        CaseTimeline::Input in;
        in.events = {{1, 1, utc(2026, 3, 10), QStringLiteral("jane"), QStringLiteral("opened"),
                      QStringLiteral("Case")},
                     {2, 1, utc(2026, 3, 11), QStringLiteral("jane"), QStringLiteral("document"),
                      QStringLiteral("letter.pdf")}};
        in.notes = {{1, 1, utc(2026, 3, 12), QStringLiteral("jane"), QStringLiteral("called")}};
        in.documents = {{1, 1, QStringLiteral("letter.pdf"), QStringLiteral("application/pdf"),
                         QStringLiteral("ab"), 2, QString(), utc(2026, 3, 11),
                         QStringLiteral("jane")}};
        CaseDeadline d;
        d.title = QStringLiteral("answer");
        d.dueAt = utc(2026, 3, 20);
        in.deadlines = {d};
        in.checklist = completeChecklist(
            {{RetentionRule::NoAccess, QStringLiteral("locked"), QDate(2026, 3, 15)}});
        TimelineNotice n;
        n.id = 7;
        n.subject = QStringLiteral("Vorladung");
        n.incidentTimeUtc = utc(2026, 3, 1);
        n.receivedAt = utc(2026, 3, 9);
        n.events = {{utc(2026, 3, 9, 13), QStringLiteral("jane"), QStringLiteral("status"),
                     QStringLiteral("in-progress")}};
        in.notices = {n};
        const QList<TimelineEntry> t = CaseTimeline::build(in);
        QStringList kinds;
        for (const TimelineEntry& e : t)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("incident"), QStringLiteral("received"),
                                     QStringLiteral("status"), QStringLiteral("opened"),
                                     QStringLiteral("document"), QStringLiteral("note"),
                                     QStringLiteral("no-access"), QStringLiteral("deadline")}));
        QCOMPARE(t.first().noticeId, 7);
        QCOMPARE(t[4].source, TimelineEntry::Source::Document); // not twice
    }

    void checklistIsCompleteAndDone()
    {
        QList<ChecklistAnswer> answers = completeChecklist({});
        QCOMPARE(answers.size(), 4);
        QVERIFY(!checklistDone(answers));
        for (ChecklistAnswer& a : answers)
            a.answeredOn = QDate(2026, 1, 1);
        QVERIFY(checklistDone(answers));
        for (RetentionRule r : allRetentionRules()) {
            QCOMPARE(retentionRuleFromId(retentionRuleId(r)), r);
            QVERIFY(!retentionRuleText(r).isEmpty());
        }
    }

    void templatesAreFilledInBothLanguages()
    {
        CaseFolder c;
        c.authority = QStringLiteral("Polizeipräsidium Musterstadt");
        c.reference = QStringLiteral("Az. 123 Js 4567/26");
        c.exitIp = QStringLiteral("192.0.2.140");
        c.incidentTimeUtc = utc(2026, 3, 1);
        const QString en = CaseTemplates::statement(profile(), c, QStringLiteral("en"));
        QVERIFY(en.contains(QStringLiteral("Your reference: Az. 123 Js 4567/26")));
        QVERIFY(en.contains(QStringLiteral("Jörg Beispiel")));
        QVERIFY(en.contains(QStringLiteral("2026-03-01 12:00:00 UTC")));
        QVERIFY(!en.contains(QStringLiteral("{{")));
        const QString de = CaseTemplates::statement(profile(), c, QStringLiteral("de"));
        QVERIFY(de.contains(QStringLiteral("Schriftliche Äußerung")));
        QVERIFY(de.contains(QStringLiteral("Ihr Aktenzeichen: Az. 123 Js 4567/26")));
        const QString sheet = CaseTemplates::factSheet(profile(), c, QStringLiteral("de"));
        QVERIFY(sheet.contains(QStringLiteral("§§ 100a")));
        QVERIFY(sheet.contains(QStringLiteral("192.0.2.140")));
        QVERIFY(!sheet.contains(QStringLiteral("{{")));
        // The case's own edited text wins.
        c.statement = QStringLiteral("Edited.");
        QCOMPARE(CaseTemplates::statementOf(profile(), c, QStringLiteral("en")),
                 QStringLiteral("Edited."));
        QCOMPARE(CaseTemplates::factSheetOf(profile(), c, QStringLiteral("de")), sheet);
    }

    // The Due list in local days: overdue, today, this week, and later deadlines
    // whose reminder is on; what came due between two looks; when to look again.
    void dueAgendaBucketsAndReminders()
    {
        const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::LocalTime);
        const auto item = [&](qint64 id, const QDateTime& due, int remindDays) {
            DueItem i;
            i.deadline.id = id;
            i.deadline.caseId = 1;
            i.deadline.title = QStringLiteral("d%1").arg(id);
            i.deadline.dueAt = due.toUTC();
            i.deadline.remindDays = remindDays;
            i.caseTitle = QStringLiteral("Case");
            return i;
        };
        const QList<DueItem> open{
            item(1, now.addSecs(-3600), 0),    // overdue
            item(2, now.addSecs(3 * 3600), 0), // today, 13:00
            item(3, now.addDays(3), 0),        // this week, no reminder
            item(4, now.addDays(20), 30),      // later, reminder on
            item(5, now.addDays(20), 3),       // later, reminder not yet on
        };
        const QList<DueAgenda::Entry> entries = DueAgenda::entries(open, now);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].item.deadline.id, 1);
        QCOMPARE(entries[0].when, DueAgenda::When::Overdue);
        QVERIFY(entries[0].item.overdue);
        QCOMPARE(entries[1].when, DueAgenda::When::Today);
        QVERIFY(!entries[1].item.overdue);
        QCOMPARE(entries[2].when, DueAgenda::When::ThisWeek);
        QCOMPARE(entries[3].item.deadline.id, 4);
        QCOMPARE(entries[3].when, DueAgenda::When::Reminder);
        // A done deadline is not due.
        QList<DueItem> withDone = open;
        withDone[0].deadline.doneAt = now;
        QCOMPARE(DueAgenda::entries(withDone, now).size(), 3);

        // The next change: 13:00 today, when deadline 2 passes; after it, midnight,
        // when the buckets move.
        QCOMPARE(DueAgenda::nextChange(open, now), now.addSecs(3 * 3600).toUTC());
        QCOMPARE(DueAgenda::nextChange(open, now.addSecs(4 * 3600)),
                 QDateTime(QDate(2026, 12, 8), QTime(0, 0), Qt::LocalTime).toUTC());
        QCOMPARE(DueAgenda::nextChange({}, now), QDateTime());
        // Reminder 5 comes on 3 days before it is due.
        const QDateTime remind5 = DueAgenda::reminderAt(open[4].deadline);
        QCOMPARE(remind5, now.addDays(17).toUTC());

        // What came due between two looks: 2 and 3 passed, 5's reminder came on.
        const QDateTime later = now.addDays(17).addSecs(60);
        const QList<DueAgenda::Entry> came = DueAgenda::cameDue(open, now, later);
        QList<qint64> ids;
        for (const DueAgenda::Entry& e : came)
            ids << e.item.deadline.id;
        QCOMPARE(ids, (QList<qint64>{2, 3, 5}));
        QVERIFY(came[0].item.overdue);
        QVERIFY(!came[2].item.overdue);
        // Nothing new between two looks a minute apart now; the overdue one passed
        // before the first look and is not announced again.
        QVERIFY(DueAgenda::cameDue(open, now, now.addSecs(60)).isEmpty());
        // An entry added with its reminder already on is not announced.
        QVERIFY(DueAgenda::cameDue({open[3]}, now, now.addSecs(60)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(CasesUnitTest)
#include "CasesUnitTest.moc"
