#include "GuiTestMain.h"
#include "StoreFixture.h"
#include "analysis/AnalysisPane.h"
#include "cases/CasePane.h"
#include "cases/CasePickerDialog.h"
#include "cases/CasesController.h"
#include "cases/CasesModel.h"
#include "cases/CasesView.h"
#include "cases/CasesWiring.h"
#include "cases/DueReminders.h"
#include "cases/NewCaseDialog.h"
#include "i18n/LanguageManager.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "main/Desk.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "widgets/DesktopNotifier.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

// The case folder's daily work in the main window, on a real SQLite store: a case
// made through the new-case dialog (Cancel makes none, a title is required), the
// selected notices added to an existing case and unlinked again, and the Due list
// with a reminder that comes due while the app runs.
class CaseWorkflowTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    CasesWiring* wiring() { return m_window->findChild<CasesWiring*>(u"casesWiring"_s); }
    CasesView* view() { return wiring()->view(); }
    CasesController* controller() { return wiring()->controller(); }
    template <typename T> T* paneField(const QString& name)
    {
        return view()->pane()->findChild<T*>(name);
    }
    NewCaseDialog* openDialog()
    {
        NewCaseDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = m_window->findChild<NewCaseDialog*>();
                return dialog && dialog->isVisible();
            }))
            qWarning() << "no new-case dialog";
        return dialog;
    }
    template <typename T> T* field(QWidget* dialog, const QString& name)
    {
        T* child = dialog->findChild<T*>(name);
        if (!child)
            qWarning() << "no field" << name;
        return child;
    }
    void selectCombo(QWidget* dialog, const QString& name, const QString& id)
    {
        auto* combo = field<QComboBox>(dialog, name);
        combo->setCurrentIndex(combo->findData(id));
    }
    void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MIXDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(150);
        widget->grab().save(dir + u"/"_s + name + u".png"_s);
    }
    // A case made directly through the controller (on the worker).
    qint64 makeCase(const QString& title, const QString& reference)
    {
        QSignalSpy created(controller(), &CasesController::caseCreated);
        CaseFolder folder;
        folder.type = CaseType::Summons;
        folder.role = SummonsRole::Witness;
        folder.title = title;
        folder.reference = reference;
        controller()->createCase(folder);
        if (!created.wait(5000))
            return 0;
        return created.first().first().toLongLong();
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(u"workflow.sqlite"_s);
        QFile::remove(path);
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(StoreLocation::sqliteFile(path));
            QVERIFY(db.ok());
            QVERIFY(test::fillStore(test::TestStore(std::move(*db)).writer(), 6));
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

    // Ctrl+Shift+N is the new case's own key: no other action of the window has it.
    void newCaseShortcutIsFree()
    {
        QAction* action = wiring()->newCaseAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QVERIFY(m_window->actions()->fileMenu->actions().contains(action));
        int holders = 0;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->shortcuts().contains(action->shortcut()))
                ++holders;
        }
        QCOMPARE(holders, 1);
    }

    void newCaseThroughTheDialog()
    {
        // Cancel creates nothing.
        QTRY_VERIFY(wiring()->newCaseAction()->isEnabled());
        QTest::mouseClick(view()->findChild<QPushButton*>(u"newCase"_s), Qt::LeftButton);
        QPointer<NewCaseDialog> dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTest::mouseClick(field<QPushButton>(dialog, u"cancelCase"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTest::qWait(200);
        QCOMPARE(view()->model()->rowCount(), 0);

        // Ctrl+Shift+N: an empty title is refused with a clear message.
        m_window->activateWindow();
        wiring()->newCaseAction()->trigger();
        dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(field<QComboBox>(dialog, u"caseType"_s)->currentData().toString(), u"summons"_s);
        QVERIFY(field<QComboBox>(dialog, u"summonsRole"_s)->isEnabled());
        QCOMPARE(field<QDateEdit>(dialog, u"openedOn"_s)->date(), QDate::currentDate());
        field<QLineEdit>(dialog, u"caseTitle"_s)->clear();
        QTest::mouseClick(field<QPushButton>(dialog, u"createCase"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto* problem = field<QLabel>(dialog, u"caseFormProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"title"_s));
        // A bad exit IP is named too.
        field<QLineEdit>(dialog, u"caseTitle"_s)->setText(u"Shop fraud, summons"_s);
        field<QLineEdit>(dialog, u"exitIp"_s)->setText(u"not-an-ip"_s);
        QTest::mouseClick(field<QPushButton>(dialog, u"createCase"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(problem->text().contains(u"not-an-ip"_s));
        field<QLineEdit>(dialog, u"exitIp"_s)->setText(u"192.0.2.140"_s);

        selectCombo(dialog, u"summonsRole"_s, u"suspect"_s);
        selectCombo(dialog, u"authorityKind"_s, u"police"_s);
        field<QLineEdit>(dialog, u"authority"_s)->setText(u"Polizeipräsidium Musterstadt"_s);
        field<QLineEdit>(dialog, u"fileReference"_s)->setText(u"Az. 123 Js 4567/26"_s);
        field<QLineEdit>(dialog, u"contactPerson"_s)->setText(u"KHK Muster"_s);
        selectCombo(dialog, u"caseStatus"_s, u"waiting"_s);
        field<QDateEdit>(dialog, u"openedOn"_s)->setDate(QDate(2026, 11, 30));
        field<QLineEdit>(dialog, u"incidentTime"_s)->setText(u"2026-11-02 14:02:00"_s);
        shoot(dialog, u"new-case-en"_s);
        m_window->languageManager()->setLanguage(u"de"_s);
        shoot(dialog, u"new-case-de"_s);
        m_window->languageManager()->setLanguage(u"en"_s);
        QTest::mouseClick(field<QPushButton>(dialog, u"createCase"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        // Created and chosen: the pane shows it.
        QTRY_COMPARE(view()->model()->rowCount(), 1);
        QTRY_VERIFY(view()->pane()->caseId() != 0);
        QCOMPARE(m_window->desk()->currentView(), view());
        const CaseFolder made = view()->model()->cases().first();
        QCOMPARE(made.title, u"Shop fraud, summons"_s);
        QCOMPARE(made.type, CaseType::Summons);
        QCOMPARE(made.role, SummonsRole::Suspect);
        QCOMPARE(made.authorityKind, AuthorityKind::Police);
        QCOMPARE(made.authority, u"Polizeipräsidium Musterstadt"_s);
        QCOMPARE(made.reference, u"Az. 123 Js 4567/26"_s);
        QCOMPARE(made.contact, u"KHK Muster"_s);
        QCOMPARE(made.status, CaseStatus::Waiting);
        QCOMPARE(made.openedOn, QDate(2026, 11, 30));
        QCOMPARE(made.exitIp, u"192.0.2.140"_s);
        QCOMPARE(made.incidentTimeUtc, QDateTime(QDate(2026, 11, 2), QTime(14, 2), Qt::UTC));
        QCOMPARE(view()->table()->currentIndex().row(), 0);
        QCOMPARE(view()->pane()->caseId(), made.id);
        QCOMPARE(paneField<QLineEdit>(u"contactPerson"_s)->text(), u"KHK Muster"_s);

        // The pane refuses to save a case without a title, too.
        paneField<QLineEdit>(u"caseTitle"_s)->clear();
        QTest::mouseClick(paneField<QPushButton>(u"saveCase"_s), Qt::LeftButton);
        QVERIFY(paneField<QLabel>(u"caseFormProblem"_s)->isVisible());
        QTest::qWait(200);
        QCOMPARE(view()->model()->cases().first().title, u"Shop fraud, summons"_s);
    }

    void selectedNoticesAddedToACaseAndUnlinked()
    {
        const qint64 other = makeCase(u"Copyright claim"_s, u"CC-77"_s);
        const qint64 target = makeCase(u"Fraud summons"_s, u"Az. 9 Js 1/26"_s);
        QVERIFY(other && target);
        QTRY_COMPARE(view()->model()->rowCount(), 2);

        // Three notices selected in the inbox.
        m_window->desk()->showView(m_window->inboxWorkspace());
        InboxView* inbox = m_window->inboxPane()->view();
        QTRY_VERIFY(inbox->model()->rowCount() >= 6);
        inbox->selectionModel()->clearSelection();
        QList<qint64> chosen;
        for (int row : {0, 2, 3}) {
            inbox->selectionModel()->select(inbox->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
            chosen << inbox->model()->index(row, 0).data(InboxModel::IdRole).toLongLong();
        }
        std::sort(chosen.begin(), chosen.end());
        QAction* add = wiring()->addToCaseAction();
        QTRY_VERIFY(add->isEnabled());
        QVERIFY(inbox->actions().contains(add)); // in the context menu
        QVERIFY(m_window->actions()->noticeMenu->actions().contains(add));
        add->trigger();
        QPointer<CasePickerDialog> picker;
        QTRY_VERIFY((picker = m_window->findChild<CasePickerDialog*>()) && picker->isVisible());
        QCOMPARE(picker->windowModality(), Qt::WindowModal);
        QCOMPARE(picker->noticeIds().size(), 3);
        QCOMPARE(picker->visibleCount(), 2);
        picker->setFilter(u"js 1/26"_s);
        QCOMPARE(picker->visibleCount(), 1);
        QCOMPARE(picker->selectedCaseId(), target);
        picker->setFilter(u"nothing like this"_s);
        QCOMPARE(picker->visibleCount(), 0);
        QVERIFY(!picker->findChild<QPushButton*>(u"addToCaseOk"_s)->isEnabled());
        QVERIFY(picker->findChild<QLabel*>(u"casePickerEmpty"_s)->isVisible());
        picker->setFilter(u"fraud"_s);
        QCOMPARE(picker->selectedCaseId(), target);
        shoot(picker, u"add-to-case-en"_s);
        QTest::mouseClick(picker->findChild<QPushButton*>(u"addToCaseOk"_s), Qt::LeftButton);
        QTRY_VERIFY(!picker);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"added to the case"_s));

        // The case pane lists them.
        view()->selectCase(target);
        auto* notices = paneField<QListWidget>(u"caseNotices"_s);
        QTRY_COMPARE(view()->pane()->caseId(), target);
        QTRY_COMPARE(notices->count(), 3);
        QList<qint64> linked;
        for (int i = 0; i < notices->count(); ++i)
            linked << notices->item(i)->data(Qt::UserRole).toLongLong();
        QCOMPARE(linked, chosen);

        // Unlinking two of them from the pane.
        auto* unlink = paneField<QPushButton>(u"unlinkNotice"_s);
        notices->clearSelection();
        QVERIFY(!unlink->isEnabled());
        notices->item(0)->setSelected(true);
        notices->item(2)->setSelected(true);
        QVERIFY(unlink->isEnabled());
        QTest::mouseClick(unlink, Qt::LeftButton);
        QTRY_COMPARE(notices->count(), 1);
        QCOMPARE(notices->item(0)->data(Qt::UserRole).toLongLong(), chosen.at(1));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"unlinked"_s));
        // And the last one from the list's context menu (Delete in the list).
        auto* action = view()->pane()->findChild<QAction*>(u"unlinkNoticeAction"_s);
        QVERIFY(notices->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Delete));
        notices->item(0)->setSelected(true);
        QVERIFY(action->isEnabled());
        action->trigger();
        QTRY_COMPARE(notices->count(), 0);
    }

    void dueListAndReminders()
    {
        const qint64 id = makeCase(u"Summons"_s, u"Az. 5 Js 5/26"_s);
        QVERIFY(id);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto deadline = [&](const QString& title, const QDateTime& due, int remind) {
            CaseDeadline d;
            d.caseId = id;
            d.title = title;
            d.dueAt = due;
            d.remindDays = remind;
            controller()->addDeadline(d);
        };
        deadline(u"Missed answer"_s, now.addDays(-2), 3);
        deadline(u"Hearing far away"_s, now.addDays(40), 3); // not in the list
        deadline(u"Lawyer's letter"_s, now.addDays(30), 60); // reminder on
        QTreeWidget* due = view()->dueList();
        QTRY_COMPARE(due->topLevelItemCount(), 2);
        QCOMPARE(due->topLevelItem(0)->text(2), u"Missed answer"_s);
        QCOMPARE(due->topLevelItem(0)->text(0), u"Overdue"_s);
        QCOMPARE(due->topLevelItem(0)->foreground(0).color(), QColor(0xb0, 0x10, 0x10));
        QCOMPARE(due->topLevelItem(1)->text(0), u"Reminder"_s);

        // A deadline a few seconds away: the reminders' timer wakes for it, the list
        // is read again on the worker and the notifier (tray or status bar) says it.
        QSignalSpy notified(m_window->notifier(), &DesktopNotifier::notified);
        deadline(u"Written statement"_s, now.addSecs(4), 0);
        QTRY_COMPARE(due->topLevelItemCount(), 3);
        QCOMPARE(due->topLevelItem(1)->text(2), u"Written statement"_s);
        const QString today = due->topLevelItem(1)->text(0);
        QVERIFY2(today == u"Today"_s || today == u"This week"_s, qPrintable(today)); // midnight
        QVERIFY(wiring()->reminders()->nextLook().isValid());
        QVERIFY(wiring()->reminders()->nextLook() <= now.addSecs(6));
        QTRY_VERIFY_WITH_TIMEOUT(notified.size() >= 1, 15000);
        QCOMPARE(notified.first().at(0).toString(), u"Deadline passed"_s);
        QVERIFY(notified.first().at(1).toString().contains(u"Written statement"_s));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Written statement"_s));
        QTRY_COMPARE(due->topLevelItem(1)->text(0), u"Overdue"_s);
        QCOMPARE(notified.size(), 1); // the missed one was not announced again

        // Activating an entry opens its case at the deadlines.
        view()->table()->clearSelection();
        emit due->itemActivated(due->topLevelItem(0), 0);
        QTRY_COMPARE(view()->pane()->caseId(), id);
        m_window->desk()->showView(view());
        shoot(m_window.get(), u"cases-due-en"_s);
        m_window->languageManager()->setLanguage(u"de"_s);
        QCOMPARE(due->topLevelItem(0)->text(0), u"Überfällig"_s);
        shoot(m_window.get(), u"cases-due-de"_s);
        m_window->languageManager()->setLanguage(u"en"_s);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::CaseWorkflowTest)
#include "CaseWorkflowTest.moc"
