#include "GuiTestMain.h"
#include "StoreFixture.h"

#include "i18n/LanguageManager.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "main/MainWindow.h"
#include "respond/ComposeDialog.h"
#include "respond/RespondWiring.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

const QString kAccount = u"r.kranich@mistelzweig.example"_s;
const QString kServer = u"webmail.mistelzweig.example"_s;

// 12 notices: 0, 3, 6 and 9 from the account kAccount on kServer; 1 and 4 from another
// account on the same server; the rest from elsewhere. Notice 2 mentions the account
// in its text only.
bool fillCampaign(NoticeWriter& store)
{
    QList<PreparedNotice> notices;
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = 0; n < 12; ++n) {
        const QString body = n == 2 ? u"We also saw "_s + kAccount : u"Spam report %1"_s.arg(n);
        IncomingNotice notice = IncomingNotice::fromRaw(
            (u"From: abuse@isp.example\r\nTo: abuse@exit.example\r\n"
             "Subject: Spam %1\r\nMessage-ID: <c%1@isp.example>\r\n\r\n%2\r\n"_s)
                .arg(n)
                .arg(body)
                .toUtf8(),
            u"test:%1"_s.arg(n), base.addSecs(qint64(n) * 60));
        Analysis a;
        a.category = Category::SpamWebmail;
        a.exitIp = u"198.51.100.23"_s;
        a.reporter = u"ISP"_s;
        if (n % 3 == 0) {
            a.webmailAccount = kAccount;
            a.mailServer = kServer;
        } else if (n == 1 || n == 4) {
            a.webmailAccount = u"someone.else@mistelzweig.example"_s;
            a.mailServer = kServer;
        } else {
            a.webmailAccount = u"user%1@elsewhere.example"_s.arg(n);
            a.mailServer = u"mail.elsewhere.example"_s;
        }
        notices << NoticePreparer::withAnalysis(std::move(notice), a);
    }
    return store.add(notices).ok();
}

} // namespace

// Issue 13: a campaign. From one notice, "Select notices with the same account" (or
// mail server) lists and selects every notice whose analysis names it, so that one
// Respond forwards them all.
class CampaignSelectionTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    InboxModel* model() { return m_window->inboxPane()->model(); }
    InboxView* view() { return m_window->inboxPane()->view(); }
    QSet<QString> selectedSubjects()
    {
        QSet<QString> subjects;
        for (const QModelIndex& index : view()->selectionModel()->selectedRows(InboxModel::Subject))
            subjects << index.data().toString();
        return subjects;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(u"campaign.sqlite"_s);
        QFile::remove(path);
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(StoreLocation::sqliteFile(path));
            QVERIFY(db.ok());
            QVERIFY(fillCampaign(test::TestStore(std::move(*db)).writer()));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->languageManager()->setLanguage(u"en"_s);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        m_window->openStore(path);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_VERIFY(!m_window->inboxPane()->isStartupPending());
        QTRY_COMPARE(model()->rowCount(), 12);
    }
    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void selectsTheNoticesOfTheSameAccount()
    {
        // Notice 6 (newest first: row 5).
        view()->selectId(model()->idAt(5));
        QTRY_COMPARE(m_window->inboxWorkspace()->currentNoticeId(), model()->idAt(5));
        const qint64 current = view()->currentId();
        auto* action = m_window->findChild<QAction*>(u"actionSameAccount"_s);
        QVERIFY(action);
        // In the list's context menu and the Notice menu, under Related notices.
        auto* related = m_window->findChild<QMenu*>(u"menuRelatedNotices"_s);
        QVERIFY(view()->actions().contains(related->menuAction()));
        QVERIFY(related->actions().contains(action));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        QTRY_COMPARE(model()->rowCount(), 4);
        QTRY_COMPARE(selectedSubjects(),
                     (QSet<QString>{u"Spam 0"_s, u"Spam 3"_s, u"Spam 6"_s, u"Spam 9"_s}));
        QCOMPARE(view()->currentId(), current);
        auto* label = m_window->findChild<QLabel*>(u"campaignLabel"_s);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(kAccount));

        // One Respond for all of them.
        auto* wiring = m_window->findChild<RespondWiring*>(u"respondWiring"_s);
        QTRY_VERIFY(wiring->respondAction()->isEnabled());
        wiring->respondAction()->trigger();
        QTRY_VERIFY(wiring->composeDialog());
        QCOMPARE(wiring->composeDialog()->draft().noticeIds.size(), 4);
        wiring->composeDialog()->close();

        // "Show all" ends the campaign.
        QTest::mouseClick(m_window->findChild<QPushButton*>(u"clearCampaignButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 12);
        QVERIFY(!label->isVisible());
    }

    void selectsTheNoticesOfTheSameMailServer()
    {
        view()->selectId(model()->idAt(11)); // notice 0
        QTRY_COMPARE(m_window->inboxWorkspace()->currentNoticeId(), model()->idAt(11));
        auto* action = m_window->findChild<QAction*>(u"actionSameMailServer"_s);
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        QTRY_COMPARE(model()->rowCount(), 6);
        QTRY_COMPARE(selectedSubjects().size(), 6);
        QVERIFY(selectedSubjects().contains(u"Spam 4"_s));
        QVERIFY(!selectedSubjects().contains(u"Spam 2"_s));
        QVERIFY(m_window->findChild<QLabel*>(u"campaignLabel"_s)->text().contains(kServer));
    }

    void anAccountNoNoticeNamesListsNone()
    {
        m_window->inboxPane()->filterBar()->setCampaign(u"nobody@nowhere.example"_s, QString());
        QTRY_COMPARE(model()->rowCount(), 0);
        m_window->inboxPane()->filterBar()->clearCampaign();
        QTRY_COMPARE(model()->rowCount(), 12);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::CampaignSelectionTest)
#include "CampaignSelectionTest.moc"
