#include "inbox/InboxModel.h"
#include "StoreFixture.h"

#include <QAbstractItemModelTester>
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
    static constexpr int kNotices = InboxModel::kPageSize * (InboxModel::kMaxPages + 2);

private slots:
    void initTestCase()
    {
        auto db = Database::open(StoreLocation::sqliteFile(m_dir.filePath(u"inbox.sqlite"_s)));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        m_store = std::make_unique<test::TestStore>(std::move(*db));
        QVERIFY(test::fillStore(m_store->writer(), kNotices));
    }

    void loadsRowsLazilyInPages()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store->inbox());
        QCOMPARE(model.rowCount(), kNotices);
        // Newest first by default: row 0 is the last notice added.
        QCOMPARE(model.index(0, InboxModel::Subject).data().toString(),
                 u"Notice %1"_s.arg(kNotices - 1));
        const int loadsBefore = model.pageLoads();
        QVERIFY(loadsBefore <= 2); // the model tester may have peeked at the last row
        model.index(5, InboxModel::Reporter).data();
        QCOMPARE(model.pageLoads(), loadsBefore); // same page, from the cache
        model.index(InboxModel::kPageSize * 3, InboxModel::Reporter).data();
        QCOMPARE(model.pageLoads(), loadsBefore + 1); // one more page, one more query
        QCOMPARE(model.index(kNotices - 1, InboxModel::Subject).data().toString(), u"Notice 0"_s);
        // Touch every page: the cache stays bounded.
        for (int row = 0; row < kNotices; row += InboxModel::kPageSize)
            model.index(row, 0).data();
        QVERIFY(model.cachedPageCount() <= InboxModel::kMaxPages);
        QCOMPARE(model.rowOf(model.idAt(1234)), 1234);
        QCOMPARE(model.index(0, InboxModel::CategoryColumn).data().toString(),
                 (kNotices - 1) % 2 == 0 ? u"Webmail spam"_s : u"Network attack"_s);
        QCOMPARE(model.index(0, InboxModel::StatusColumn).data().toString(), u"New"_s);
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // new: bold
    }

    void sortsAndFiltersInSql()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store->inbox());
        model.sort(InboxModel::Received, Qt::AscendingOrder);
        QCOMPARE(model.index(0, InboxModel::Subject).data().toString(), u"Notice 0"_s);
        QCOMPARE(model.query().sortColumn, u"received"_s);

        NoticeQuery filter;
        filter.text = u"needle"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), kNotices / 10);
        QCOMPARE(model.query().sortColumn, u"received"_s); // sort kept
        QVERIFY(!model.query().descending);

        filter = {};
        filter.category = u"network-attack"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), kNotices / 2);
        QCOMPARE(model.index(0, InboxModel::ExitIp).data().toString(), u"203.0.113.77"_s);

        filter = {};
        filter.status = NoticeStatus::Closed;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), kNotices);
    }

    void announcesNewNoticesAsOneInsertAndStatusChangesAsDataChanges()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store->inbox());
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(test::fillStore(m_store->writer(), 7, kNotices));
        model.refresh();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), before + 7);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // newest on top
        QCOMPARE(inserted.first().at(2).toInt(), 6);

        const QList<qint64> ids{model.idAt(2), model.idAt(3)};
        QVERIFY(m_store->setStatus(ids, NoticeStatus::Closed, u"tester"_s).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.invalidate(ids);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(2, InboxModel::StatusColumn).data().toString(), u"Closed"_s);
        QCOMPARE(model.index(2, 0).data(InboxModel::StatusRole).toString(), u"closed"_s);
    }

    void emptyWithoutStore()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setStore(&m_store->inbox());
        QVERIFY(model.rowCount() > 0);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace mixdesk

QTEST_MAIN(mixdesk::InboxModelTest)
#include "InboxModelTest.moc"
