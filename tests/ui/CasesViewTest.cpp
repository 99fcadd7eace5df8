#include "cases/CasesView.h"
#include "GuiTestMain.h"
#include "StoreFixture.h"
#include "analysis/AnalysisPane.h"
#include "cases/CaseForm.h"
#include "cases/CasePane.h"
#include "cases/CasesModel.h"
#include "cases/CasesWiring.h"
#include "cases/NewCaseDialog.h"
#include "i18n/LanguageManager.h"
#include "main/Desk.h"
#include "main/MainWindow.h"
#include "widgets/FileDialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

// The Cases view in the main window, on a real SQLite store: a case opened from a
// notice through the new-case dialog (pre-filled, checked, created), edited, with
// notes, a due deadline, the retention checklist, and its PDF dossier exported.
class CasesViewTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T* find(const QString& name)
    {
        T* child = m_window->findChild<T*>(name);
        if (!child)
            qWarning() << "no child named" << name;
        return child;
    }
    CasesView* view() { return find<CasesView>(u"casesView"_s); }

    void shoot(const QString& name) { shoot(m_window.get(), name); }
    void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MIXDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // layouts follow a language change on the next event loop turn
        widget->grab().save(dir + u"/"_s + name + u".png"_s);
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(u"cases.sqlite"_s);
        QFile::remove(path);
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(StoreLocation::sqliteFile(path));
            QVERIFY(db.ok());
            QVERIFY(test::fillStore(test::TestStore(std::move(*db)).writer(), 5));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->languageManager()->setLanguage(u"en"_s);
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        m_window->openStore(path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_VERIFY(!m_window->analysisPane()->isEmpty());
    }
    void cleanup() { m_window.reset(); }

    void viewIsOnTheDeskWithAlt4()
    {
        QAction* action = nullptr;
        for (QAction* a : m_window->desk()->viewActions()) {
            if (a->shortcut() == QKeySequence(Qt::ALT | Qt::Key_4))
                action = a;
        }
        QVERIFY(action);
        action->trigger();
        QCOMPARE(m_window->desk()->currentView(), view());
    }

    void caseFromNoticeEditedAndExported()
    {
        QAbstractItemModelTester tester(view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAction* fromNotice = find<QAction>(u"openCaseFromNotice"_s);
        QVERIFY(fromNotice);
        QTRY_VERIFY(fromNotice->isEnabled());
        fromNotice->trigger();
        // The dialog shows the draft from the notice's analysis; nothing is created yet.
        QPointer<NewCaseDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<NewCaseDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(dialog->noticeIds().size(), 1);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"exitIp"_s)->text(), u"198.51.100.23"_s);
        QVERIFY(dialog->findChild<QLineEdit*>(u"authority"_s)->text().startsWith(u"Reporter"_s));
        QCOMPARE(dialog->findChild<QComboBox*>(u"caseType"_s)->currentData().toString(),
                 u"other"_s); // a company's spam report: no summons
        QCOMPARE(dialog->findChild<QComboBox*>(u"authorityKind"_s)->currentData().toString(),
                 u"company"_s);
        QVERIFY(!dialog->findChild<QLineEdit*>(u"caseTitle"_s)->text().isEmpty());
        QCOMPARE(dialog->findChild<QComboBox*>(u"caseStatus"_s)->currentData().toString(),
                 u"open"_s);
        QVERIFY(dialog->findChild<QLabel*>(u"newCaseIntro"_s)->text().contains(u"#"_s));
        QCOMPARE(view()->model()->rowCount(), 0);
        shoot(dialog, u"case-from-notice-en"_s);
        dialog->findChild<QLineEdit*>(u"contactPerson"_s)->setText(u"KHK Muster"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"createCase"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog); // closed and gone
        QTRY_COMPARE(m_window->desk()->currentView(), view());
        QTRY_COMPARE(view()->model()->rowCount(), 1);
        CasePane* pane = view()->pane();
        QTRY_VERIFY(pane->caseId() != 0);
        QTRY_COMPARE(find<QListWidget>(u"caseNotices"_s)->count(), 1);
        // Pre-filled from the analysis, with what the operator added.
        QCOMPARE(find<QLineEdit>(u"exitIp"_s)->text(), u"198.51.100.23"_s);
        QVERIFY(find<QLineEdit>(u"authority"_s)->text().startsWith(u"Reporter"_s));
        QCOMPARE(find<QLineEdit>(u"contactPerson"_s)->text(), u"KHK Muster"_s);

        find<QLineEdit>(u"fileReference"_s)->setText(u"Az. 123 Js 4567/26"_s);
        find<QComboBox>(u"caseType"_s)
            ->setCurrentIndex(find<QComboBox>(u"caseType"_s)->findData(u"retention-order"_s));
        QTest::mouseClick(find<QPushButton>(u"saveCase"_s), Qt::LeftButton);
        QTRY_COMPARE(view()->model()->index(0, CasesModel::ReferenceColumn).data().toString(),
                     u"Az. 123 Js 4567/26"_s);
        // A retention order shows its checklist until all four rules are answered.
        QLabel* banner = find<QLabel>(u"checklistBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        for (const QString& rule :
             {u"minimum-data"_s, u"no-access"_s, u"only-compelled"_s, u"no-arbitrary"_s}) {
            find<QLineEdit>(u"ruleNote_"_s + rule)->setText(u"done: "_s + rule);
            QTest::mouseClick(find<QPushButton>(u"ruleDone_"_s + rule), Qt::LeftButton);
        }
        QTRY_VERIFY(!banner->isVisible());

        find<QLineEdit>(u"caseNoteEdit"_s)->setText(u"Called the lawyer."_s);
        QTest::mouseClick(find<QPushButton>(u"addCaseNote"_s), Qt::LeftButton);
        QTRY_COMPARE(find<QListWidget>(u"caseNotes"_s)->count(), 1);

        find<QLineEdit>(u"deadlineTitle"_s)->setText(u"Written statement"_s);
        find<QDateTimeEdit>(u"deadlineDue"_s)->setDateTime(QDateTime::currentDateTime().addDays(1));
        QTest::mouseClick(find<QPushButton>(u"addDeadline"_s), Qt::LeftButton);
        QTRY_COMPARE(find<QTreeWidget>(u"caseDeadlines"_s)->topLevelItemCount(), 1);
        QTreeWidget* due = find<QTreeWidget>(u"dueList"_s);
        QTRY_VERIFY(due->isVisible());
        QCOMPARE(due->topLevelItemCount(), 1);
        QCOMPARE(due->topLevelItem(0)->text(2), u"Written statement"_s);
        QTRY_VERIFY(find<QTreeWidget>(u"caseTimeline"_s)->topLevelItemCount() >= 4);
        shoot(u"cases-en"_s);
        auto* tabs = find<QTabWidget>(u"caseTabs"_s);
        tabs->setCurrentIndex(5);
        shoot(u"cases-timeline-en"_s);
        tabs->setCurrentIndex(6);
        QVERIFY(find<QPlainTextEdit>(u"statementEdit"_s)->toPlainText().contains(u"Az. 123 Js"_s));
        shoot(u"cases-statement-en"_s);
        tabs->setCurrentIndex(0);

        const QString pdf = m_dir.filePath(u"dossier.pdf"_s);
        FileDialogs::setNextAnswer({pdf});
        find<QComboBox>(u"exportLanguage"_s)->setCurrentIndex(1); // Deutsch
        QTest::mouseClick(find<QPushButton>(u"exportPdf"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pdf).size() > 0, 20000);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"dossier.pdf"_s));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(u"Az. 123 Js 4567/26"_s));
        QVERIFY(content.contains(u"Beweismittelverzeichnis"_s));
        QVERIFY(content.contains(u"Checkliste zur Speicheranordnung"_s));

        m_window->languageManager()->setLanguage(u"de"_s);
        shoot(u"cases-de"_s);
        m_window->languageManager()->setLanguage(u"en"_s);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::CasesViewTest)
#include "CasesViewTest.moc"
