#include "StoreTestKit.h"
#include "store/BulkTransaction.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mixdesk;
using namespace mixdesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray mail(const QByteArray& subject, const QByteArray& body = "Hello.\n")
{
    return "From: Abuse Desk <abuse@isp.example>\nTo: abuse@mix.example\nSubject: " + subject +
           "\nMessage-ID: <" + QByteArray::number(qHash(subject + body)) + "@isp.example>\n\n" +
           body;
}

Analysis analysisWith(Category category, const QString& exitIp, const QString& account = QString())
{
    Analysis a;
    a.category = category;
    a.exitIp = exitIp;
    if (!exitIp.isEmpty())
        a.exitIps = {exitIp};
    a.webmailAccount = account;
    a.reporter = QStringLiteral("Test ISP");
    return a;
}

} // namespace

// The inbox's store roles, each test on SQLite and on a real PostgreSQL.
class NoticeRolesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void storesRawBytesOnceBySha256()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QByteArray raw = "Subject: 8bit \xfc\r\nX: y\r\n\r\nbody\n\x01\x02\r\n";
        const auto first =
            store->add({testNotice(raw, QStringLiteral("file:/a.eml"))},
                       {analysisWith(Category::SpamWebmail, QStringLiteral("192.0.2.140"))});
        QVERIFY(first.ok());
        QVERIFY(first->at(0).inserted);
        const auto second = store->add({testNotice(raw, QStringLiteral("imap:acct/INBOX")),
                                        testNotice(raw, QStringLiteral("file:/a.eml"))},
                                       {Analysis(), Analysis()});
        QVERIFY(second.ok());
        QVERIFY(!second->at(0).inserted);
        QCOMPARE(second->at(0).id, first->at(0).id);
        QCOMPARE(store->count(), 1);
        QCOMPARE(*store->inbox().rawNotice(first->at(0).id), raw);
        QCOMPARE(store->inbox().origins(first->at(0).id)->size(), 2);
        // The first analysis stays: a duplicate does not overwrite it.
        QCOMPARE(store->inbox().analysis(first->at(0).id)->exitIp, QStringLiteral("192.0.2.140"));
    }

    void analysisRoundTrips()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        Analysis a = analysisWith(Category::Copyright, QStringLiteral("203.0.113.77"),
                                  QStringLiteral("x@y.example"));
        a.incidentTimeUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.language = QStringLiteral("de");
        a.caseReference = QStringLiteral("412 Js 1187/26");
        a.problems = {QStringLiteral("header line without colon")};
        const auto ids = store->add({testNotice(mail("x"))}, {a});
        QVERIFY(ids.ok());
        QCOMPARE(*store->inbox().analysis(ids->at(0).id), a);
        // Packed, not as text (schema 7).
        QCOMPARE(desk.scalar(u"SELECT analysis || '|' || analysis_format FROM notice_content"_s)
                     .toString(),
                 u"|1"_s);
        const auto rows = store->inbox().summaries({ids->at(0).id});
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).category, QStringLiteral("copyright"));
        QCOMPARE(rows->at(0).incidentTimeUtc, a.incidentTimeUtc);
        QCOMPARE(rows->at(0).language, QStringLiteral("de"));
        QCOMPARE(rows->at(0).subject, QStringLiteral("x"));
        QVERIFY(rows->at(0).parseFailed);
    }

    void statusChangesAreLogged()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const auto ids =
            store->add({testNotice(mail("a")), testNotice(mail("b"))}, {Analysis(), Analysis()});
        const qint64 a = ids->at(0).id, b = ids->at(1).id;
        QVERIFY(store->setStatus({a, b}, NoticeStatus::InProgress, QStringLiteral("jana")).ok());
        QVERIFY(store->setStatus({a}, NoticeStatus::Closed, QStringLiteral("jana")).ok());
        QVERIFY(!store->setStatus({424242}, NoticeStatus::Closed, QStringLiteral("jana")).ok());
        const auto events = store->journal().events(a);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).kind, QStringLiteral("imported"));
        QCOMPARE(events->at(1).kind, QStringLiteral("status"));
        QCOMPARE(events->at(1).user, QStringLiteral("jana"));
        QCOMPARE(events->at(2).detail, QStringLiteral("in-progress -> closed"));
        QCOMPARE(events->at(2).time.timeSpec(), Qt::UTC);
        QCOMPARE(store->count(NoticeStatus::Closed), 1);
        const auto counts = store->inbox().countByStatus();
        QCOMPARE(counts->value(NoticeStatus::InProgress), 1);
        QCOMPARE(counts->value(NoticeStatus::New), 0);
    }

    // Two operators on one desk: a change of a status someone else changed meanwhile
    // is applied, reported as a conflict, and both changes stay in the journal.
    void statusConflictsAreJournalled()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto alice = desk.open(u"alice"_s);
        auto bob = desk.open(u"bob"_s);
        QVERIFY(alice && bob);
        const qint64 id = alice->add({testNotice(mail("c"))}, {Analysis()})->at(0).id;
        // Both saw it new.
        const auto alices =
            alice->journal().setStatus({id}, NoticeStatus::Closed, {NoticeStatus::New});
        QVERIFY(alices.ok());
        QVERIFY(!alices->at(0).conflict);
        const auto bobs =
            bob->journal().setStatus({id}, NoticeStatus::InProgress, {NoticeStatus::New});
        QVERIFY(bobs.ok());
        QVERIFY(bobs->at(0).conflict);
        QCOMPARE(bobs->at(0).before, NoticeStatus::Closed);
        QCOMPARE(bobs->at(0).changedBy, u"alice"_s);
        const auto events = *alice->journal().events(id);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[1].user, u"alice"_s);
        QCOMPARE(events[1].detail, u"new -> closed"_s);
        QCOMPARE(events[2].user, u"bob"_s);
        QCOMPARE(events[2].detail, u"closed -> in-progress"_s);
        QCOMPARE(alice->inbox().summaries({id})->at(0).status, NoticeStatus::InProgress);
        // Imports record the operator too.
        QCOMPARE(events[0].user, u"alice"_s);
    }

    void notesAndEvents()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const qint64 id = store->add({testNotice(mail("n"))}, {Analysis()})->at(0).id;
        QVERIFY(
            store->addNote(id, QStringLiteral("Asked ISP for logs."), QStringLiteral("jana")).ok());
        QVERIFY(store->addNote(id, QStringLiteral("Grüße erhalten."), u"someone"_s).ok());
        QVERIFY(store->journal()
                    .addEvent(id, QStringLiteral("mail-sent"), QStringLiteral("abuse@isp.example"))
                    .ok());
        QCOMPARE(*store->journal().notes(id),
                 QStringLiteral("Asked ISP for logs.\n\nGrüße erhalten."));
        const auto events = store->journal().events(id);
        QCOMPARE(events->size(), 4);
        QCOMPARE(events->at(1).kind, QStringLiteral("note"));
        QCOMPARE(events->at(3).kind, QStringLiteral("mail-sent"));
    }

    void fullTextSearch()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const auto ids = store->add(
            {testNotice(mail("Beschwerde über Spam", "Sehr geehrte Damen und Herren, Grüße.\n")),
             testNotice(mail("Portscan report", "Scans from the host seen.\n")),
             testNotice(mail("Copyright notice", "Infringement detected.\n"))},
            {analysisWith(Category::SpamWebmail, QStringLiteral("192.0.2.140"),
                          QStringLiteral("r.kranich@mistelzweig.example")),
             analysisWith(Category::NetworkAttack, QStringLiteral("203.0.113.77")),
             analysisWith(Category::Copyright, QStringLiteral("198.51.100.23"))});
        QVERIFY(ids.ok());
        const auto search = [&](const QString& text) {
            NoticeQuery q;
            q.text = text;
            const auto r = store->inbox().queryIds(q);
            if (!r)
                qWarning() << r.error().message;
            return r ? *r : QList<qint64>{-1};
        };
        QCOMPARE(search(QStringLiteral("portscan")), QList<qint64>{ids->at(1).id});
        QCOMPARE(search(QStringLiteral("über")), QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("Grüße")), QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("203.0.113.77")), QList<qint64>{ids->at(1).id});
        QCOMPARE(search(QStringLiteral("r.kranich@mistelzweig.example")),
                 QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("kranich")), QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("Infring")), QList<qint64>{ids->at(2).id}); // prefix
        QCOMPARE(search(QStringLiteral("abuse@isp.example")).size(), 3);           // From
        QCOMPARE(search(QStringLiteral("copyright portscan")), QList<qint64>());
        // Operators and quotes in user text are searched for, never interpreted.
        QCOMPARE(search(QStringLiteral("\"unbalanced")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("NOT OR AND ( * :")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("subject:portscan")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("' ; DROP TABLE notices; --")), QList<qint64>());
        QCOMPARE(store->count(), 3);
    }

    // A campaign: the notices whose analysis names one webmail account or mail server,
    // not those that merely mention it (issue 13).
    void findsTheNoticesOfACampaign()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QString account = QStringLiteral("r.kranich@mistelzweig.example");
        const QString server = QStringLiteral("webmail.mistelzweig.example");
        const auto with = [&](const QString& acc, const QString& srv) {
            Analysis a = analysisWith(Category::SpamWebmail, QStringLiteral("192.0.2.140"), acc);
            a.mailServer = srv;
            return a;
        };
        const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const auto ids = store->add(
            {testNotice(mail("Spam 1"), QString(), t0),
             testNotice(mail("Spam 2"), QString(), t0.addDays(1)),
             testNotice(mail("Spam 3", "Also seen: r.kranich@mistelzweig.example\n"), QString(),
                        t0.addDays(2)),
             testNotice(mail("Spam 4"), QString(), t0.addDays(3)),
             testNotice(mail("Spam 5"), QString(), t0.addDays(4))},
            {with(account, server), with(QStringLiteral("R.Kranich@Mistelzweig.example"), server),
             with(QStringLiteral("other@mistelzweig.example"), server),
             with(QStringLiteral("x.r.kranich@mistelzweig.example"), QStringLiteral("mx.example")),
             with(QString(), server)});
        QVERIFY(ids.ok());
        QList<qint64> id;
        for (const AddResult& r : *ids)
            id.append(r.id);
        NoticeQuery q;
        q.account = account;
        // Case does not matter; a mention in the body or a longer account does not count.
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[1], id[0]}));
        QCOMPARE(*store->inbox().count(q), 2);
        q.account.clear();
        q.mailServer = server;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[4], id[2], id[1], id[0]}));
        q.limit = 3;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[4], id[2], id[1]}));
        q.limit = 0;
        // With the other filters.
        QVERIFY(store->setStatus({id[4]}, NoticeStatus::Closed, QStringLiteral("t")).ok());
        q.openOnly = true;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[2], id[1], id[0]}));
        q.text = QStringLiteral("Spam 3");
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[2]}));
    }

    void queryIdsSortsAndFilters()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QList<IncomingNotice> notices;
        QList<Analysis> analyses;
        const QList<Category> cats{Category::SpamWebmail, Category::Copyright,
                                   Category::SpamWebmail, Category::Fraud, Category::SpamWebmail};
        const QStringList ips{QStringLiteral("192.0.2.140"), QStringLiteral("203.0.113.77"),
                              QStringLiteral("203.0.113.77"), QStringLiteral("192.0.2.140"),
                              QStringLiteral("198.51.100.23")};
        const QStringList subjects{QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c"),
                                   QStringLiteral("b"), QStringLiteral("a")};
        for (int i = 0; i < 5; ++i) {
            notices.append(testNotice(mail(subjects[i].toUtf8()), QString(), t0.addDays(i)));
            analyses.append(analysisWith(cats[i], ips[i]));
        }
        const auto added = store->add(notices, analyses);
        QList<qint64> id;
        for (const AddResult& r : *added)
            id.append(r.id);
        QVERIFY(store->setStatus({id[1], id[2]}, NoticeStatus::Closed, QStringLiteral("t")).ok());

        NoticeQuery q;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[4], id[3], id[2], id[1], id[0]}));
        q.descending = false;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[0], id[1], id[2], id[3], id[4]}));
        q.sortColumn = QStringLiteral("subject");
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[4], id[3], id[2], id[1], id[0]}));
        q.category = QStringLiteral("spam-webmail");
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[4], id[2], id[0]}));
        q.status = NoticeStatus::Closed;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[2]}));
        q = NoticeQuery();
        q.exitIp = QStringLiteral("203.0.113.77");
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[2], id[1]}));
        q.exitIp.clear();
        q.from = t0.addDays(1);
        q.to = t0.addDays(3);
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[2], id[1]}));
        q = NoticeQuery();
        q.sortColumn = QStringLiteral("status");
        q.descending = false;
        q.limit = 2;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[1], id[2]}));
        q = NoticeQuery();
        q.sortColumn = QStringLiteral("'; DROP TABLE notices"); // unknown: falls back safely
        QCOMPARE(store->inbox().queryIds(q)->size(), 5);
        const auto rows = store->inbox().summaries({id[3], id[0]});
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).id, id[3]); // in the order asked for
        QCOMPARE(rows->at(0).receivedAt, t0.addDays(3));
    }

    // The webmail account, mail server and case reference are list columns (issue
    // 18): shown, sorted, the reference filtered; reanalysis updates them.
    void listsAccountServerAndCaseReference()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        QList<IncomingNotice> notices;
        QList<Analysis> analyses;
        const QStringList accounts{u"b@mail.example"_s, u"c@mail.example"_s, u"a@mail.example"_s};
        const QStringList references{u"123 Js 456/26"_s, u"AZ 7/26"_s, u"123 Js 456/26"_s};
        for (int i = 0; i < 3; ++i) {
            notices.append(testNotice(mail("list-" + QByteArray::number(i))));
            Analysis a = analysisWith(Category::SpamWebmail, u"192.0.2.140"_s, accounts[i]);
            a.mailServer = u"web%1.mail.example"_s.arg(3 - i);
            a.caseReference = references[i];
            analyses.append(a);
        }
        const auto added = store->add(notices, analyses);
        QVERIFY(added);
        QList<qint64> id;
        for (const AddResult& r : *added)
            id.append(r.id);
        const auto rows = store->inbox().summaries(id);
        QCOMPARE(rows->at(1).account, accounts[1]);
        QCOMPARE(rows->at(1).mailServer, u"web2.mail.example"_s);
        QCOMPARE(rows->at(1).caseReference, references[1]);
        NoticeQuery q;
        q.descending = false;
        q.sortColumn = u"account"_s;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[2], id[0], id[1]}));
        q.sortColumn = u"mail_server"_s;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[2], id[1], id[0]}));
        q.sortColumn = u"case_ref"_s;
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[0], id[2], id[1]}));
        q.caseReference = references[0];
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[0], id[2]}));
        QCOMPARE(*store->inbox().count(q), 2);
        Analysis changed = analyses[1];
        changed.caseReference = references[0];
        QVERIFY(store->updateAnalyses({id[1]}, {changed}).ok());
        QCOMPARE(*store->inbox().queryIds(q), (QList<qint64>{id[0], id[1], id[2]}));
    }

    void checkpointSavedWithSpooledBatch()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const SyncCheckpoint at2{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 2};
        QCOMPARE(
            store->spool().checkpoint(QStringLiteral("acct"), QStringLiteral("INBOX"))->lastUid,
            0u);
        QVERIFY(store->spoolNotices({testNotice(mail("s1")), testNotice(mail("s2"))}, at2).ok());
        auto cp = store->spool().checkpoint(QStringLiteral("acct"), QStringLiteral("INBOX"));
        QCOMPARE(cp->uidValidity, 7u);
        QCOMPARE(cp->lastUid, 2u);
        QCOMPARE(cp->afterSyncUid, 0u);
        QCOMPARE(store->spool().spooledIds()->size(), 2);

        // The after-sync action's progress is saved alone, and kept by the next batch.
        SyncCheckpoint marked = at2;
        marked.afterSyncUid = 2;
        marked.afterSyncAction = QStringLiteral("mark-seen");
        QVERIFY(store->spool().saveCheckpoint(marked).ok());
        cp = store->spool().checkpoint(QStringLiteral("acct"), QStringLiteral("INBOX"));
        QCOMPARE(cp->lastUid, 2u);
        QCOMPARE(cp->afterSyncUid, 2u);
        QCOMPARE(cp->afterSyncAction, QStringLiteral("mark-seen"));
        QCOMPARE(store->spool()
                     .checkpoint(QStringLiteral("acct"), QStringLiteral("Other"))
                     ->afterSyncAction,
                 QString());

        // A failure in the middle of a batch: nothing of it, and no checkpoint move.
        QVERIFY(desk.injectFailure(u"fail_third"_s, u"notice_spool"_s,
                                   u"(SELECT COUNT(*) FROM notice_spool) >= 3"_s));
        const auto failed = store->spoolNotices(
            {testNotice(mail("s3")), testNotice(mail("s4")), testNotice(mail("s5"))},
            SyncCheckpoint{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 5});
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("injected")));
        QCOMPARE(store->spool().spooledIds()->size(), 2);
        cp = store->spool().checkpoint(QStringLiteral("acct"), QStringLiteral("INBOX"));
        QCOMPARE(cp->lastUid, 2u);
        // The store stays usable after the failure.
        QVERIFY(store->add({testNotice(mail("s6"))}, {Analysis()}).ok());
    }

    // The fetch spools; the analysis files into the inbox with the fetch's time, user
    // and every folder the message came from; known bytes only gain an origin.
    void spooledNoticesAreFiledIntoTheInbox()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const QDateTime received(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store->add({testNotice(mail("known"))}, {Analysis()}).ok());
        const SyncCheckpoint inbox{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 3};
        auto spooled = store->spoolNotices(
            {testNotice(mail("f1"), QStringLiteral("imap:acct/INBOX"), received),
             testNotice(mail("f2"), QStringLiteral("imap:acct/INBOX")),
             testNotice(mail("known"), QStringLiteral("imap:acct/INBOX"))},
            inbox);
        QVERIFY(spooled.ok());
        QCOMPARE(spooled->at(0).inserted, true);
        QCOMPARE(spooled->at(1).inserted, true);
        QCOMPARE(spooled->at(2).inserted, false); // in the inbox already
        QCOMPARE(spooled->at(2).id, 1);
        QCOMPARE(*store->inbox().origins(1), QStringList{QStringLiteral("imap:acct/INBOX")});
        // The same bytes from another folder: spooled once, with both origins.
        auto again =
            store->spoolNotices({testNotice(mail("f1"), QStringLiteral("imap:acct/Abuse"))},
                                {QStringLiteral("acct"), QStringLiteral("Abuse"), 9, 1});
        QCOMPARE(again->at(0).inserted, false);
        // Not listed before the analysis.
        QCOMPARE(store->count(), 1);
        const QList<qint64> ids = *store->spool().spooledIds();
        QCOMPARE(ids.size(), 2);

        auto first = store->spool().spooledNotice(ids[0]);
        QVERIFY(first.ok());
        QCOMPARE(first->notice.raw, mail("f1"));
        QCOMPARE(first->notice.receivedAt, received);
        QCOMPARE(first->notice.sha256, IncomingNotice::digest(mail("f1")));
        QCOMPARE(first->origins, (QStringList{QStringLiteral("imap:acct/INBOX"),
                                              QStringLiteral("imap:acct/Abuse")}));
        QVERIFY(first->fetchedAt.isValid());
        QVERIFY(!store->spool().spooledNotice(999).ok());
        auto second = store->spool().spooledNotice(ids[1]);

        const auto filed =
            store->file({*first, *second},
                        {analysisWith(Category::Fraud, QStringLiteral("192.0.2.7")), Analysis()});
        QVERIFY(filed.ok());
        QCOMPARE(filed->size(), 2);
        QVERIFY(filed->at(0).inserted);
        const qint64 id = filed->at(0).id;
        QVERIFY(store->spool().spooledIds()->isEmpty());
        QCOMPARE(store->count(), 3);
        QCOMPARE(*store->inbox().rawNotice(id), mail("f1"));
        QCOMPARE(store->inbox().summaries({id})->at(0).receivedAt, received);
        QCOMPARE(store->inbox().summaries({id})->at(0).category, QStringLiteral("fraud"));
        QCOMPARE(store->inbox().origins(id)->size(), 2);
        const auto events = *store->journal().events(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, QStringLiteral("synced"));
        QCOMPARE(events[0].time, first->fetchedAt);
        QCOMPARE(events[0].user, first->user);
        NoticeQuery q;
        q.text = QStringLiteral("192.0.2.7");
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{id});

        // Bytes that reached the inbox meanwhile (imported): only the origin is added.
        auto late = store->spoolNotices({testNotice(mail("f3"), QStringLiteral("imap:acct/INBOX"))},
                                        {QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 4});
        const qint64 lateSpoolId = store->spool().spooledIds()->first();
        auto imported =
            store->add({testNotice(mail("f3"), QStringLiteral("file:/f3.eml"))}, {Analysis()});
        auto lateFiled = store->file({*store->spool().spooledNotice(lateSpoolId)}, {Analysis()});
        QVERIFY(lateFiled.ok());
        QCOMPARE(lateFiled->at(0).inserted, false);
        QCOMPARE(lateFiled->at(0).id, imported->at(0).id);
        QCOMPARE(store->inbox().origins(imported->at(0).id)->size(), 2);
        QVERIFY(store->spool().spooledIds()->isEmpty());
        QCOMPARE(store->count(), 4);
    }

    void reanalysisUpdatesColumnsAndIndex()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        Analysis old = analysisWith(Category::Other, QString());
        old.analyzerVersion = 0;
        const auto ids = store->add({testNotice(mail("r1")), testNotice(mail("r2"))},
                                    {old, analysisWith(Category::Fraud, QString())});
        QCOMPARE(*store->inbox().idsWithAnalyzerVersionBelow(Analysis::kCurrentVersion),
                 QList<qint64>{ids->at(0).id});
        QCOMPARE(store->inbox().idsWithAnalyzerVersionBelow(0)->size(), 2);
        const Analysis updated = analysisWith(Category::Harassment, QStringLiteral("192.0.2.140"));
        QVERIFY(store->updateAnalyses({ids->at(0).id}, {updated}).ok());
        QCOMPARE(*store->inbox().analysis(ids->at(0).id), updated);
        QVERIFY(store->inbox().idsWithAnalyzerVersionBelow(Analysis::kCurrentVersion)->isEmpty());
        NoticeQuery q;
        q.text = QStringLiteral("192.0.2.140");
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{ids->at(0).id});
        q.text = QStringLiteral("r1"); // the mail's own text is still indexed
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{ids->at(0).id});
        QCOMPARE(store->inbox().summaries({ids->at(0).id})->at(0).category,
                 QStringLiteral("harassment"));
    }

    // Calls inside a bulk transaction: each all or nothing, visible to other
    // connections only at commitBulk(), kept when the store closes without it.
    void bulkTransactionsCommitTogether()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto writer = desk.open();
        auto reader = desk.open();
        QVERIFY(writer && reader);
        QVERIFY(desk.injectFailure(u"fail_b4"_s, u"notices"_s, u"NEW.subject = 'b4'"_s));
        QVERIFY(desk.injectFailure(u"fail_spool3"_s, u"notice_spool"_s,
                                   u"(SELECT COUNT(*) FROM notice_spool) >= 3"_s));
        // PostgreSQL commits each unit at once (SqlDialect::bulkSpansBatches), so that
        // several operators' imports keep their row locks short.
        const bool spans = writer->db().dialect().bulkSpansBatches();
        QVERIFY(writer->db().beginBulk().ok());
        QCOMPARE(writer->db().beginBulk().ok(), !spans); // no nesting
        QVERIFY(writer
                    ->spoolNotices(
                        {testNotice(mail("b1")), testNotice(mail("b2"))},
                        SyncCheckpoint{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 2})
                    .ok());
        QVERIFY(writer->add({testNotice(mail("b0"))}, {Analysis()}).ok());
        QCOMPARE(writer->spool().spooledIds()->size(), 2);
        QCOMPARE(reader->spool().spooledIds()->size(), spans ? 0 : 2);
        QCOMPARE(writer->count(), 1);
        QCOMPARE(reader->count(), spans ? 0 : 1);

        // A failing call in the bulk undoes only itself, checkpoint included.
        const auto failed = writer->spoolNotices(
            {testNotice(mail("b3")), testNotice(mail("b4"))},
            SyncCheckpoint{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 4});
        QVERIFY(!failed.ok());
        const auto failedAdd = writer->add({testNotice(mail("b4"))}, {Analysis()});
        QVERIFY(!failedAdd.ok());
        QVERIFY(writer->add({testNotice(mail("b5"))}, {Analysis()}).ok());
        QVERIFY(writer->db().commitBulk().ok());
        QCOMPARE(reader->count(), 2);                      // b0, b5
        QCOMPARE(reader->spool().spooledIds()->size(), 2); // b1, b2
        QCOMPARE(
            reader->spool().checkpoint(QStringLiteral("acct"), QStringLiteral("INBOX"))->lastUid,
            2u);
        NoticeQuery q;
        q.text = QStringLiteral("b3");
        QVERIFY(reader->inbox().queryIds(q)->isEmpty());
        q.text = QStringLiteral("b5");
        QCOMPARE(reader->inbox().queryIds(q)->size(), 1);

        // Writes outside a bulk commit at once again.
        QVERIFY(writer->add({testNotice(mail("b6"))}, {Analysis()}).ok());
        QCOMPARE(reader->count(), 3);

        // Closing the store with a bulk open keeps its complete calls.
        QVERIFY(writer->db().beginBulk().ok());
        QVERIFY(writer->add({testNotice(mail("b7"))}, {Analysis()}).ok());
        writer.reset();
        QCOMPARE(reader->count(), 4);
    }

    void twoConnectionsShareTheDatabase()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto writer = desk.open();
        auto reader = desk.open();
        QVERIFY(writer && reader);
        QVERIFY(writer->add({testNotice(mail("w"))}, {Analysis()}).ok());
        QCOMPARE(reader->count(), 1);
    }

    void desksOpeningANewDatabaseAtOnceAllSucceed()
    {
        // Two operators start MixDesk on a new team database at the same moment: both
        // create the tables; neither may fail on the other's half-made schema.
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        const StoreLocation location = desk.location();
        std::atomic<int> failures{0};
        QStringList errors;
        QMutex errorsLock;
        QList<QThread*> threads;
        for (int i = 0; i < 6; ++i)
            threads << QThread::create([&] {
                auto db = Database::open(location);
                if (!db.ok()) {
                    ++failures;
                    QMutexLocker locked(&errorsLock);
                    errors << db.error().message;
                }
            });
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        auto store = desk.open();
        QVERIFY(store);
        QCOMPARE(store->count(), 0);
    }
};

QTEST_GUILESS_MAIN(NoticeRolesTest)
#include "NoticeRolesTest.moc"
