#include "analysis/HopModel.h"
#include "TestAnalyses.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mixdesk {

class HopModelTest : public QObject
{
    Q_OBJECT
private slots:
    void showsHopsOldestFirstWithMarkers()
    {
        HopModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessage(test::sampleAnalysis().offendingMessages.first());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HopModel::FromIp).data().toString(), u"198.51.100.23"_s);
        QCOMPARE(model.index(0, HopModel::DateUtc).data().toString(), u"2026-01-12 08:15:02"_s);
        // Exit and webmail hops are marked by text, not colour alone.
        QVERIFY(model.index(0, HopModel::Marker).data().toString().contains(u"Exit"_s));
        QVERIFY(model.index(1, HopModel::Marker).data().toString().contains(u"Webmail"_s));
        QVERIFY(model.index(2, HopModel::Marker).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(HopModel::HopKindRole).toString(), u"exit"_s);
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(2, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, HopModel::Delay).data().toString().isEmpty());
        QCOMPARE(model.index(1, HopModel::Delay).data().toString(), u"+38 s"_s);
        QCOMPARE(model.index(2, HopModel::Delay).data().toString(), u"+3 min 5 s"_s);
        model.retranslate();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void formatsDelays()
    {
        QCOMPARE(HopModel::formatDelay(-3), u"\u22123 s"_s);
        QCOMPARE(HopModel::formatDelay(7322), u"+2 h 2 min"_s);
        QCOMPARE(HopModel::formatDelay(90000), u"+1 d 1 h"_s);
    }
};

} // namespace mixdesk

QTEST_MAIN(mixdesk::HopModelTest)
#include "HopModelTest.moc"
