#include "StoreTestKit.h"

#include "cases/CasesSchema.h"
#include "cases/SqlCaseStore.h"
#include "store/SchemaCatalog.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

namespace {

QByteArray mail(const QByteArray& subject)
{
    return "From: Polizei <poststelle@polizei.example>\nTo: abuse@mix.example\nSubject: " +
           subject + "\nMessage-ID: <" + QByteArray::number(qHash(subject)) +
           "@polizei.example>\n\nSehr geehrte Damen und Herren.\n";
}

CaseFolder summons()
{
    CaseFolder c;
    c.type = CaseType::Summons;
    c.role = SummonsRole::Witness;
    c.title = QStringLiteral("Vorladung – Betrug Onlineshop");
    c.authorityKind = AuthorityKind::Police;
    c.authority = QStringLiteral("Polizeipräsidium Musterstadt");
    c.reference = QStringLiteral("Az. 123 Js 4567/26");
    c.contact = QStringLiteral("KHK Müller");
    c.exitIp = QStringLiteral("192.0.2.140");
    c.incidentTimeUtc = QDateTime(QDate(2026, 3, 1), QTime(14, 2, 3), Qt::UTC);
    return c;
}

} // namespace

// The cases' store role, on SQLite and on a real PostgreSQL.
class CasesStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void createFindUpdateListRemove()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open(QStringLiteral("Jane Operator"));
        QVERIFY(store);
        SqlCaseStore cases(store->db());
        QVERIFY(cases.list()->isEmpty());

        const Result<CaseFolder> created = cases.create(summons());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(created->id > 0);
        QCOMPARE(created->createdBy, QStringLiteral("Jane Operator"));
        QCOMPARE(created->openedOn, QDate::currentDate());
        QCOMPARE(*cases.find(created->id), *created);

        CaseFolder changed = *created;
        changed.status = CaseStatus::Closed;
        changed.statement = QStringLiteral("Meine Äußerung nach § 163a StPO.");
        const Result<CaseFolder> updated = cases.update(changed);
        QVERIFY(updated.ok());
        QCOMPARE(updated->closedOn, QDate::currentDate());
        QCOMPARE(*cases.find(created->id), *updated);
        // Reopening clears the closing date.
        changed = *updated;
        changed.status = CaseStatus::Waiting;
        QVERIFY(!cases.update(changed)->closedOn.isValid());

        // A non-summons keeps no role.
        CaseFolder other;
        other.type = CaseType::Copyright;
        other.role = SummonsRole::Suspect;
        other.title = QStringLiteral("Claim");
        const CaseFolder second = *cases.create(other);
        QCOMPARE(second.role, SummonsRole::None);
        const QList<CaseFolder> all = *cases.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().id, second.id); // newest first

        QStringList kinds;
        const QList<CaseEvent> events = *cases.events(created->id);
        for (const CaseEvent& e : events)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("opened"), QStringLiteral("status"),
                                     QStringLiteral("statement"), QStringLiteral("status")}));

        QVERIFY(cases.remove(second.id).ok());
        QVERIFY(!cases.find(second.id).ok());
        QVERIFY(!cases.remove(second.id).ok());
        QVERIFY(!cases.update(second).ok());
    }

    void linksNotices()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const auto added =
            store->add({testNotice(mail("a")), testNotice(mail("b"))}, {Analysis(), Analysis()});
        QVERIFY(added.ok());
        const qint64 a = added->at(0).id;
        const qint64 b = added->at(1).id;
        SqlCaseStore cases(store->db());
        const CaseFolder c = *cases.create(summons(), {a});
        QCOMPARE(*cases.linkedNotices(c.id), (QList<qint64>{a}));
        QVERIFY(cases.link(c.id, {a, b}).ok()); // a again: skipped
        QCOMPARE(*cases.linkedNotices(c.id), (QList<qint64>{a, b}));
        QCOMPARE(*cases.casesOfNotice(b), (QList<qint64>{c.id}));
        // Unknown notices and cases fail, and the unit leaves nothing behind.
        QVERIFY(!cases.link(c.id, {b + 100}).ok());
        QVERIFY(!cases.link(c.id + 100, {a}).ok());
        QVERIFY(!cases.create(summons(), {b + 100}).ok());
        QCOMPARE(cases.list()->size(), 1);
        QVERIFY(cases.unlink(c.id, a).ok());
        QCOMPARE(*cases.linkedNotices(c.id), (QList<qint64>{b}));
        QVERIFY(cases.casesOfNotice(a)->isEmpty());
    }

    void documentsKeepTheirBytesAndHash()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        SqlCaseStore cases(store->db());
        const CaseFolder c = *cases.create(summons());
        QByteArray bytes("%PDF-1.4\n");
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        const Result<CaseDocument> doc = cases.addDocument(c.id, QStringLiteral("Vorladung.pdf"),
                                                           QStringLiteral("application/pdf"), bytes,
                                                           QStringLiteral("Schreiben vom 3. März"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(doc->size, bytes.size());
        QCOMPARE(*cases.documents(c.id), (QList<CaseDocument>{*doc}));
        QCOMPARE(*cases.documentContent(doc->id), bytes);

        // db check finds a document whose bytes changed.
        QStringList problems;
        QVERIFY(casesSchema().verify(store->db(), &problems).ok());
        QVERIFY(problems.isEmpty());
        QVERIFY(desk.exec(QStringLiteral("UPDATE case_documents SET sha256 = 'x'")));
        QVERIFY(casesSchema().verify(store->db(), &problems).ok());
        QCOMPARE(problems.size(), 1);

        QVERIFY(cases.removeDocument(doc->id).ok());
        QVERIFY(cases.documents(c.id)->isEmpty());
        QVERIFY(!cases.addDocument(c.id + 1, QStringLiteral("x"), QString(), "x").ok());
    }

    void notesAndDeadlinesWithReminders()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open(QStringLiteral("Jane"));
        QVERIFY(store);
        SqlCaseStore cases(store->db());
        const CaseFolder c = *cases.create(summons());
        const CaseNote note = *cases.addNote(c.id, QStringLiteral("Anwalt angerufen."));
        QCOMPARE(note.user, QStringLiteral("Jane"));
        QCOMPARE(*cases.notes(c.id), (QList<CaseNote>{note}));

        const QDateTime now(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
        CaseDeadline answer;
        answer.caseId = c.id;
        answer.title = QStringLiteral("Schriftliche Äußerung");
        answer.dueAt = now.addDays(2);
        answer.remindDays = 3; // reminder on since yesterday
        CaseDeadline hearing;
        hearing.caseId = c.id;
        hearing.kind = CaseDeadline::Kind::Appointment;
        hearing.title = QStringLiteral("Vernehmung");
        hearing.dueAt = now.addDays(20);
        hearing.remindDays = 7; // not yet
        CaseDeadline missed = answer;
        missed.title = QStringLiteral("Missed");
        missed.dueAt = now.addDays(-1);
        const CaseDeadline d1 = *cases.addDeadline(answer);
        const CaseDeadline d2 = *cases.addDeadline(hearing);
        const CaseDeadline d3 = *cases.addDeadline(missed);
        QCOMPARE(*cases.deadlines(c.id), (QList<CaseDeadline>{d3, d1, d2}));

        QList<DueItem> due = *cases.due(now);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0].deadline, d3);
        QVERIFY(due[0].overdue);
        QCOMPARE(due[1].deadline, d1);
        QVERIFY(!due[1].overdue);
        QCOMPARE(due[1].caseReference, c.reference);
        QCOMPARE(cases.due(now.addDays(14))->size(), 3);
        // Every open deadline up to a time, reminder on or not, for the Due list.
        QList<DueItem> open = *cases.openDeadlines(now.addDays(30));
        QCOMPARE(open.size(), 3);
        QCOMPARE(open[2].deadline, d2);
        QCOMPARE(open[2].caseTitle, c.title);
        QVERIFY(!open[0].overdue);
        QCOMPARE(cases.openDeadlines(now.addDays(10))->size(), 2);

        QVERIFY(cases.setDeadlineDone(d3.id, true).ok());
        QCOMPARE(cases.due(now)->size(), 1);
        QVERIFY(cases.setDeadlineDone(d3.id, false).ok());
        QCOMPARE(cases.due(now)->size(), 2);
        QVERIFY(cases.removeDeadline(d3.id).ok());
        QCOMPARE(cases.deadlines(c.id)->size(), 2);
        // A closed case reminds of nothing.
        CaseFolder closed = c;
        closed.status = CaseStatus::Closed;
        QVERIFY(cases.update(closed).ok());
        QVERIFY(cases.due(now)->isEmpty());
    }

    void retentionChecklist()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        SqlCaseStore cases(store->db());
        CaseFolder order = summons();
        order.type = CaseType::RetentionOrder;
        const CaseFolder c = *cases.create(order);
        QList<ChecklistAnswer> list = *cases.checklist(c.id);
        QCOMPARE(list.size(), 4);
        QVERIFY(!checklistDone(list));
        for (RetentionRule rule : allRetentionRules())
            QVERIFY(cases
                        .answerChecklist(
                            c.id, {rule, QStringLiteral("erledigt: ") + retentionRuleId(rule),
                                   QDate(2026, 12, 1)})
                        .ok());
        list = *cases.checklist(c.id);
        QVERIFY(checklistDone(list));
        QCOMPARE(list[1].note, QStringLiteral("erledigt: no-access"));
        // Answering again replaces the answer.
        QVERIFY(cases.answerChecklist(c.id, {RetentionRule::NoAccess, QString(), QDate()}).ok());
        list = *cases.checklist(c.id);
        QVERIFY(!checklistDone(list));
        QVERIFY(!list[1].isAnswered());
    }

    void everyTableIsCopied()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        QSqlQuery q = store->db().query();
        QVERIFY(q.exec(desk.isPostgres()
                           ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = current_schema() AND "
                                            "table_name LIKE 'case%'")
                           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name LIKE 'case%'")));
        QStringList created;
        while (q.next())
            created << q.value(0).toString();
        const SchemaRole role = casesSchema();
        QStringList listed = role.derivedTables;
        for (const CopiedTable& t : role.copiedTables)
            listed << t.name;
        created.sort();
        listed.sort();
        QCOMPARE(created, listed);
        bool inCatalogue = false;
        for (const SchemaRole& r : schemaCatalog())
            inCatalogue |= r.name == QStringLiteral("cases");
        QVERIFY(inCatalogue);
    }
};

QTEST_GUILESS_MAIN(CasesStoreTest)
#include "CasesStoreTest.moc"
