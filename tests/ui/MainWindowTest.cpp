#include "main/MainWindow.h"
#include "GuiTestMain.h"
#include "StoreTestKit.h"
#include "TestAnalyses.h"
#include "TestPaths.h"
#include "analysis/AnalysisPane.h"
#include "analysis/Evidence.h"
#include "analysis/HopModel.h"
#include "analysis/HopTableView.h"
#include "i18n/LanguageManager.h"
#include "inbox/InboxWorkspace.h"
#include "mail/ParseProblem.h"
#include "main/CapabilityViews.h"
#include "main/Desk.h"
#include "widgets/DesktopNotifier.h"
#include "widgets/FileDialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace mixdesk {

class MainWindowTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T* find(const QString& name)
    {
        T* child = m_window->findChild<T*>(name);
        if (!child)
            qWarning() << "no child named" << name;
        return child;
    }
    QString hopHeader(int column)
    {
        return m_window->analysisPane()->hopModel()->headerData(column, Qt::Horizontal).toString();
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->languageManager()->setLanguage(u"en"_s);
        m_window->setProfilePath(test::corpusFile(u"operator.json"_s)); // read only
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void opensANoticeFromTheFileMenu()
    {
        QAbstractItemModelTester tester(m_window->analysisPane()->hopModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_window->analysisPane()->isEmpty());
        const QString file = test::corpusFile(u"001-larkspur-squirrelmail-inline.eml"_s);
        QVERIFY(QFile::exists(file));
        FileDialogs::setNextAnswer({file});
        find<QAction>(u"actionOpenNotice"_s)->trigger();

        QVERIFY(!m_window->analysisPane()->isEmpty());
        QVERIFY(m_window->windowTitle().contains(u"001-larkspur"_s));
        auto* raw = find<QPlainTextEdit>(u"rawHeaderView"_s);
        QVERIFY(raw->toPlainText().contains(u"Subject:"_s));
        QVERIFY(find<QLabel>(u"value_category"_s)->isVisibleTo(m_window.get()));
        // The hop view shows the offending mail's Received chain, the exit hop marked.
        QAbstractItemModel* hops = m_window->analysisPane()->hopView()->model();
        QVERIFY(hops->rowCount() > 0);
        bool exitMarked = false;
        for (int row = 0; row < hops->rowCount(); ++row)
            exitMarked |= hops->index(row, 0).data(HopModel::HopKindRole).toString() == u"exit"_s;
        QVERIFY(exitMarked);
    }

    void cancelledFileDialogChangesNothing()
    {
        FileDialogs::setNextAnswer({});
        find<QAction>(u"actionOpenNotice"_s)->trigger();
        QVERIFY(m_window->analysisPane()->isEmpty());
    }

    void showsHopsWithMarkersAndEvidence()
    {
        const Analysis analysis = test::sampleAnalysis();
        m_window->analysisPane()->showAnalysis(analysis, "Subject: test\r\n\r\nbody",
                                               {u"198.51.100.23"_s});
        HopTableView* view = m_window->analysisPane()->hopView();
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(view->model()->index(0, HopModel::Marker).data().toString().contains(u"Exit"_s));
        QCOMPARE(find<QLabel>(u"value_exit_ip"_s)->text(), u"198.51.100.23"_s);
        QTextDocument evidence; // rich text: the hop is a link
        evidence.setHtml(find<QLabel>(u"evidence_exit_ip"_s)->text());
        QCOMPARE(evidence.toPlainText(), u"Client 198.51.100.23 of hop 1 is a configured exit"_s);
        QCOMPARE(find<QLabel>(u"value_webmail_software"_s)->text(), u"SquirrelMail"_s);
        QVERIFY(find<QPlainTextEdit>(u"rawHeaderView"_s)->toPlainText().contains(u"with HTTP"_s));
    }

    void switchesLanguageAtRunTime()
    {
        m_window->analysisPane()->showAnalysis(test::sampleAnalysis(), "Subject: x\n\n", {});
        auto* fileMenu = find<QMenu>(u"menuFile"_s);
        auto* tabs = find<QTabWidget>(u"detailTabs"_s);
        QCOMPARE(fileMenu->title(), u"&File"_s);
        // First line: a narrow pane stacks "From host" over "From IP" (issue 13).
        QCOMPARE(hopHeader(HopModel::FromHost).section(u'\n', 0, 0), u"From host"_s);
        QCOMPARE(find<QLabel>(u"value_category"_s)->text(), u"Webmail spam"_s);
        const QString englishTitle = m_window->windowTitle();

        find<QAction>(u"actionLanguage_de"_s)->trigger();
        QCOMPARE(m_window->languageManager()->currentLanguage(), u"de"_s);
        QVERIFY(find<QAction>(u"actionLanguage_de"_s)->isChecked());
        QCOMPARE(fileMenu->title(), u"&Datei"_s);
        QCOMPARE(find<QMenu>(u"menuHelp"_s)->title(), u"&Hilfe"_s);
        QVERIFY(m_window->windowTitle() != englishTitle);
        QVERIFY(m_window->windowTitle().contains(u"Missbrauchsmeldungen"_s));
        QCOMPARE(tabs->tabText(0), u"Analyse"_s);
        QCOMPARE(hopHeader(HopModel::FromHost).section(u'\n', 0, 0), u"Von Host"_s);
        QCOMPARE(find<QLabel>(u"value_category"_s)->text(), u"Webmail-Spam"_s);
        QCOMPARE(find<QAction>(u"actionQuit"_s)->text(), u"&Beenden"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(LanguageManager::preferredLanguage(), u"de"_s);

        // The core's messages, translated through contexts named in the source code.
        const QList<std::pair<const char*, const char*>> coreTexts = {
            {"ImapSession", "Cannot open folder '%1': %2"},
            {"ImapSession", "Connection to the server lost: %1"},
            {"ImapSync", "Not connected"},
            {"RawCodec", "The stored message is damaged: %1"},
            {"StoreSession", "No database is open."}};
        for (const auto& [context, text] : coreTexts) {
            const QString german = QCoreApplication::translate(context, text);
            QVERIFY2(german != QString::fromLatin1(text), text);
        }
        // Parse problems are stored in English, and shown in German.
        QCOMPARE(ParseProblem::translated(u"header line without colon: X-Form 2.3"_s),
                 u"Kopfzeile ohne Doppelpunkt: X-Form 2.3"_s);
        // The category of keyword evidence is named, not given by its id.
        const Evidence score{u"category"_s,
                             QString::fromLatin1(Evidence::kCategoryScore),
                             {u"kontaktformular"_s, u"8"_s, u"harassment"_s}};
        const Evidence web{
            u"webmail"_s, QString::fromLatin1(Evidence::kWebInterface), {u"2"_s, u"other"_s}};
        QCOMPARE(web.display(), u"Station 2 stammt von einer Weboberfl\u00e4che (nicht erkannt)"_s);
        QCOMPARE(score.display(),
                 u"Die Meldung erw\u00e4hnt \u201ekontaktformular\u201c (Punktzahl 8 f\u00fcr "
                 "Bel\u00e4stigung)"_s);

        find<QAction>(u"actionLanguage_en"_s)->trigger();
        QCOMPARE(fileMenu->title(), u"&File"_s);
        QCOMPARE(m_window->windowTitle(), englishTitle);
        QCOMPARE(tabs->tabText(0), u"Analysis"_s);
        // First line: a narrow pane stacks "From host" over "From IP" (issue 13).
        QCOMPARE(hopHeader(HopModel::FromHost).section(u'\n', 0, 0), u"From host"_s);
    }

    // The database is created or upgraded on the store's worker thread; the window
    // stays responsive, and errors come back whole.
    void opensTheDatabaseOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/fresh.sqlite"_s);
        QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
        QSignalSpy failed(m_window.get(), &MainWindow::storeOpenFailed);
        m_window->openStore(path);
        QVERIFY(!m_window->session()); // not yet: the worker opens it
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(m_window->session());
        QVERIFY(QFile::exists(path));
        QVERIFY(m_window->windowTitle().contains(u"fresh.sqlite"_s));

        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        m_window->openStore(blocker.fileName() + u"/x.sqlite"_s);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"file"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!m_window->session());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"file"_s));
    }

    void acceptsDroppedFiles()
    {
        const QString file = test::corpusFile(u"002-rheinwelle-roundcube-qp.eml"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(m_window->windowTitle().contains(u"002-rheinwelle"_s));
    }

    void newBlocklistListingReachesTheDesktopAndTheStatusBar()
    {
        auto* views = m_window->findChild<CapabilityViews*>();
        QVERIFY(views);
        QSignalSpy notified(m_window->notifier(), &DesktopNotifier::notified);
        DnsblResult listing;
        listing.ip = u"198.51.100.23"_s;
        listing.zone = u"sbl.example.test"_s;
        emit views->newListings({listing});
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(1).toString().contains(u"198.51.100.23"_s));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"sbl.example.test"_s));
        // Clicking the bubble brings the inbox, where the worker filed the listing.
        m_window->desk()->showView(m_window->desk()->findChild<QWidget*>(u"dnsblPage"_s));
        QVERIFY(m_window->desk()->currentView() != m_window->inboxWorkspace());
        emit m_window->notifier()->clicked();
        QCOMPARE(m_window->desk()->currentView(), m_window->inboxWorkspace());
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::MainWindowTest)
#include "MainWindowTest.moc"
