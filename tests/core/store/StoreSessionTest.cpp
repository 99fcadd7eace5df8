#include "store/session/StoreSession.h"
#include "StoreTestKit.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace mixdesk;
using namespace mixdesk::test;
using namespace Qt::StringLiterals;

// The GUI's access to the store: work runs on the session's own thread, results come
// back to the caller's, in order, and changes by other connections are reported.
// On SQLite and on a real PostgreSQL.
class StoreSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void runsWorkOnItsThreadAndAnswersOnTheCallers()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        StoreSession session(desk.location(), Database::Options{});
        QSignalSpy opened(&session, &StoreSession::opened);
        QThread* workerThread = nullptr;
        QThread* answerThread = nullptr;
        QList<int> order;
        // Handed in before the database is open: it waits for it.
        session.run<int>(
            this,
            [&](StoreContext& c) -> Result<int> {
                workerThread = QThread::currentThread();
                return c.roles.inbox.count(NoticeQuery());
            },
            [&](Result<int> n) {
                answerThread = QThread::currentThread();
                QVERIFY(n.ok());
                order << *n;
            });
        session.open();
        for (int i = 1; i <= 3; ++i)
            session.run<int>(
                this, [i](StoreContext&) -> Result<int> { return i; },
                [&](Result<int> n) { order << *n; });
        QTRY_COMPARE(order.size(), 4);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3}));
        QVERIFY(workerThread && workerThread != QThread::currentThread());
        QCOMPARE(answerThread, QThread::currentThread());
        QVERIFY(session.isOpen());
    }

    void dropsAnswersForReceiversThatAreGone()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        StoreSession session(desk.location(), Database::Options{});
        session.open();
        bool called = false;
        {
            QObject receiver;
            session.run<int>(
                &receiver, [](StoreContext&) -> Result<int> { return 1; },
                [&](Result<int>) { called = true; });
        }
        int done = 0;
        session.run<int>(
            this, [](StoreContext&) -> Result<int> { return 2; }, [&](Result<int>) { ++done; });
        QTRY_COMPARE(done, 1);
        QVERIFY(!called);
    }

    void reportsWhyItCouldNotOpen()
    {
        QFETCH_GLOBAL(Backend, backend);
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        const StoreLocation location =
            backend == Backend::Sqlite
                ? StoreLocation::sqliteFile(blocker.fileName() + u"/x.sqlite"_s)
                : *StoreLocation::parse(u"postgresql://nobody@127.0.0.1:1/none"_s);
        StoreSession session(location, Database::Options{});
        QSignalSpy failed(&session, &StoreSession::openFailed);
        QString answer;
        session.run<int>(
            this, [](StoreContext&) -> Result<int> { return 1; },
            [&](Result<int> r) { answer = r ? u"ok"_s : r.error().message; });
        session.open();
        QTRY_COMPARE(failed.size(), 1);
        QTRY_VERIFY(!answer.isEmpty());
        QVERIFY(answer != u"ok"_s);
        QVERIFY(!session.isOpen());
    }

    // Another connection (another operator's desk, this desk's import) commits: the
    // session says so, on SQLite by polling, on PostgreSQL by NOTIFY.
    void reportsChangesByOtherConnections()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        StoreSession session(desk.location(), Database::Options{});
        QSignalSpy opened(&session, &StoreSession::opened);
        QSignalSpy changed(&session, &StoreSession::changed);
        session.open();
        QTRY_COMPARE(opened.size(), 1);
        session.waitForIdle();
        QTest::qWait(50);
        QCOMPARE(changed.size(), 0);
        auto other = desk.open(u"colleague"_s);
        QVERIFY(other);
        QVERIFY(other->add({testNotice("Subject: from elsewhere\n\nbody\n")}, {Analysis()}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, StoreSession::kPollMs * 4);
        if (backend == Backend::Postgres)
            QCOMPARE(changed.first().first().toString(), u"notices"_s);
    }
};

QTEST_GUILESS_MAIN(StoreSessionTest)
#include "StoreSessionTest.moc"
