#include "GuiTestMain.h"
#include "StoreFixture.h"
#include "TestPaths.h"
#include "analysis/AnalysisPane.h"
#include "i18n/LanguageManager.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/NotesPane.h"
#include "main/DemoDatabase.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/StatusController.h"
#include "main/StoreChoice.h"
#include "main/StoreController.h"
#include "profile/ProfileStore.h"
#include "settings/DeskLocationSetting.h"
#include "settings/FirstRunDialog.h"
#include "settings/ProfileEditor.h"
#include "widgets/FileDialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace mixdesk {

// Drives the main window with a real SQLite store: filters, search, bulk status
// change, notes, import, demo data and the language switch with the inbox.
class InboxWindowTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_dbCounter = 0;

    template <typename T> T* find(const QString& name)
    {
        T* child = m_window->findChild<T*>(name);
        if (!child)
            qWarning() << "no child named" << name;
        return child;
    }
    InboxModel* model() { return m_window->inboxPane()->model(); }
    InboxView* view() { return m_window->inboxPane()->view(); }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_dbCounter));
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(StoreLocation::sqliteFile(path));
            QVERIFY(db.ok());
            QVERIFY(test::fillStore(test::TestStore(std::move(*db)).writer(), 40));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->languageManager()->setLanguage(u"en"_s);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        m_window->openStore(path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(opened.size(), 1);
        // Counts and the first notice follow the first paint of the list.
        QTRY_VERIFY(!m_window->inboxPane()->isStartupPending());
        QTRY_COMPARE(find<QLabel>(u"statusCounts"_s)->text(), u"40 notices, 40 new"_s);
        QTRY_VERIFY(!m_window->analysisPane()->isEmpty());
    }
    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void showsTheStoreWithTheFirstNoticeSelected()
    {
        QCOMPARE(model()->rowCount(), 40);
        QCOMPARE(view()->currentId(), model()->idAt(0));
        QVERIFY(!m_window->analysisPane()->isEmpty());
        QVERIFY(find<QPlainTextEdit>(u"rawHeaderView"_s)->toPlainText().contains(u"Notice 39"_s));
        QCOMPARE(find<QLabel>(u"value_reporter"_s)->text(), u"Reporter 0"_s);
        QCOMPARE(find<QLabel>(u"statusCounts"_s)->text(), u"40 notices, 40 new"_s);
        QVERIFY(view()->uniformRowHeights());
    }

    void paintsTheListBeforeCountingAndShowingANotice()
    {
        const QString path = m_dir.filePath(u"db%1.sqlite"_s.arg(m_dbCounter));
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        window.openStore(path);
        // Nothing waits for the database: the window is there at once, and the
        // rows come when the store's worker has them. The scan for the counts and
        // the first notice's analysis wait for the rows' first paint (or a timer
        // when hidden).
        InboxPane* inbox = window.inboxPane();
        QCOMPARE(inbox->model()->rowCount(), 0);
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(inbox->model()->rowCount(), 40);
        QTRY_VERIFY(!inbox->isStartupPending());
        QCOMPARE(inbox->view()->currentId(), inbox->model()->idAt(0));
        QTRY_VERIFY(!window.analysisPane()->isEmpty());
        QTRY_COMPARE(window.findChild<QLabel*>(u"statusCounts"_s)->text(), u"40 notices, 40 new"_s);
    }

    // Two window-wide actions on one key: Qt fires neither and prints "Ambiguous
    // shortcut", so the operator's key silently does nothing.
    void everyWindowShortcutOpensOneThing()
    {
        QHash<QString, QString> owner;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->shortcutContext() != Qt::WindowShortcut &&
                action->shortcutContext() != Qt::ApplicationShortcut)
                continue;
            for (const QKeySequence& key : action->shortcuts()) {
                const QString text = key.toString(QKeySequence::PortableText);
                const QString name = action->text().remove(u'&');
                QVERIFY2(!owner.contains(text) || owner.value(text) == name,
                         qPrintable(u"%1 is on both \"%2\" and \"%3\""_s.arg(
                             text, owner.value(text), name)));
                owner.insert(text, name);
            }
        }
        QVERIFY(owner.size() > 10);
    }
    void filtersByStatusAndCategory()
    {
        auto* category = find<QComboBox>(u"categoryFilter"_s);
        category->setCurrentIndex(category->findData(u"network-attack"_s));
        QTRY_COMPARE(model()->rowCount(), 20);
        auto* status = find<QComboBox>(u"statusFilter"_s);
        QVERIFY(status->itemText(status->findData(u"new"_s)).contains(u"40"_s));
        status->setCurrentIndex(status->findData(u"closed"_s));
        QTRY_COMPARE(model()->rowCount(), 0);
        status->setCurrentIndex(0);
        category->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), 40);
    }

    void searchesFullTextAfterADebounce()
    {
        auto* search = find<QLineEdit>(u"searchField"_s);
        QTest::keyClicks(search, u"needle"_s);
        QCOMPARE(model()->rowCount(), 40); // not yet: debounced
        QTRY_COMPARE(model()->rowCount(), 4);
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 40);
    }

    void changesTheStatusOfTheSelectionInBulk()
    {
        // All statuses: in the default view ("all open") closed notices leave the list.
        auto* statuses = find<QComboBox>(u"statusFilter"_s);
        statuses->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), 40);
        QTRY_VERIFY(model()->index(5, 0).data(InboxModel::StatusRole).isValid());
        view()->setFocus();
        view()->selectionModel()->select(
            QItemSelection(model()->index(0, 0), model()->index(4, InboxModel::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect);
        QCOMPARE(view()->selectedIds().size(), 5);
        auto* closeAction = find<QAction>(u"actionStatus_closed"_s);
        QVERIFY(closeAction->isEnabled());
        QVERIFY(view()->actions().contains(closeAction)); // in the context menu too
        closeAction->trigger();
        // Shown at once, before the store has written it.
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model()->index(row, 0).data(InboxModel::StatusRole).toString(), u"closed"_s);
        QCOMPARE(model()->index(5, 0).data(InboxModel::StatusRole).toString(), u"new"_s);
        QTRY_COMPARE(find<QLabel>(u"statusCounts"_s)->text(), u"40 notices, 35 new"_s);
        QTRY_COMPARE(m_window->statusController()->pendingWrites(), 0);
        for (int row = 0; row < 5; ++row)
            QTRY_COMPARE(model()->index(row, 0).data(InboxModel::StatusRole).toString(),
                         u"closed"_s);
        auto* status = find<QComboBox>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"closed"_s));
        QTRY_COMPARE(model()->rowCount(), 5);
        // Keyboard: Ctrl+2 marks the current notice "in progress".
        QTRY_VERIFY(model()->index(0, 0).data(InboxModel::StatusRole).isValid());
        view()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(view(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(model()->index(0, 0).data(InboxModel::StatusRole).toString(), u"in-progress"_s);
        QTRY_COMPARE(m_window->statusController()->pendingWrites(), 0);
        // The history shows the change with the status names, not their ids.
        QTRY_VERIFY(find<QTextBrowser>(u"historyView"_s)
                        ->toPlainText()
                        .contains(u"Closed \u2192 In progress"_s));
    }

    void addsNotesToTheHistory()
    {
        auto* notes = m_window->notesPane();
        QCOMPARE(notes->noticeId(), view()->currentId());
        find<QPlainTextEdit>(u"noteField"_s)->setPlainText(u"Forwarded to the ISP"_s);
        find<QPushButton>(u"addNoteButton"_s)->click();
        QTRY_VERIFY(find<QTextBrowser>(u"historyView"_s)
                        ->toPlainText()
                        .contains(u"Forwarded to the ISP"_s));
        QVERIFY(find<QPlainTextEdit>(u"noteField"_s)->toPlainText().isEmpty());
    }

    // The operator names themselves in Settings while the desk is open: what they do
    // from then on carries that name, not the OS user (the history showed "(unknown)").
    void journalNamesTheOperatorSetAfterOpening()
    {
        const QString profilePath = m_dir.filePath(u"named%1.json"_s.arg(m_dbCounter));
        OperatorProfile profile;
        profile.name = u"Jana Exitwart"_s;
        QVERIFY(ProfileStore::save(profile, profilePath).ok());
        m_window->setProfilePath(profilePath);
        find<QPlainTextEdit>(u"noteField"_s)->setPlainText(u"Asked the ISP for the log"_s);
        find<QPushButton>(u"addNoteButton"_s)->click();
        QTRY_VERIFY(find<QTextBrowser>(u"historyView"_s)
                        ->toPlainText()
                        .contains(u"Note (Jana Exitwart)"_s));
    }

    void importsFilesInTheBackground()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        FileDialogs::setNextAnswer({test::corpusFile(u"001-larkspur-squirrelmail-inline.eml"_s),
                                    test::corpusFile(u"002-rheinwelle-roundcube-qp.eml"_s)});
        find<QAction>(u"actionImport"_s)->trigger();
        QVERIFY(m_window->isImporting());
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(model()->rowCount(), 42);
        QTRY_VERIFY(find<QLabel>(u"statusCounts"_s)->text().startsWith(u"42 notices"_s));
    }

    void changesStatusesAndAddsNotesWhileAnImportRuns()
    {
        // All statuses: the default view ("all open") would drop the closed ones.
        find<QComboBox>(u"statusFilter"_s)->setCurrentIndex(0);
        // A folder big enough that the import is still running while the operator works.
        const QString folder = m_dir.filePath(u"busy%1"_s.arg(m_dbCounter));
        QProcess gen;
        gen.start(u"/usr/bin/python3"_s,
                  {test::sharedDir() + u"/tools/gen-corpus.py"_s, u"-n"_s, u"1500"_s, u"--format"_s,
                   u"maildir"_s, u"--out"_s, folder, u"--seed"_s, u"3"_s});
        QVERIFY(gen.waitForFinished(120000));
        QCOMPARE(gen.exitCode(), 0);

        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importPaths({folder});
        QVERIFY(m_window->isImporting());
        int changes = 0;
        QElapsedTimer clock;
        clock.start();
        while (finished.isEmpty() && clock.elapsed() < 120000) {
            const int row = changes % 10;
            view()->setCurrentIndex(model()->index(row, 0));
            find<QAction>(u"actionStatus_closed"_s)->trigger();
            find<QPlainTextEdit>(u"noteField"_s)->setPlainText(u"note %1"_s.arg(changes));
            find<QPushButton>(u"addNoteButton"_s)->click();
            ++changes;
            QTest::qWait(30);
        }
        QVERIFY(finished.size() == 1 || finished.wait(120000));
        QVERIFY2(changes >= 2, "the import ended before the operator could work beside it");
        QTRY_COMPARE(m_window->statusController()->pendingWrites(), 0);
        QTRY_COMPARE(model()->rowCount(), 1540);
        // Every change made during the import is stored: none was lost to the bulk
        // transaction, and (checked by the test main) the GUI thread ran no query.
        auto* status = find<QComboBox>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"closed"_s));
        QTRY_VERIFY(model()->rowCount() >= qMin(changes, 10));
    }

    void switchesLanguageWithTheInbox()
    {
        auto header = [this](int column) {
            return model()->headerData(column, Qt::Horizontal).toString();
        };
        QCOMPARE(header(InboxModel::Subject), u"Subject"_s);
        find<QAction>(u"actionLanguage_de"_s)->trigger();
        QCOMPARE(header(InboxModel::Subject), u"Betreff"_s);
        QCOMPARE(
            view()->header()->model()->headerData(InboxModel::Subject, Qt::Horizontal).toString(),
            u"Betreff"_s);
        QTRY_COMPARE(model()->index(0, InboxModel::StatusColumn).data().toString(), u"Neu"_s);
        QCOMPARE(find<QLabel>(u"statusCounts"_s)->text(), u"40 Meldungen, 40 neu"_s);
        auto* status = find<QComboBox>(u"statusFilter"_s);
        QVERIFY(status->itemText(0).startsWith(u"Alle"_s));
        find<QAction>(u"actionLanguage_en"_s)->trigger();
        QCOMPARE(header(InboxModel::Subject), u"Subject"_s);
        QCOMPARE(find<QLabel>(u"statusCounts"_s)->text(), u"40 notices, 40 new"_s);
    }

    void opensTheDemoDatabase()
    {
        const QString root = test::sourceDir() + u"/resources/demo"_s;
        QVERIFY(DemoDatabase::isAvailable(root));
        QVERIFY(DemoDatabase::isAvailable()); // built in as :/demo
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        m_window->openDemoStore(m_dir.filePath(u"demo.sqlite"_s), root);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QVERIFY(m_window->isDemo());
        QTRY_VERIFY(model()->rowCount() > 0);
        QVERIFY(m_window->windowTitle().contains(u"Demo data"_s));
        QVERIFY(find<QLabel>(u"statusMode"_s)->isVisible());
        QVERIFY(!m_window->profile().exits.isEmpty());
    }

    void firstRunSetupOpensTheOperatorsDeskInPlaceOfTheDemo()
    {
        const QString profilePath = m_dir.filePath(u"first-run-profile.json"_s);
        const QString ownDesk = m_dir.filePath(u"own-desk.sqlite"_s);
        saveDeskLocation(ownDesk);
        m_window->setProfilePath(profilePath);
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        m_window->openDemoStore(m_dir.filePath(u"demo-first-run.sqlite"_s),
                                test::sourceDir() + u"/resources/demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QVERIFY(m_window->isDemo());

        m_window->actions()->firstRunSetup->trigger();
        auto* dialog = find<FirstRunDialog>(u"firstRunDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Nothing to save without an exit: a clear reason, the dialog stays.
        dialog->findChild<QDialogButtonBox*>(u"firstRunButtons"_s)
            ->button(QDialogButtonBox::Save)
            ->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(u"firstRunError"_s)->text().contains(u"exit"_s));
        QVERIFY(!QFileInfo::exists(profilePath));

        // A profile file kept from another machine fills the editor.
        ProfileEditor* editor = dialog->profileEditor();
        QVERIFY(!editor->importFile(m_dir.filePath(u"missing.json"_s)));
        QVERIFY(editor->findChild<QLabel*>(u"profileImportError"_s)->isVisible());
        QVERIFY(editor->importFile(test::corpusFile(u"operator.json"_s)));
        QVERIFY(!editor->findChild<QLabel*>(u"profileImportError"_s)->isVisible());
        QCOMPARE(editor->findChild<QLineEdit*>(u"profileName"_s)->text(), u"Jana Holzapfel"_s);
        QCOMPARE(editor->profile().exits.size(), 4);

        dialog->findChild<QDialogButtonBox*>(u"firstRunButtons"_s)
            ->button(QDialogButtonBox::Save)
            ->click();
        QVERIFY(QFileInfo::exists(profilePath));
        // The operator's own desk replaces the demo, with the saved profile's exits.
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 30000);
        QVERIFY(!m_window->isDemo());
        QCOMPARE(QFileInfo(m_window->storeController()->location().sqlitePath()).fileName(),
                 u"own-desk.sqlite"_s);
        QCOMPARE(m_window->profile().name, u"Jana Holzapfel"_s);
        QCOMPARE(m_window->profile().exits.size(), 4);
        QVERIFY(!m_window->windowTitle().contains(u"Demo data"_s));
        saveDeskLocation(QString());
    }

    void choosesTheStoreAtStartUp()
    {
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        const QString existing = m_dir.filePath(u"db1.sqlite"_s);
        const QString demo = m_dir.filePath(u"demo.sqlite"_s);
        auto choice = StoreChoice::decide(u"/x/given.sqlite"_s, missing, false, true, demo);
        QCOMPARE(choice.path, u"/x/given.sqlite"_s);
        QVERIFY(!choice.demo);
        choice = StoreChoice::decide({}, missing, false, true, demo);
        QCOMPARE(choice.path, demo);
        QVERIFY(choice.demo);
        choice = StoreChoice::decide({}, missing, true, true, demo);
        QCOMPARE(choice.path, missing);
        QVERIFY(!choice.demo);
        choice = StoreChoice::decide({}, existing, false, true, demo);
        QCOMPARE(choice.path, existing);
        choice = StoreChoice::decide({}, missing, false, false, demo);
        QVERIFY(!choice.demo);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::InboxWindowTest)
#include "InboxWindowTest.moc"
