#include "../../ui/GuiTestMain.h"
#include "DovecotServer.h"

#include "StoreTestKit.h"
#include "accounts/AccountRepository.h"
#include "main/MainWindow.h"
#include "main/SyncController.h"
#include "secrets/FakeSecretStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace mixdesk;
using namespace Qt::StringLiterals;
using mixdesk::test::DovecotServer;

namespace {

QByteArray notice(int i)
{
    return "From: Abuse Desk <abuse@reporter.example>\r\n"
           "To: abuse@exit.example\r\n"
           "Subject: Abuse report " +
           QByteArray::number(i) +
           "\r\n"
           "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
           "Message-ID: <gui" +
           QByteArray::number(i) +
           "@reporter.example>\r\n"
           "\r\n"
           "Spam from 198.51.100.23 at 2026-11-23T09:58:00Z.\r\n";
}

} // namespace

// "Sync now" in the window, against a real dovecot: the notices arrive in the inbox
// while the window keeps handling events, and errors end up in the status bar.
class GuiSyncTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(u"/usr/sbin/dovecot"_s));
        m_server = std::make_unique<DovecotServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void syncNowFillsTheInbox()
    {
        constexpr int kNotices = 300;
        for (int i = 0; i < kNotices; ++i)
            QVERIFY(m_server->deliver(u"INBOX"_s, notice(i)));
        QVERIFY(AccountRepository().add(account(u"dove"_s)).ok());
        MainWindow window;
        auto secrets = std::make_unique<FakeSecretStore>();
        secrets->writePasswordAsync(imapSecretKey(u"dove"_s), m_server->password(), &window,
                                    [](Status) {});
        window.syncController()->setSecretStore(std::move(secrets));
        QString error;
        QVERIFY2(window.openStore(m_dir.filePath(u"gui-sync.sqlite"_s), &error), qPrintable(error));
        auto* syncNow = window.findChild<QAction*>(u"actionSyncNow"_s);
        QVERIFY(syncNow->isEnabled());

        // The GUI thread keeps running its event loop while the sync works.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        QSignalSpy finished(&window, &MainWindow::syncFinished);
        syncNow->trigger();
        QVERIFY(window.syncController()->isSyncing());
        QVERIFY(!syncNow->isEnabled()); // one sync at a time
        QVERIFY(finished.wait(120000));
        QVERIFY2(ticks > 0, "the event loop was blocked during the sync");

        auto* view = window.findChild<QAbstractItemView*>(u"inboxView"_s);
        QCOMPARE(view->model()->rowCount(), kNotices);
        QVERIFY2(window.statusBar()->currentMessage().contains(QString::number(kNotices)),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(syncNow->isEnabled());

        // Again: nothing new, nothing twice.
        syncNow->trigger();
        QVERIFY(finished.wait(120000));
        QCOMPARE(view->model()->rowCount(), kNotices);
        auto db = Database::open(StoreLocation::sqliteFile(m_dir.filePath(u"gui-sync.sqlite"_s)));
        QVERIFY(db);
        QCOMPARE(test::TestStore(std::move(*db)).count(), kNotices);
        QVERIFY(AccountRepository().remove(u"dove"_s).ok());
    }

    void wrongPasswordIsShown()
    {
        QVERIFY(AccountRepository().add(account(u"wrong"_s)).ok());
        MainWindow window;
        auto secrets = std::make_unique<FakeSecretStore>();
        secrets->writePasswordAsync(imapSecretKey(u"wrong"_s), u"not-the-password"_s, &window,
                                    [](Status) {});
        window.syncController()->setSecretStore(std::move(secrets));
        QVERIFY(window.openStore(m_dir.filePath(u"gui-wrong.sqlite"_s)));
        QSignalSpy finished(&window, &MainWindow::syncFinished);
        window.findChild<QAction*>(u"actionSyncNow"_s)->trigger();
        QVERIFY(finished.wait(120000));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"wrong: "_s), qPrintable(message));
        QCOMPARE(window.findChild<QAbstractItemView*>(u"inboxView"_s)->model()->rowCount(), 0);
        QVERIFY(AccountRepository().remove(u"wrong"_s).ok());
    }

private:
    ImapAccount account(const QString& name) const
    {
        ImapAccount a;
        a.name = name;
        a.host = u"127.0.0.1"_s;
        a.port = m_server->imapPort();
        a.security = ImapSecurity::Plain;
        a.user = m_server->user();
        return a;
    }

    std::unique_ptr<DovecotServer> m_server;
    QTemporaryDir m_dir;
};

MIXDESK_GUI_TEST_MAIN(GuiSyncTest)
#include "GuiSyncTest.moc"
