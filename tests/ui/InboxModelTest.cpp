#include "inbox/InboxModel.h"
#include "GuiTestMain.h"
#include "StoreFixture.h"
#include "store/session/StoreSession.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mixdesk {

class InboxModelTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    static constexpr int kNotices = InboxModel::kPageSize * (InboxModel::kMaxPages + 2);

    StoreLocation location() const
    {
        return StoreLocation::sqliteFile(m_dir.filePath(u"inbox.sqlite"_s));
    }
    // The row's text once its page has arrived (data() never waits for it).
    static QString textAt(InboxModel& model, int row, int column)
    {
        const QModelIndex index = model.index(row, column);
        QString text;
        if (!QTest::qWaitFor([&] { return !(text = index.data().toString()).isEmpty(); }, 5000))
            qWarning() << "row" << row << "did not arrive";
        return text;
    }

private slots:
    void initTestCase()
    {
        test::DirectDatabaseAccess direct;
        auto db = Database::open(location());
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        m_store = std::make_unique<test::TestStore>(std::move(*db));
        QVERIFY(test::fillStore(m_store->writer(), kNotices));
        m_session = std::make_unique<StoreSession>(location(), Database::Options{});
        QSignalSpy opened(m_session.get(), &StoreSession::opened);
        m_session->open();
        QVERIFY(opened.wait());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        test::DirectDatabaseAccess direct;
        m_store.reset();
    }

    void loadsRowsLazilyInPages()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &InboxModel::refreshed);
        model.setSession(m_session.get());
        QCOMPARE(model.rowCount(), 0); // nothing waits: the answer comes later
        // First one screen of rows, then the whole list as one insert at its end.
        QTRY_COMPARE(model.rowCount(), kNotices);
        QCOMPARE(refreshed.size(), 2);
        QVERIFY(!model.isLoading());
        // Newest first by default: row 0 is the last notice added.
        QCOMPARE(textAt(model, 0, InboxModel::Subject), u"Notice %1"_s.arg(kNotices - 1));
        const int loadsBefore = model.pageLoads();
        // The first screen, perhaps asked for again when the whole list came in, and
        // the last row the model tester peeked at.
        QVERIFY2(loadsBefore <= 4, qPrintable(QString::number(loadsBefore)));
        model.index(5, InboxModel::Reporter).data();
        QCOMPARE(model.pageLoads(), loadsBefore); // same page, from the cache
        QCOMPARE(textAt(model, InboxModel::kPageSize * 3, InboxModel::Subject),
                 u"Notice %1"_s.arg(kNotices - 1 - InboxModel::kPageSize * 3));
        QCOMPARE(model.pageLoads(), loadsBefore + 1); // one more page, one more query
        QCOMPARE(textAt(model, kNotices - 1, InboxModel::Subject), u"Notice 0"_s);
        // Touch every page: the cache stays bounded.
        for (int row = 0; row < kNotices; row += InboxModel::kPageSize)
            textAt(model, row, 0);
        QVERIFY(model.cachedPageCount() <= InboxModel::kMaxPages);
        QCOMPARE(model.rowOf(model.idAt(1234)), 1234);
        QCOMPARE(textAt(model, 0, InboxModel::CategoryColumn),
                 (kNotices - 1) % 2 == 0 ? u"Webmail spam"_s : u"Network attack"_s);
        QCOMPARE(textAt(model, 0, InboxModel::StatusColumn), u"New"_s);
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // new: bold
    }

    void sortsAndFiltersInSql()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.rowCount(), kNotices);
        model.sort(InboxModel::Received, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(textAt(model, 0, InboxModel::Subject), u"Notice 0"_s);
        QCOMPARE(model.query().sortColumn, u"received"_s);

        NoticeQuery filter;
        filter.text = u"needle"_s;
        model.setFilter(filter);
        QTRY_COMPARE(model.rowCount(), kNotices / 10);
        QCOMPARE(model.query().sortColumn, u"received"_s); // sort kept
        QVERIFY(!model.query().descending);

        filter = {};
        filter.category = u"network-attack"_s;
        model.setFilter(filter);
        QTRY_COMPARE(model.rowCount(), kNotices / 2);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(textAt(model, 0, InboxModel::ExitIp), u"203.0.113.77"_s);

        filter = {};
        filter.status = NoticeStatus::Closed;
        model.setFilter(filter);
        QTRY_COMPARE(model.rowCount(), 0);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), kNotices);
    }

    void announcesNewNoticesAsOneInsertAndStatusChangesAsDataChanges()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.rowCount(), kNotices);
        QTRY_VERIFY(!model.isLoading());
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        {
            test::DirectDatabaseAccess direct;
            QVERIFY(test::fillStore(m_store->writer(), 7, kNotices));
        }
        model.refresh();
        QTRY_COMPARE(model.rowCount(), before + 7);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // newest on top
        QCOMPARE(inserted.first().at(2).toInt(), 6);

        const QList<qint64> ids{model.idAt(2), model.idAt(3)};
        QCOMPARE(textAt(model, 2, InboxModel::StatusColumn), u"New"_s);
        {
            test::DirectDatabaseAccess direct;
            QVERIFY(m_store->setStatus(ids, NoticeStatus::Closed, u"tester"_s).ok());
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.invalidate(ids);
        QCOMPARE(changed.size(), 1);
        QTRY_COMPARE(model.index(2, InboxModel::StatusColumn).data().toString(), u"Closed"_s);
        QCOMPARE(model.index(2, 0).data(InboxModel::StatusRole).toString(), u"closed"_s);

        // An optimistic change shows at once, and stays until the write is done.
        const QList<qint64> more{model.idAt(4)};
        model.showStatus(more, NoticeStatus::Forwarded);
        QCOMPARE(model.index(4, 0).data(InboxModel::StatusRole).toString(), u"forwarded"_s);
        model.clearStatusOverrides(more); // the write failed: the stored status comes back
        QTRY_COMPARE(model.index(4, 0).data(InboxModel::StatusRole).toString(), u"new"_s);
    }

    // Issue 18: hiding takes rows out at once (one removal per run of rows), a refresh
    // brings back what the store says; the due column shows the deadline, "!" when
    // urgent, red when overdue, and sorts in SQL.
    void removesRowsAtOnceAndShowsTheDueColumn()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_VERIFY(model.rowCount() > 10 && !model.isLoading());
        const int before = model.rowCount();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const qint64 kept = model.idAt(3);
        model.removeIds({model.idAt(1), model.idAt(2), model.idAt(5), 987654321});
        QCOMPARE(model.rowCount(), before - 3);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowOf(kept), 1);
        model.refresh(); // nothing was written: they come back
        QTRY_COMPARE(model.rowCount(), before);

        const qint64 overdue = model.idAt(0);
        const qint64 later = model.idAt(1);
        {
            test::DirectDatabaseAccess direct;
            QVERIFY(m_store->journal().setDue({overdue}, QDate(2020, 1, 2), true).ok());
            QVERIFY(
                m_store->journal().setDue({later}, QDate::currentDate().addYears(1), false).ok());
        }
        model.invalidate({overdue, later});
        QTRY_COMPARE(model.index(0, InboxModel::Due).data().toString(), u"! 2020-01-02"_s);
        QCOMPARE(model.index(0, InboxModel::Due).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xb0, 0x1c, 0x1c));
        QCOMPARE(model.index(0, 0).data(InboxModel::DueRole).toDate(), QDate(2020, 1, 2));
        QVERIFY(model.index(0, 0).data(InboxModel::UrgentRole).toBool());
        QVERIFY(model.index(0, InboxModel::Due)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"overdue"_s));
        QVERIFY(!model.index(1, InboxModel::Due).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(2, InboxModel::Due).data().toString().isEmpty());
        QCOMPARE(model.headerData(InboxModel::Due, Qt::Horizontal).toString(), u"Due"_s);
        model.sort(InboxModel::Due, Qt::AscendingOrder);
        QTRY_COMPARE(model.query().sortColumn, u"due"_s);
        QTRY_COMPARE(model.idAt(0), overdue);
        QCOMPARE(model.idAt(1), later);
    }

    void emptyWithoutStore()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSession(m_session.get());
        QTRY_VERIFY(model.rowCount() > 0);
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::InboxModelTest)
#include "InboxModelTest.moc"
