#include "DovecotServer.h"
#include "GuiTestMain.h"
#include "HttpFixtureServer.h"
#include "RdapSamples.h"
#include "SmtpFixtureServer.h"
#include "StoreTestKit.h"
#include "TestPaths.h"

#include "accounts/AccountRepository.h"
#include "analysis/NoticeAnalyzer.h"
#include "i18n/LanguageManager.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inspector/RawSourceDialog.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "respond/ComposeDialog.h"
#include "respond/OutboxDialog.h"
#include "respond/RespondWiring.h"
#include "respond/SmtpSettingsDialog.h"
#include "smtp/SmtpAccount.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

// The response workflow in the main window, against a real SMTP server on 127.0.0.1:
// Respond (Ctrl+R) on the selected notice opens the compose window pre-filled; a
// refused recipient keeps the window and the draft (outbox) with a clear error;
// sending to a server that takes it closes the window, marks the notice forwarded.
class RespondFlowTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::HttpFixtureServer m_rdap; // an RDAP registry that knows no mail server
    std::unique_ptr<MainWindow> m_window;

    RespondWiring* wiring() { return m_window->findChild<RespondWiring*>(u"respondWiring"_s); }

    static QByteArray corpus(const QString& name)
    {
        QFile f(test::corpusFile(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void useServer(const test::SmtpFixtureServer& server)
    {
        SmtpAccount a;
        a.host = u"127.0.0.1"_s;
        a.port = server.port();
        a.security = SmtpSecurity::Plain;
        a.from = u"abuse@nordlicht-mix.example"_s;
        QVERIFY(SmtpAccountFile().save(a).ok());
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"desk.sqlite"_s);
        const QString profilePath = test::corpusFile(u"operator.json"_s);
        auto profile = OperatorProfile::loadFile(profilePath);
        QVERIFY(profile.ok());
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(StoreLocation::sqliteFile(path));
            QVERIFY(db.ok());
            test::TestStore store(std::move(*db));
            const QByteArray raw = corpus(u"001-larkspur-squirrelmail-inline.eml"_s);
            QVERIFY(
                store.add({test::testNotice(raw)}, {NoticeAnalyzer(*profile).analyze(raw)}).ok());
        }
        QVERIFY2(m_rdap.start(), qPrintable(m_rdap.errorString()));
        test::rdap::serveStandardRegistry(m_rdap, {}, {});
        QSettings().setValue(u"rdap/bootstrapBase"_s, test::rdap::bootstrapBase(m_rdap));
        m_window = std::make_unique<MainWindow>();
        m_window->languageManager()->setLanguage(u"en"_s);
        m_window->setProfilePath(profilePath);
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        m_window->openStore(path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(m_window->inboxPane()->model()->rowCount(), 1);
        QTRY_VERIFY(!m_window->inboxPane()->isStartupPending());
    }

    void cleanupTestCase() { m_window.reset(); }

    void smtpAccountIsSetInSettings()
    {
        QVERIFY(m_window->actions()->settingsMenu->actions().contains(wiring()->smtpAction()));
        wiring()->smtpAction()->trigger();
        SmtpSettingsDialog* dialog = m_window->findChild<SmtpSettingsDialog*>();
        QVERIFY(dialog);
        // Plain SMTP to another host is refused.
        dialog->hostEdit()->setText(u"smtp.example.net"_s);
        dialog->securityCombo()->setCurrentIndex(2);
        dialog->fromEdit()->setText(u"abuse@nordlicht-mix.example"_s);
        QVERIFY(!dialog->save());
        QVERIFY(dialog->errorLabel()->isVisible());
        dialog->securityCombo()->setCurrentIndex(1);
        dialog->portSpin()->setValue(587);
        dialog->userEdit()->setText(u"jana"_s);
        QVERIFY(dialog->save());
        const auto saved = SmtpAccountFile().load();
        QVERIFY(saved.ok());
        QCOMPARE(saved->host, u"smtp.example.net"_s);
        QCOMPARE(saved->security, SmtpSecurity::StartTls);
        QCOMPARE(saved->port, 587);
        QCOMPARE(saved->user, u"jana"_s);
        dialog->close();
    }

    void sentCopyIsSetInSettings()
    {
        ImapAccount imap;
        imap.name = u"desk"_s;
        imap.host = u"imap.example.net"_s;
        imap.user = u"jana"_s;
        QVERIFY(AccountRepository().save({imap}).ok());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last dialog
        wiring()->smtpAction()->trigger();
        QTRY_VERIFY(m_window->findChild<SmtpSettingsDialog*>());
        SmtpSettingsDialog* dialog = m_window->findChild<SmtpSettingsDialog*>();
        QCOMPARE(dialog->sentAccountCombo()->currentIndex(), 0); // no copy
        QVERIFY(!dialog->sentFolderEdit()->isEnabled());
        dialog->sentAccountCombo()->setCurrentIndex(
            dialog->sentAccountCombo()->findData(u"desk"_s));
        QVERIFY(dialog->sentFolderEdit()->isEnabled());
        dialog->sentFolderEdit()->setText(u"Gesendet"_s);
        QVERIFY(dialog->save());
        auto saved = SmtpAccountFile().load();
        QVERIFY(saved.ok());
        QVERIFY(saved->appendToSent);
        QCOMPARE(saved->sentAccount, u"desk"_s);
        QCOMPARE(saved->sentFolder, u"Gesendet"_s);
        dialog->close();
        delete dialog;
        // Opened again it shows the choice; "No copy" turns it off.
        wiring()->smtpAction()->trigger();
        QTRY_VERIFY(m_window->findChild<SmtpSettingsDialog*>());
        dialog = m_window->findChild<SmtpSettingsDialog*>();
        QCOMPARE(dialog->sentAccountCombo()->currentData().toString(), u"desk"_s);
        QCOMPARE(dialog->sentFolderEdit()->text(), u"Gesendet"_s);
        dialog->sentAccountCombo()->setCurrentIndex(0);
        QVERIFY(dialog->save());
        saved = SmtpAccountFile().load();
        QVERIFY(!saved->appendToSent);
        QVERIFY(saved->sentAccount.isEmpty());
        dialog->close();
        delete dialog;
    }

    void respondOpensAPrefilledComposeWindow()
    {
        QVERIFY(wiring());
        m_window->inboxPane()->view()->selectRow(0);
        QTRY_VERIFY(wiring()->respondAction()->isEnabled());
        QCOMPARE(wiring()->respondAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(m_window->inboxPane()->view()->actions().contains(wiring()->respondAction()));
        wiring()->respondAction()->trigger();
        QTRY_VERIFY(wiring()->composeDialog());
        ComposeDialog* dialog = wiring()->composeDialog();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->templateCombo()->currentData().toString(), u"webmail-spam"_s);
        QVERIFY(dialog->subjectEdit()->text().contains(u"LH-SRT-448213"_s));
        QVERIFY(dialog->subjectEdit()->text().contains(u"medium"_s));
        QCOMPARE(dialog->ccEdit()->text(), u"srt+448213@larkspur-hosting.example"_s);
        QVERIFY(dialog->bodyEdit()->toPlainText().contains(u"203.0.113.77"_s));
        QVERIFY(dialog->findChild<QLabel*>(u"fromLabel"_s)
                    ->text()
                    .contains(u"abuse@nordlicht-mix.example"_s));
        // No provider for mail.kiebitz.example in the bundled table: the window says so
        // and the preview too.
        QVERIFY(dialog->toEdit()->text().isEmpty());
        QVERIFY(dialog->findChild<QLabel*>(u"recipientSources"_s)
                    ->text()
                    .contains(u"mail.kiebitz.example"_s));
        // Nor in RDAP (the registry of this test knows no domain): the window says so.
        QTRY_VERIFY(dialog->findChild<QLabel*>(u"recipientSources"_s)
                        ->text()
                        .contains(u"No RDAP registry knows mail.kiebitz.example"_s));
        QVERIFY(m_rdap.requests().contains(u"/rdap/domain/kiebitz.example"_s));
        auto* preview = dialog->findChild<QPlainTextEdit*>(u"previewView"_s);
        auto* tabs = dialog->findChild<QTabWidget*>(u"composeTabs"_s);
        tabs->setCurrentIndex(1);
        QVERIFY(preview->toPlainText().contains(u"no recipient"_s));
        tabs->setCurrentIndex(0);
        // Preview: the exact message with the notice attached.
        dialog->toEdit()->setText(u"abuse@kiebitz.example"_s);
        tabs->setCurrentIndex(1);
        QVERIFY(preview->toPlainText().contains(u"Content-Type: message/rfc822"_s));
        QVERIFY(preview->toPlainText().contains(u"To: abuse@kiebitz.example"_s));
        QVERIFY(
            preview->toPlainText().contains(u"[LH-SRT-448213] Abuse report for 203.0.113.77"_s));
        tabs->setCurrentIndex(0);
        // Screenshots to look at (MIXDESK_SCREENSHOT_DIR): English UI, then German UI.
        if (const QString dir = qEnvironmentVariable("MIXDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog->grab().save(dir + u"/compose-en.png"_s);
            tabs->setCurrentIndex(1);
            dialog->grab().save(dir + u"/compose-preview-en.png"_s);
            tabs->setCurrentIndex(0);
            m_window->languageManager()->setLanguage(u"de"_s);
            dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(u"de"_s));
            dialog->toEdit()->setText(u"abuse@kiebitz.example"_s);
            dialog->grab().save(dir + u"/compose-de.png"_s);
            m_window->languageManager()->setLanguage(u"en"_s);
        }
        // The recipients' sources follow the UI language while the window is open.
        auto* sources = dialog->findChild<QLabel*>(u"recipientSources"_s);
        QVERIFY(sources->text().contains(u"Reply-To of the notice"_s));
        m_window->languageManager()->setLanguage(u"de"_s);
        QTRY_VERIFY(sources->text().contains(u"Reply-To der Meldung"_s));
        m_window->languageManager()->setLanguage(u"en"_s);
        QTRY_VERIFY(sources->text().contains(u"Reply-To of the notice"_s));
        // German text, independent of the UI language.
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(u"de"_s));
        QVERIFY(dialog->subjectEdit()->text().startsWith(u"Spam über Ihr Webmail-Konto medium"_s));
        QVERIFY(dialog->bodyEdit()->toPlainText().contains(u"Bitte löschen oder sperren"_s));
    }

    void sourceViewShowsTheWholeNoticeWithFind()
    {
        QTRY_VERIFY(wiring()->sourceAction()->isEnabled());
        QCOMPARE(wiring()->sourceAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
        wiring()->sourceAction()->trigger();
        QTRY_VERIFY(m_window->findChild<RawSourceDialog*>());
        auto* source = m_window->findChild<RawSourceDialog*>();
        const QString text = source->sourceView()->toPlainText();
        QVERIFY(text.startsWith(u"Return-Path:"_s));
        QVERIFY(text.contains(u"Dear customer"_s));
        source->findEdit()->setText(u"203.0.113.77"_s);
        QVERIFY(source->sourceView()->textCursor().hasSelection());
        QCOMPARE(source->sourceView()->textCursor().selectedText(), u"203.0.113.77"_s);
        source->findEdit()->setText(u"no such text anywhere"_s);
        QVERIFY(!source->findNext());
        source->close();
        delete source;
    }

    void refusedRecipientKeepsTheDraft()
    {
        test::SmtpFixtureServer server;
        QVERIFY(server.start(test::SmtpFixtureServer::Mode::Reject));
        useServer(server);
        ComposeDialog* dialog = wiring()->composeDialog();
        QVERIFY(dialog);
        dialog->toEdit()->setText(u"refused@example.net"_s);
        QSignalSpy failed(wiring()->controller(), &RespondController::sendFailed);
        dialog->sendButton()->click();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(u"550"_s),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->draft().id > 0);
        QCOMPARE(dialog->toEdit()->text(), u"refused@example.net"_s);
        QVERIFY(server.messages().isEmpty());
        QCOMPARE(
            m_window->inboxPane()->model()->index(0, 0).data(InboxModel::StatusRole).toString(),
            u"new"_s);
        // The outbox lists it.
        wiring()->outboxAction()->trigger();
        QTRY_VERIFY(wiring()->outboxDialog());
        QTRY_COMPARE(wiring()->outboxDialog()->drafts().size(), 1);
        QVERIFY(wiring()->outboxDialog()->drafts().first().lastError.contains(u"550"_s));
        wiring()->outboxDialog()->close();
    }

    void sendingForwardsAndRecords()
    {
        test::SmtpFixtureServer server;
        QVERIFY(server.start(test::SmtpFixtureServer::Mode::Plain));
        useServer(server);
        ComposeDialog* dialog = wiring()->composeDialog();
        QVERIFY(dialog);
        dialog->toEdit()->setText(u"abuse@kiebitz.example"_s);
        QSignalSpy sent(wiring()->controller(), &RespondController::sent);
        dialog->sendButton()->click();
        QTRY_COMPARE(sent.size(), 1);
        QTRY_VERIFY(!wiring()->composeDialog());
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].recipients, (QStringList{u"abuse@kiebitz.example"_s,
                                                      u"srt+448213@larkspur-hosting.example"_s}));
        QVERIFY(messages[0].raw.contains("Content-Type: message/rfc822"));
        QTRY_COMPARE(
            m_window->inboxPane()->model()->index(0, 0).data(InboxModel::StatusRole).toString(),
            u"forwarded"_s);
        // Nothing left in the outbox.
        wiring()->outboxAction()->trigger();
        QTRY_VERIFY(wiring()->outboxDialog());
        QSignalSpy loaded(wiring()->controller(), &RespondController::outboxLoaded);
        QTRY_VERIFY(loaded.size() >= 1);
        QVERIFY(wiring()->outboxDialog()->drafts().isEmpty());
        wiring()->outboxDialog()->close();
    }

    void sentResponsesAreCopiedToTheSentFolder()
    {
        test::DovecotServer dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        QVERIFY(dovecot.createFolder(u"Sent"_s));
        ImapAccount imap;
        imap.name = u"desk"_s;
        imap.host = u"127.0.0.1"_s;
        imap.port = dovecot.imapPort();
        imap.security = ImapSecurity::Plain;
        imap.user = dovecot.user();
        imap.passwordCommand = u"echo "_s + dovecot.password();
        QVERIFY(AccountRepository().save({imap}).ok());
        test::SmtpFixtureServer server;
        QVERIFY(server.start(test::SmtpFixtureServer::Mode::Plain));
        useServer(server);
        auto account = *SmtpAccountFile().load();
        account.appendToSent = true;
        account.sentAccount = u"desk"_s;
        QVERIFY(SmtpAccountFile().save(account).ok());

        const auto sendOne = [this] {
            wiring()->respondAction()->trigger();
            QTRY_VERIFY(wiring()->composeDialog() && wiring()->composeDialog()->isVisible());
            wiring()->composeDialog()->toEdit()->setText(u"abuse@kiebitz.example"_s);
            wiring()->composeDialog()->sendButton()->click();
        };
        QSignalSpy sent(wiring()->controller(), &RespondController::sent);
        QSignalSpy copyFailed(wiring()->controller(), &RespondController::sentCopyFailed);
        sendOne();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
        QTRY_COMPARE(server.messages().size(), 1);
        QCOMPARE(dovecot.messageCount(u"Sent"_s), 1);
        QCOMPARE(dovecot.countWithFlag(u"Sent"_s, QLatin1Char('S')), 1);
        QCOMPARE(copyFailed.size(), 0);

        // An IMAP account that is gone: the mail is sent all the same, and the window
        // says why there is no copy.
        account.sentAccount = u"gone"_s;
        QVERIFY(SmtpAccountFile().save(account).ok());
        QTRY_VERIFY(!wiring()->composeDialog());
        sendOne();
        QTRY_COMPARE_WITH_TIMEOUT(copyFailed.size(), 1, 30000);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(server.messages().size(), 2);
        QVERIFY(copyFailed.first().at(1).toString().contains(u"gone"_s));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Sent folder"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(dovecot.messageCount(u"Sent"_s), 1);
        account.appendToSent = false;
        QVERIFY(SmtpAccountFile().save(account).ok());
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::RespondFlowTest)
#include "RespondFlowTest.moc"
