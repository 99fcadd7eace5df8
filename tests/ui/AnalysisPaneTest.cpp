#include "analysis/AnalysisPane.h"
#include "TestAnalyses.h"
#include "analysis/HopModel.h"

#include <QHeaderView>
#include <QTableView>

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mixdesk {

class AnalysisPaneTest : public QObject
{
    Q_OBJECT
private slots:
    void saysWhenTheAnalysisIsStillPending()
    {
        AnalysisPane pane;
        pane.show();
        Analysis pending;
        pending.analyzerVersion = 0; // stored by the sync, not analysed yet
        pane.showAnalysis(pending, "Subject: x\r\n\r\nbody", {});
        auto* note = pane.findChild<QLabel*>(u"analysisProblems"_s);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"pending"_s));

        pane.showAnalysis(test::sampleAnalysis(), "Subject: x\r\n\r\nbody", {});
        QVERIFY(!note->isVisible());
    }

    void sizesHopColumnsToTheShownChain()
    {
        AnalysisPane pane;
        pane.resize(500, 600);
        pane.show();
        pane.showAnalysis(test::sampleAnalysis(), "Subject: x\r\n\r\nbody", {});
        auto* view = pane.findChild<QTableView*>(u"hopView"_s);
        QVERIFY(view);
        for (int column : {int(HopModel::Marker), int(HopModel::FromIp)}) {
            const int wanted =
                qMax(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                     view->horizontalHeader()->sectionSizeHint(column));
            QCOMPARE(view->columnWidth(column), wanted);
        }
    }
};

} // namespace mixdesk

QTEST_MAIN(mixdesk::AnalysisPaneTest)
#include "AnalysisPaneTest.moc"
