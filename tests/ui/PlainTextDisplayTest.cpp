#include "GuiTestMain.h"
#include "StoreFixture.h"
#include "TestAnalyses.h"
#include "analysis/AnalysisPane.h"
#include "analysis/HopModel.h"
#include "inbox/InboxModel.h"
#include "store/notices/NoticePreparer.h"
#include "store/session/StoreSession.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// What a mail may write in a display name, a subject or a header.
const QString kMarkup = u"<img src=file:///etc/hostname><b>Evil</b> <a href=\"x\">x</a>"_s;

// What the operator reads where Qt shows `text` in `format`: as written, or what the
// markup renders to.
QString shownText(const QString& text, Qt::TextFormat format)
{
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// A tool tip is always read in Qt::AutoText.
QString shownToolTip(const QString& toolTip)
{
    return shownText(toolTip, Qt::AutoText);
}

} // namespace

// Issue 19: everything that comes from a mail is shown as plain text, in every view:
// markup fed through each shows up as the characters written, not as markup.
class PlainTextDisplayTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void analysisPaneShowsMarkupAsText()
    {
        Analysis a = test::sampleAnalysis();
        a.reporter = kMarkup;
        a.webmailAccount = kMarkup;
        a.mailServer = kMarkup;
        a.caseReference = kMarkup;
        a.problems = {kMarkup};
        a.evidence.append(Evidence{u"reporter"_s, u"Signed %1"_s, {kMarkup}, -1});
        a.offendingMessages[0].hops[0].raw = kMarkup;
        a.offendingMessages[0].whereFound = kMarkup;
        a.offendingMessages.append(a.offendingMessages[0]); // the message choice shows
        AnalysisPane pane;
        pane.resize(900, 700);
        pane.show();
        pane.showAnalysis(
            a,
            QString(u"From: "_s + kMarkup + u"\r\nSubject: "_s + kMarkup + u"\r\n\r\nx"_s).toUtf8(),
            {});
        int seen = 0;
        for (QLabel* label : pane.findChildren<QLabel*>()) {
            const QString text = label->text();
            if (!text.contains(u"<img"_s))
                continue;
            ++seen;
            QCOMPARE(shownText(text, label->textFormat()), text);
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
            if (!label->toolTip().isEmpty())
                QVERIFY(shownToolTip(label->toolTip()).contains(kMarkup));
        }
        QVERIFY2(seen >= 6, qPrintable(QString::number(seen))); // reporter, account...
        auto* reporter = pane.findChild<QLabel*>(u"value_reporter"_s);
        QVERIFY(reporter);
        QCOMPARE(reporter->text(), kMarkup);
        QVERIFY(shownToolTip(reporter->toolTip()).contains(u"Signed "_s + kMarkup));
        auto* raw = pane.findChild<QPlainTextEdit*>(u"rawHeaderView"_s);
        QVERIFY(raw && raw->toPlainText().contains(kMarkup));
        // Evidence is rich text for its hop links only: the mail's words escaped.
        auto* evidence = pane.findChild<QLabel*>(u"evidence_reporter"_s);
        QVERIFY(evidence);
        QVERIFY(shownText(evidence->text(), evidence->textFormat()).contains(kMarkup));
    }

    void hopToolTipsShowMarkupAsText()
    {
        HopModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OffendingMessage m = test::sampleAnalysis().offendingMessages.first();
        m.hops[0].raw = u"from "_s + kMarkup + u"\nby mx.example"_s;
        m.hops[0].fromHost = kMarkup;
        model.setMessage(m);
        const QString tip = model.index(0, HopModel::FromHost).data(Qt::ToolTipRole).toString();
        // The cell's full text first, then the hop as written: both as text.
        QVERIFY(shownToolTip(tip).startsWith(kMarkup));
        QVERIFY(shownToolTip(tip).endsWith(m.hops[0].raw));
        // Table cells draw their display text as plain text already.
        QCOMPARE(model.index(0, HopModel::FromHost).data().toString(), kMarkup);
    }

    void inboxToolTipsShowMarkupAsText()
    {
        const StoreLocation location = StoreLocation::sqliteFile(m_dir.filePath(u"x.sqlite"_s));
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(location);
            QVERIFY(db.ok());
            test::TestStore store(std::move(*db));
            IncomingNotice notice = IncomingNotice::fromRaw(
                (u"From: "_s + kMarkup + u" <abuse@isp.example>\r\nSubject: "_s + kMarkup +
                 u"\r\nMessage-ID: <m@isp.example>\r\n\r\nbody\r\n"_s)
                    .toUtf8(),
                u"test:markup"_s, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
            Analysis a;
            a.reporter = kMarkup;
            a.language = u"en"_s;
            QVERIFY(store.writer().add({NoticePreparer::withAnalysis(std::move(notice), a)}).ok());
        }
        StoreSession session(location, Database::Options{});
        QSignalSpy opened(&session, &StoreSession::opened);
        session.open();
        QVERIFY(opened.wait());
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_VERIFY(!model.index(0, InboxModel::Subject).data().toString().isEmpty());
        for (int column : {int(InboxModel::Subject), int(InboxModel::Reporter)}) {
            const QModelIndex index = model.index(0, column);
            QVERIFY2(index.data().toString().contains(kMarkup),
                     qPrintable(index.data().toString()));
            QCOMPARE(shownToolTip(index.data(Qt::ToolTipRole).toString()), index.data().toString());
        }
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::PlainTextDisplayTest)
#include "PlainTextDisplayTest.moc"
