#include "GuiTestMain.h"
#include "LighttpdServer.h"

#include "exits/BlockListModel.h"
#include "exits/BlocksPane.h"
#include "exits/CheckHistoryModel.h"
#include "exits/ExitsController.h"
#include "exits/ExitsTableModel.h"
#include "exits/ExitsView.h"
#include "exits/ExitsWiring.h"
#include "exits/NoticePagePane.h"
#include "exits/OfflineTextBrowser.h"
#include "exits/checks/DnsblCheck.h"
#include "exits/checks/DnsblListings.h"
#include "exits/checks/HostingCountryCheck.h"
#include "exits/checks/NoticePageCheck.h"
#include "exits/notice/NoticePageGenerator.h"
#include "exits/notice/NoticePageTemplate.h"
#include "exits/store/SqlBlockStore.h"
#include "exits/store/SqlReadinessHistory.h"
#include "i18n/LanguageManager.h"
#include "profile/ProfileStore.h"
#include "store/StoreThreadGuard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

using namespace mixdesk;

// The Exits view offscreen, driven through its widgets (found by objectName), with
// real checks: the notice page served by lighttpd on loopback, the country check,
// the DNSBL check without results. Screenshots when MIXDESK_SCREENSHOT_DIR is set.
class ExitsViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::LighttpdServer m_web;
    QNetworkAccessManager m_network;
    std::unique_ptr<NoDnsblResults> m_dnsbl;
    std::unique_ptr<NoticePageCheck> m_page;
    std::unique_ptr<HostingCountryCheck> m_country;
    std::unique_ptr<DnsblCheck> m_dnsblCheck;
    std::unique_ptr<ExitsController> m_controller;
    std::unique_ptr<ExitsView> m_view;

    QString profilePath() const { return m_dir.filePath(QStringLiteral("profile.json")); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("desk.sqlite")); }

    // What another program sees in the desk's database (a connection of the test's own).
    // The GUI thread is forbidden to query; these checks lift the ban for themselves.
    QList<CheckResult> storedLatest()
    {
        StoreThreadGuard::allowAll();
        QList<CheckResult> latest;
        if (auto db = Database::open(StoreLocation::sqliteFile(dbPath())))
            if (auto r = SqlReadinessHistory(**db).latest())
                latest = *r;
        StoreThreadGuard::forbid(QThread::currentThread());
        return latest;
    }
    qsizetype storedBlocks()
    {
        StoreThreadGuard::allowAll();
        qsizetype count = -1;
        if (auto db = Database::open(StoreLocation::sqliteFile(dbPath())))
            if (auto r = SqlBlockStore(**db).list())
                count = r->size();
        StoreThreadGuard::forbid(QThread::currentThread());
        return count;
    }

    static OperatorProfile profile()
    {
        OperatorProfile p;
        p.name = QStringLiteral("Erika Example");
        p.organisation = QStringLiteral("Example Privacy e.V.");
        p.email = QStringLiteral("info@privacy.example");
        p.homeCountry = QStringLiteral("DE");
        ExitNode local;
        local.name = QStringLiteral("exit1");
        local.cascade = QStringLiteral("Example-Cascade");
        local.addresses = {QStringLiteral("127.0.0.1")};
        local.isp = QStringLiteral("Hoster B.V.");
        local.country = QStringLiteral("NL");
        local.premium = true;
        local.inServiceSince = QDate(2025, 3, 1);
        ExitNode tor;
        tor.name = QStringLiteral("tor1");
        tor.cascade = QStringLiteral("relay family");
        tor.kind = ExitKind::TorRelay;
        tor.addresses = {QStringLiteral("127.0.0.2"), QStringLiteral("2001:db8::20")};
        tor.isp = QStringLiteral("Colo GmbH");
        tor.country = QStringLiteral("DE");
        tor.ispStance = QStringLiteral("Tolerates exits; wants a monthly report");
        tor.ispInformed = true;
        tor.ispInformedOn = QDate(2025, 1, 15);
        p.exits = {local, tor};
        return p;
    }

    template <typename T> T* find(const char* name)
    {
        T* w = m_view->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    void screenshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("MIXDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(m_view->grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ProfileStore::save(profile(), profilePath()).ok());
        StoreThreadGuard::forbid(QThread::currentThread());
        const QString page = NoticePageGenerator::render(NoticePageTemplate::builtIn(), profile(),
                                                         QStringLiteral("en"));
        QVERIFY2(m_web.start(page.toUtf8()), qPrintable(m_web.errorString()));
        m_dnsbl = std::make_unique<NoDnsblResults>();
        NoticePageCheck::Options options;
        options.httpPort = m_web.port(); // lighttpd listens on 127.0.0.1 only
        options.httpsPort = 0;
        options.timeoutMs = 1500;
        m_page = std::make_unique<NoticePageCheck>(&m_network, options);
        m_country = std::make_unique<HostingCountryCheck>();
        m_dnsblCheck = std::make_unique<DnsblCheck>(m_dnsbl.get());
        ExitsDependencies deps;
        deps.profilePath = profilePath();
        const StoreLocation location = StoreLocation::sqliteFile(dbPath());
        deps.openStores = [location] { return ExitsStores::open(location); };
        deps.checks = {m_page.get(), m_country.get(), m_dnsblCheck.get()};
        deps.noticeTemplatePath = m_dir.filePath(QStringLiteral("no-user-template.html"));
        m_controller = std::make_unique<ExitsController>(deps);
        m_view = std::make_unique<ExitsView>(m_controller.get());
        m_view->resize(1280, 800);
        m_view->show();
        new QAbstractItemModelTester(m_view->exitsModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_view.get());
        new QAbstractItemModelTester(m_view->historyModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_view.get());
        new QAbstractItemModelTester(m_view->blocksPane()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_view.get());
        QSignalSpy loaded(m_controller.get(), &ExitsController::profileChanged);
        m_controller->load();
        QVERIFY(loaded.wait(5000));
    }

    void oneRowPerExitAddress()
    {
        ExitsTableModel* model = m_view->exitsModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, ExitsTableModel::Address).data().toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(model->index(0, ExitsTableModel::Exit).data().toString(),
                 QStringLiteral("exit1 · Example-Cascade"));
        QCOMPARE(model->index(0, ExitsTableModel::Provider).data().toString(),
                 QStringLiteral("Hoster B.V."));
        QCOMPARE(model->index(0, ExitsTableModel::InService).data().toString(),
                 QStringLiteral("2025-03-01 – "));
        QCOMPARE(model->index(2, ExitsTableModel::Address).data().toString(),
                 QStringLiteral("2001:db8::20"));
        QCOMPARE(model->index(2, ExitsTableModel::IspInformed).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(model->index(0, ExitsTableModel::FirstCheck).data().toString(),
                 QStringLiteral("not checked"));
        QVERIFY(find<QLabel>("exitsScore")->text().contains(QStringLiteral("not checked yet")));
    }

    void checkNowShowsResultsScoresAndHistory()
    {
        QSignalSpy finished(m_controller.get(), &ExitsController::checkFinished);
        QPushButton* checkNow = find<QPushButton>("exitsCheckNow");
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QVERIFY(!checkNow->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(checkNow->isEnabled());
        ExitsTableModel* model = m_view->exitsModel();
        const int page = ExitsTableModel::FirstCheck + 2; // notice page
        const int country = ExitsTableModel::FirstCheck + 3;
        const int dnsbl = ExitsTableModel::FirstCheck + 4;
        QCOMPARE(model->index(0, page).data(Qt::UserRole).toString(), QStringLiteral("pass"));
        QCOMPARE(model->index(1, page).data(Qt::UserRole).toString(),
                 QStringLiteral("fail")); // nothing on 127.0.0.2
        QCOMPARE(model->index(1, country).data(Qt::UserRole).toString(), QStringLiteral("warn"));
        QCOMPARE(model->index(0, dnsbl).data(Qt::UserRole).toString(), QStringLiteral("warn"));
        QVERIFY(model->index(0, dnsbl)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("No DNSBL results yet")));
        QVERIFY(model->index(0, page).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(0, ExitsTableModel::Score).data(Qt::UserRole).toInt() >
                model->index(1, ExitsTableModel::Score).data(Qt::UserRole).toInt());
        QVERIFY(find<QLabel>("exitsScore")->text().contains(QStringLiteral("/100")));

        QTableView* table = find<QTableView>("exitsTable");
        table->selectRow(0);
        QTRY_COMPARE(m_view->historyModel()->rowCount(), 3);
        QCOMPARE(m_view->historyModel()->address(), QStringLiteral("127.0.0.1"));
        QTRY_COMPARE(storedLatest().size(), 9); // 3 addresses x 3 checks, stored
        screenshot(QStringLiteral("exits-en.png"));
    }

    void ispStanceEditsAreSavedToTheProfile()
    {
        ExitsTableModel* model = m_view->exitsModel();
        QVERIFY(model->setData(model->index(0, ExitsTableModel::IspStance),
                               QStringLiteral("Abuse handled by us; ISP in copy")));
        QVERIFY(model->setData(model->index(0, ExitsTableModel::IspInformed), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(0, ExitsTableModel::IspInformed), QDate(2026, 2, 1)));
        QVERIFY(!model->setData(model->index(0, ExitsTableModel::Address), QStringLiteral("x")));
        QTRY_VERIFY_WITH_TIMEOUT(ProfileStore::load(profilePath())->exits.first().ispInformedOn ==
                                     QDate(2026, 2, 1),
                                 5000);
        const ExitNode saved = ProfileStore::load(profilePath())->exits.first();
        QCOMPARE(saved.ispStance, QStringLiteral("Abuse handled by us; ISP in copy"));
        QVERIFY(saved.ispInformed);
        // Both addresses of tor1 share one stance.
        QVERIFY(model->setData(model->index(1, ExitsTableModel::IspStance),
                               QStringLiteral("No exits after May")));
        QCOMPARE(model->index(2, ExitsTableModel::IspStance).data().toString(),
                 QStringLiteral("No exits after May"));
    }

    void noticePagePreviewLoadsNothingAndSaves()
    {
        find<QTabWidget>("exitsTabs")->setCurrentIndex(1);
        NoticePagePane* pane = m_view->noticePane();
        QTRY_VERIFY(pane->html().contains(QStringLiteral("<main class=\"default-en\">")));
        auto* preview = find<OfflineTextBrowser>("noticePreview");
        QVERIFY(preview->toPlainText().contains(
            QStringLiteral("Exit server of an anonymization service")));
        QCOMPARE(preview->resourceRequests(), 0);
        find<QComboBox>("noticeLanguage")->setCurrentIndex(1);
        QTRY_VERIFY(pane->html().contains(QStringLiteral("<main class=\"default-de\">")));
        QVERIFY(preview->toPlainText().contains(
            QStringLiteral("Exit-Server eines Anonymisierungsdienstes")));
        QVERIFY(
            !preview->toPlainText().contains(QStringLiteral("Why this address identifies no one")));
        screenshot(QStringLiteral("exits-notice-ui.png"));
        QTemporaryDir out;
        QSignalSpy deployed(m_controller.get(), &ExitsController::noticePageDeployed);
        pane->deployTo(out.path());
        QVERIFY(deployed.wait(5000));
        QCOMPARE(deployed.first().first().toStringList().size(), 5);
        QVERIFY(find<QLabel>("noticeStatus")->text().contains(QStringLiteral("apache.conf")));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("lighttpd.conf"))));
        QVERIFY(QDir().mkpath(out.filePath(QStringLiteral("only"))));
        pane->savePageTo(out.filePath(QStringLiteral("only")));
        QVERIFY(deployed.wait(5000));
        QCOMPARE(deployed.last().first().toStringList(),
                 QStringList{out.filePath(QStringLiteral("only/index.html"))});
        find<QComboBox>("noticeLanguage")->setCurrentIndex(0);
    }

    void blocksAddRemoveExport()
    {
        find<QTabWidget>("exitsTabs")->setCurrentIndex(2);
        BlocksPane* pane = m_view->blocksPane();
        BlockListModel* model = pane->model();
        find<QLineEdit>("blockDestination")->setText(QStringLiteral("not a host"));
        find<QLineEdit>("blockReason")->setText(QStringLiteral("x"));
        QVERIFY(!pane->addFromForm());
        QVERIFY(find<QLabel>("blockStatus")->text().contains(QStringLiteral("not a host")));

        find<QLineEdit>("blockDestination")->setText(QStringLiteral("forum.example"));
        find<QLineEdit>("blockReason")->setText(QStringLiteral("Stalking of a forum member"));
        find<QLineEdit>("blockRequester")->setText(QStringLiteral("Jane Doe"));
        find<QLineEdit>("blockReference")->setText(QStringLiteral("case 12"));
        QTest::mouseClick(find<QPushButton>("blockAdd"), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 1);
        find<QLineEdit>("blockDestination")->setText(QStringLiteral("198.51.100.0/24"));
        find<QLineEdit>("blockPorts")->setText(QStringLiteral("80,443"));
        find<QLineEdit>("blockReason")->setText(QStringLiteral("Site owner's request"));
        QVERIFY(pane->addFromForm());
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, BlockListModel::Ports).data().toString(),
                 QStringLiteral("80,443"));
        QCOMPARE(model->index(0, BlockListModel::Requester).data().toString(),
                 QStringLiteral("Jane Doe"));
        screenshot(QStringLiteral("exits-blocks-en.png"));

        QTemporaryDir out;
        find<QComboBox>("blockExportFormat")->setCurrentIndex(2); // Squid
        QSignalSpy exported(m_controller.get(), &ExitsController::blocksExported);
        pane->exportTo(out.path());
        QVERIFY(exported.wait(5000));
        QFile squid(out.filePath(BlocksPane::exportFileName(2)));
        QVERIFY(squid.open(QIODevice::ReadOnly));
        QVERIFY(squid.readAll().contains("acl mixdesk_block_1 dstdomain .forum.example"));

        find<QTableView>("blockTable")->selectRow(0);
        QTest::mouseClick(find<QPushButton>("blockRemove"), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(storedBlocks(), 1);
    }

    void germanTranslation()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QCoreApplication::processEvents();
        QCOMPARE(find<QPushButton>("exitsCheckNow")->text(), QStringLiteral("Jetzt prüfen"));
        QCOMPARE(
            m_view->exitsModel()->headerData(ExitsTableModel::Provider, Qt::Horizontal).toString(),
            QStringLiteral("Provider"));
        find<QTabWidget>("exitsTabs")->setCurrentIndex(0);
        screenshot(QStringLiteral("exits-de.png"));
        find<QTabWidget>("exitsTabs")->setCurrentIndex(2);
        screenshot(QStringLiteral("exits-blocks-de.png"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

    void cancelStopsTheRun()
    {
        QSignalSpy finished(m_controller.get(), &ExitsController::checkFinished);
        m_controller->checkNow();
        QVERIFY(m_controller->isChecking());
        m_controller->cancelCheck();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(find<QPushButton>("exitsCheckNow")->isEnabled());
    }

    void theGuiThreadRanNoQuery()
    {
        // The view and its controller query only on their worker thread.
        QCOMPARE(StoreThreadGuard::violations(), 0);
    }

    void wiringBuildsAWorkingView()
    {
        // What MainWindow uses: the system resolver, RDAP with its cache, all five
        // checks, the desk's database; with no profile saved the view is empty.
        QTemporaryDir dir;
        ExitsWiring wiring(StoreLocation::sqliteFile(dir.filePath(QStringLiteral("desk.sqlite"))),
                           QStringLiteral("tester"));
        QSignalSpy loaded(wiring.controller(), &ExitsController::profileChanged);
        std::unique_ptr<ExitsView> view(wiring.createView());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view->exitsModel()->rowCount(), 0);
        QVERIFY(!view->findChild<QLabel*>(QStringLiteral("exitsError"))->isVisibleTo(view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_controller.reset();
    }
};

MIXDESK_GUI_TEST_MAIN(ExitsViewTest)
#include "ExitsViewTest.moc"
