#include "analysis/AnalysisPane.h"
#include "TestAnalyses.h"
#include "analysis/HopModel.h"

#include <QHeaderView>
#include <QTableView>

#include <QLabel>
#include <QScrollBar>
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
        QTableView* view = showSampleHops(pane, 500);
        QVERIFY(view);
        // 500 px is too narrow for one line per hop: stacked (issue 13), the role and
        // the IP folded into the row header and the From host cell.
        QVERIFY(pane.hopModel()->isStacked());
        for (int column : {int(HopModel::Marker), int(HopModel::FromIp)})
            QVERIFY(view->isColumnHidden(column));
        QCOMPARE(view->columnWidth(HopModel::DateUtc), contentWidth(view, HopModel::DateUtc));
    }

    // In a narrower pane the host names give way (their tooltips hold the whole hop), so
    // that role, address, protocol, date and delay stay in view without scrolling.
    void hopColumnsFitANarrowerPane()
    {
        AnalysisPane pane;
        QTableView* view = showSampleHops(pane, 720);
        QVERIFY(QTest::qWaitFor([&] { return view->viewport()->width() > 0; }));
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        for (int column : {int(HopModel::Marker), int(HopModel::FromIp), int(HopModel::DateUtc)})
            if (!view->isColumnHidden(column)) // hidden when stacked (issue 13)
                QCOMPARE(view->columnWidth(column), contentWidth(view, column));
        // Wide again: one line per hop, every column at its full width.
        pane.resize(1400, 600);
        QTRY_VERIFY(!pane.hopModel()->isStacked());
        QTRY_COMPARE(view->columnWidth(HopModel::ByHost), contentWidth(view, HopModel::ByHost));
    }

private:
    // Shows the sample analysis in `pane`, `width` pixels wide; its hop view.
    static QTableView* showSampleHops(AnalysisPane& pane, int width)
    {
        pane.resize(width, 600);
        pane.show();
        pane.showAnalysis(test::sampleAnalysis(), "Subject: x\r\n\r\nbody", {});
        return pane.findChild<QTableView*>(u"hopView"_s);
    }

    // What resizeColumnsToContents gives a column: its cells' or its title's width.
    static int contentWidth(QTableView* view, int column)
    {
        return qMax(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                    view->horizontalHeader()->sectionSizeHint(column));
    }
};

} // namespace mixdesk

QTEST_MAIN(mixdesk::AnalysisPaneTest)
#include "AnalysisPaneTest.moc"
