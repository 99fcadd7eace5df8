#include "GuiTestMain.h"
#include "StoreFixture.h"
#include "TestPaths.h"
#include "i18n/LanguageManager.h"
#include "inbox/DueController.h"
#include "inbox/DueDialog.h"
#include "inbox/HideController.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "main/MainWindow.h"
#include "reading/ReadingPane.h"
#include "reanalysis/Banner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mixdesk {

// Issue 18 through the real main window, offscreen: the due column and queue, the
// operator's due date, "all open" first, the date filter on the incident time, and
// Delete hiding notices with Undo.
class InboxTriageTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_dbCounter = 0;
    static constexpr int kNotices = 13;

    template <typename T> T* find(const QString& name)
    {
        T* child = m_window->findChild<T*>(name);
        if (!child)
            qWarning() << "no child named" << name;
        return child;
    }
    InboxModel* model() { return m_window->inboxPane()->model(); }
    InboxView* view() { return m_window->inboxPane()->view(); }
    QComboBox* viewFilter() { return find<QComboBox>(u"statusFilter"_s); }
    HideController* hider() { return m_window->findChild<HideController*>(); }

    int rowWithSubject(const QString& text)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, InboxModel::Subject).data().toString().contains(text))
                return row;
        }
        return -1;
    }
    void chooseView(const QString& id)
    {
        viewFilter()->setCurrentIndex(viewFilter()->findData(id));
        QTRY_VERIFY(!model()->isLoading());
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_dbCounter));
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(StoreLocation::sqliteFile(path));
            QVERIFY(db.ok());
            test::TestStore store(std::move(*db));
            QVERIFY(test::fillStore(store.writer(), 10));
            QFile file(test::corpusFile(u"017-staatsanwaltschaft-tkue.eml"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QDateTime received(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
            QList<PreparedNotice> notices{NoticePreparer::withAnalysis(
                IncomingNotice::fromRaw(file.readAll(), u"test:017"_s, received), Analysis{})};
            // Incident times a year before they were received.
            for (int i = 0; i < 2; ++i) {
                Analysis a;
                a.incidentTimeUtc = QDateTime(QDate(2025, 6, 1 + i * 10), QTime(8, 0), Qt::UTC);
                notices << NoticePreparer::withAnalysis(
                    IncomingNotice::fromRaw(
                        u"From: abuse@isp.example\r\nSubject: Incident %1\r\n"
                        "Date: Wed, 4 Mar 2026 09:00:00 +0000\r\n\r\nx\r\n"_s.arg(i)
                            .toUtf8(),
                        u"test:i%1"_s.arg(i), received),
                    a);
            }
            QVERIFY(store.writer().add(notices).ok());
        }
        m_window = std::make_unique<MainWindow>();
        m_window->languageManager()->setLanguage(u"en"_s);
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        m_window->openStore(path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_VERIFY(!m_window->inboxPane()->isStartupPending());
        QTRY_COMPARE(model()->rowCount(), kNotices);
    }
    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    void dueColumnShownAndQueued()
    {
        // "All open" is the view the inbox opens with.
        QCOMPARE(viewFilter()->currentData().toString(), u"open"_s);
        QHeaderView* header = view()->header();
        QVERIFY(!header->isSectionHidden(InboxModel::Due));
        QCOMPARE(header->visualIndex(InboxModel::Due), 2); // beside the two dates
        QCOMPARE(model()->headerData(InboxModel::Due, Qt::Horizontal).toString(), u"Due"_s);
        QTRY_VERIFY(rowWithSubject(u"61 Js 902/26"_s) >= 0);
        const int row = rowWithSubject(u"61 Js 902/26"_s);
        // "EILT", Importance: high, "Rückmeldung bis 09.03.2026": past, so overdue.
        QTRY_COMPARE(model()->index(row, InboxModel::Due).data().toString(), u"! 2026-03-09"_s);
        QVERIFY(model()->index(row, InboxModel::Due).data(Qt::ForegroundRole).isValid());
        QVERIFY(model()
                    ->index(row, InboxModel::Due)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"overdue"_s));

        QTRY_VERIFY(viewFilter()->itemText(viewFilter()->findData(u"due"_s)) ==
                    u"Due or overdue (1)"_s);
        auto* days = find<QSpinBox>(u"dueDays"_s);
        QVERIFY(!days->isVisible());
        chooseView(u"due"_s);
        QVERIFY(days->isVisible());
        QTRY_COMPARE(model()->rowCount(), 1);
        QTRY_VERIFY(model()->index(0, InboxModel::Subject).data().toString().contains(u"61 Js"_s));
        QTRY_VERIFY(find<QLabel>(u"statusCounts"_s)->text().startsWith(u"1 of 13"_s));
        // Sorted by the due column, in SQL.
        header->setSortIndicator(InboxModel::Due, Qt::AscendingOrder);
        QTRY_COMPARE(model()->query().sortColumn, u"due"_s);
        QCOMPARE(model()->rowCount(), 1);
        // Closed: no longer due.
        view()->selectRow(0);
        find<QAction>(u"actionStatus_closed"_s)->trigger();
        QTRY_VERIFY(viewFilter()->currentText() == u"Due or overdue (0)"_s);
    }

    void operatorSetsTheDueDateFromTheContextMenu()
    {
        QTRY_VERIFY(rowWithSubject(u"Notice 3"_s) >= 0); // once its page is in
        const int row = rowWithSubject(u"Notice 3"_s);
        view()->selectRow(row);
        const qint64 id = view()->currentId();
        QAction* edit = find<QAction>(u"actionEditDue"_s);
        QVERIFY(edit->isEnabled());
        QVERIFY(view()->actions().contains(edit)); // in the list's context menu
        edit->trigger();
        auto* controller = m_window->findChild<DueController*>();
        QTRY_VERIFY(controller->dialog() && controller->dialog()->isVisible());
        DueDialog* dialog = controller->dialog();
        QVERIFY(!dialog->findChild<QCheckBox*>(u"dueEnabled"_s)->isChecked());
        const QDate tomorrow = QDate::currentDate().addDays(1);
        dialog->findChild<QCheckBox*>(u"dueEnabled"_s)->setChecked(true);
        dialog->findChild<QDateEdit*>(u"dueDate"_s)->setDate(tomorrow);
        dialog->findChild<QCheckBox*>(u"dueUrgent"_s)->setChecked(true);
        dialog->accept();
        const QString shown = u"! "_s + tomorrow.toString(u"yyyy-MM-dd"_s);
        QTRY_COMPARE(model()->index(model()->rowOf(id), InboxModel::Due).data().toString(), shown);
        QVERIFY(!model()
                     ->index(model()->rowOf(id), InboxModel::Due)
                     .data(Qt::ForegroundRole)
                     .isValid()); // not overdue
        // Journalled, in words.
        QTRY_VERIFY(
            find<QTextBrowser>(u"historyView"_s)->toPlainText().contains(u"Due date set"_s));
        // In the queue now, beside the notice that states its deadline.
        QTRY_VERIFY(viewFilter()->itemText(viewFilter()->findData(u"due"_s)) ==
                    u"Due or overdue (2)"_s);
        chooseView(u"due"_s);
        QTRY_COMPARE(model()->rowCount(), 2);
        QVERIFY(model()->rowOf(id) >= 0);
        // Cleared again. The dialog starts from the row's values: wait until the reloaded
        // queue has fetched them (rows load lazily after the count).
        QTRY_VERIFY(model()->index(model()->rowOf(id), 0).data(InboxModel::DueRole).isValid());
        view()->selectId(id);
        edit->trigger();
        QTRY_VERIFY(controller->dialog() && controller->dialog()->isVisible());
        QVERIFY(controller->dialog()->findChild<QCheckBox*>(u"dueEnabled"_s)->isChecked());
        controller->dialog()->reject();
        // The reading pane has the same action one click away.
        find<QTabWidget>(u"detailTabs"_s)
            ->setCurrentWidget(m_window->inboxWorkspace()->readingPane());
        auto* button = find<QToolButton>(u"actionEditDueButton"_s);
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTRY_VERIFY(!controller->dialog() || !controller->dialog()->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(controller->dialog() && controller->dialog()->isVisible());
        controller->dialog()->findChild<QCheckBox*>(u"dueEnabled"_s)->setChecked(false);
        controller->dialog()->findChild<QCheckBox*>(u"dueUrgent"_s)->setChecked(false);
        controller->dialog()->accept();
        QTRY_VERIFY(
            model()->index(model()->rowOf(id), InboxModel::Due).data().toString().isEmpty());
    }

    void dateFilterOnTheIncidentTime()
    {
        auto* useDates = find<QCheckBox>(u"dateFilterEnabled"_s);
        auto* field = find<QComboBox>(u"dateFilterField"_s);
        QVERIFY(!field->isEnabled());
        find<QDateEdit>(u"dateFrom"_s)->setDate(QDate(2025, 5, 31));
        find<QDateEdit>(u"dateTo"_s)->setDate(QDate(2025, 6, 5));
        useDates->setChecked(true);
        QVERIFY(field->isEnabled());
        QCOMPARE(field->currentData().toString(), u"received"_s);
        QTRY_COMPARE(model()->rowCount(), 0); // received in 2026
        field->setCurrentIndex(field->findData(u"incident"_s));
        QTRY_COMPARE(model()->rowCount(), 1);
        QTRY_VERIFY(
            model()->index(0, InboxModel::Subject).data().toString().contains(u"Incident 0"_s));
        QCOMPARE(model()->query().dateField, NoticeQuery::DateField::Incident);
        find<QDateEdit>(u"dateTo"_s)->setDate(QDate(2025, 6, 11)); // the whole "to" day
        QTRY_COMPARE(model()->rowCount(), 2);
        useDates->setChecked(false);
        QTRY_COMPARE(model()->rowCount(), kNotices);
    }

    void deleteHidesAndUndoBringsBack()
    {
        QTRY_VERIFY(model()->index(2, InboxModel::Subject).data().isValid());
        view()->selectRow(2);
        const qint64 id = view()->currentId();
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete);
        // Gone at once, before the store has written it.
        QCOMPARE(model()->rowCount(), kNotices - 1);
        QCOMPARE(model()->rowOf(id), -1);
        QTRY_COMPARE(hider()->pendingWrites(), 0);
        auto* banner = find<Banner>(u"hiddenBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(u"1 notice"_s));
        QTRY_VERIFY(viewFilter()->itemText(viewFilter()->findData(u"hidden"_s)) == u"Hidden (1)"_s);
        QTRY_VERIFY(viewFilter()->currentText().contains(u"All open (12)"_s));
        m_window->inboxPane()->refresh();
        QTRY_VERIFY(!model()->isLoading());
        QCOMPARE(model()->rowCount(), kNotices - 1); // stored so

        // Undo in the banner: back, and current.
        find<QPushButton>(u"undoHideButton"_s)->click();
        QTRY_COMPARE(model()->rowCount(), kNotices);
        QTRY_COMPARE(view()->currentId(), id);
        QVERIFY(!banner->isVisible());

        // Ctrl+Z does the same.
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), kNotices - 1);
        QTRY_COMPARE(hider()->pendingWrites(), 0);
        QVERIFY(find<QAction>(u"actionUndoHide"_s)->isEnabled());
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(model()->rowCount(), kNotices);
        QTRY_VERIFY(!find<QAction>(u"actionUndoHide"_s)->isEnabled());

        // Hidden for good, then restored from the Hidden view at any time.
        view()->selectId(id);
        find<QAction>(u"actionHideNotice"_s)->trigger();
        QTRY_COMPARE(hider()->pendingWrites(), 0);
        chooseView(u"hidden"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->idAt(0), id);
        view()->selectRow(0);
        QAction* restore = find<QAction>(u"actionRestoreNotice"_s);
        QTRY_VERIFY(restore->isEnabled());
        QVERIFY(!find<QAction>(u"actionHideNotice"_s)->isEnabled());
        restore->trigger();
        QCOMPARE(model()->rowCount(), 0);
        QTRY_COMPARE(hider()->pendingWrites(), 0);
        QTRY_VERIFY(viewFilter()->itemText(viewFilter()->findData(u"hidden"_s)) == u"Hidden (0)"_s);
        chooseView(u"open"_s);
        QTRY_COMPARE(model()->rowCount(), kNotices);
        // The history tells it.
        view()->selectId(id);
        QTRY_VERIFY(find<QTextBrowser>(u"historyView"_s)
                        ->toPlainText()
                        .contains(u"Restored to the inbox"_s));
    }

    void deleteInTheSearchFieldDeletesText()
    {
        auto* search = find<QLineEdit>(u"searchField"_s);
        search->setFocus();
        QTest::keyClicks(search, u"abc"_s);
        search->setCursorPosition(0);
        QTest::keyClick(search, Qt::Key_Delete);
        QCOMPARE(search->text(), u"bc"_s);
        QCOMPARE(model()->rowCount(), kNotices);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::InboxTriageTest)
#include "InboxTriageTest.moc"
