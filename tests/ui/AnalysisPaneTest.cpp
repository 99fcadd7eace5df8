#include "analysis/AnalysisPane.h"
#include "TestAnalyses.h"

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
};

} // namespace mixdesk

QTEST_MAIN(mixdesk::AnalysisPaneTest)
#include "AnalysisPaneTest.moc"
