#include "dnsbl/DnsblView.h"
#include "../GuiTestMain.h"
#include "DnsblTestServer.h"
#include "dns/AresResolver.h"
#include "dnsbl/DnsblCellStyle.h"
#include "dnsbl/DnsblChartView.h"
#include "dnsbl/DnsblController.h"
#include "dnsbl/DnsblMatrixModel.h"
#include "dnsbl/MemoryDnsblHistory.h"
#include "i18n/LanguageManager.h"
#include "store/notices/NoticeQuery.h"
#include "store/notices/NoticeRoles.h"
#include "store/notices/NoticeSummary.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <QTextBrowser>
#include <future>

using namespace mixdesk;
using namespace Qt::StringLiterals;
using mixdesk::test::DnsblTestServer;

// The DNSBL view, offscreen, against dnsmasq serving the test blocklists.
class DnsblViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheMatrixBeforeAnyCheck();
    void checkNowFillsTheMatrixWithColours();
    void newActionableListingOfPremiumExitAlertsOnce();
    void newListingIsFiledInTheInboxOnce();
    void filtersToActionableZones();
    void detailsShowMeaningTxtAndDelistLink();
    void chartShowsListingsOverTime();
    void warnsAboutRewritingUntrustedAndRanges();
    void cancelStopsTheCheck();
    void switchesToGerman();
    void checksByItselfWhenDueAndPlansTheNext();
    void dqsKeyAddsTheKeyedZones();
    void screenshots();

private:
    DnsblViewDependencies dependencies();
    StoreLocation deskLocation() const
    {
        return StoreLocation::sqliteFile(m_desk->filePath(u"desk.sqlite"_s));
    }
    QStringList inboxSubjects() const;
    template <typename T> T* find(const QString& name)
    {
        T* widget = m_view->findChild<T*>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    bool runCheck();
    QModelIndex cell(const QString& zone, const QString& ip) const;

    DnsblTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_desk; // the inbox new listings are filed in
    std::unique_ptr<DnsblView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    LanguageManager m_language;
};

void DnsblViewTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

DnsblViewDependencies DnsblViewTest::dependencies()
{
    DnsblViewDependencies deps;
    auto catalogue = DnsblCatalogue::loadFile(DnsblTestServer::zonesFile());
    if (catalogue)
        deps.catalogue = std::move(*catalogue);
    ExitNode exit1;
    exit1.name = u"exit1"_s;
    exit1.premium = true;
    exit1.addresses = {u"198.51.100.23"_s, u"2001:db8:4::77"_s, u"198.51.100.0/28"_s};
    ExitNode exit2;
    exit2.name = u"exit2"_s;
    exit2.addresses = {u"203.0.113.7"_s};
    deps.profile.exits = {exit1, exit2};
    deps.settings.nameServer = u"127.0.0.1:%1"_s.arg(m_server.port());
    deps.settings.timeoutMs = 300;
    deps.settings.tries = 1;
    deps.settings.intervalMinutes = 0; // no check by itself in tests
    deps.makeResolver =
        [](const DnsResolverConfig& config) -> Result<std::unique_ptr<DnsResolver>> {
        auto resolver = AresResolver::create(config);
        if (!resolver)
            return resolver.error();
        return std::unique_ptr<DnsResolver>(std::move(*resolver));
    };
    deps.makeHistory = []() -> Result<std::unique_ptr<DnsblHistory>> {
        return std::unique_ptr<DnsblHistory>(std::make_unique<MemoryDnsblHistory>());
    };
    deps.makeAlertInbox = [desk = deskLocation(), profile = deps.profile]() {
        return DnsblAlertInbox::open(desk, {}, profile);
    };
    return deps;
}

void DnsblViewTest::init()
{
    m_language.setLanguage(u"en"_s);
    m_desk = std::make_unique<QTemporaryDir>();
    m_view = std::make_unique<DnsblView>(dependencies());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void DnsblViewTest::cleanup()
{
    m_tester.reset();
    m_view.reset();
}

bool DnsblViewTest::runCheck()
{
    QSignalSpy finished(m_view->controller(), &DnsblController::checkFinished);
    QTest::mouseClick(find<QPushButton>(u"dnsblCheckNow"_s), Qt::LeftButton);
    return finished.wait(10000);
}

QModelIndex DnsblViewTest::cell(const QString& zone, const QString& ip) const
{
    const DnsblMatrixModel* model = m_view->model();
    return model->index(model->rowOfZone(zone), model->columnOfIp(ip));
}

void DnsblViewTest::showsTheMatrixBeforeAnyCheck()
{
    QCOMPARE(m_view->objectName(), u"dnsblView"_s);
    auto* matrix = find<QTableView>(u"dnsblMatrix"_s);
    QVERIFY(matrix);
    QCOMPARE(matrix->model(), m_view->model());
    QCOMPARE(m_view->model()->rowCount(), 8);    // gone.test is dead
    QCOMPARE(m_view->model()->columnCount(), 3); // the range is skipped
    QCOMPARE(m_view->model()->headerData(0, Qt::Horizontal).toString(),
             u"198.51.100.23\nexit1 (premium)"_s);
    QCOMPARE(m_view->model()->headerData(0, Qt::Vertical).toString(), u"Listed zone"_s);
    QVERIFY(m_view->model()->data(cell(u"listed.test"_s, u"198.51.100.23"_s)).toString().isEmpty());
    QTRY_COMPARE(find<QLabel>(u"dnsblLastChecked"_s)->text(), u"Not checked yet"_s);
    QVERIFY(!find<QProgressBar>(u"dnsblProgress"_s)->isVisible());
    QVERIFY(!find<QPushButton>(u"dnsblCancel"_s)->isEnabled());
}

void DnsblViewTest::checkNowFillsTheMatrixWithColours()
{
    QSignalSpy started(m_view->controller(), &DnsblController::checkStarted);
    QSignalSpy finished(m_view->controller(), &DnsblController::checkFinished);
    QTest::mouseClick(find<QPushButton>(u"dnsblCheckNow"_s), Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toInt(), 3 * 8);
    QVERIFY(find<QProgressBar>(u"dnsblProgress"_s)->isVisible());
    QVERIFY(find<QPushButton>(u"dnsblCancel"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"dnsblCheckNow"_s)->isEnabled());
    QVERIFY(finished.wait(10000));
    QVERIFY(!find<QProgressBar>(u"dnsblProgress"_s)->isVisible());
    QVERIFY(find<QPushButton>(u"dnsblCheckNow"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"dnsblLastChecked"_s)->text().startsWith(u"Last checked: "_s));

    const DnsblMatrixModel* model = m_view->model();
    using C = DnsblCellStyle::Category;
    const auto category = [&](const QString& zone, const QString& ip) {
        return C(model->data(cell(zone, ip), DnsblMatrixModel::CategoryRole).toInt());
    };
    const QString exit = u"198.51.100.23"_s;
    const QString v6 = u"2001:db8:4::77"_s;
    const QString clean = u"203.0.113.7"_s;
    QCOMPARE(category(u"listed.test"_s, exit), C::ListedActionable);
    QCOMPARE(category(u"listed.test"_s, v6), C::ListedExpected);
    QCOMPARE(category(u"listed.test"_s, clean), C::Clean);
    QCOMPARE(category(u"spamhaus.test"_s, exit), C::Error); // refused
    QCOMPARE(category(u"never.test"_s, exit), C::Error);    // timeout
    QCOMPARE(category(u"wild.test"_s, exit), C::Untrusted);
    QCOMPARE(category(u"v4only.test"_s, v6), C::Unsupported);
    QCOMPARE(model->data(cell(u"listed.test"_s, exit)).toString(), u"listed"_s);
    QCOMPARE(model->data(cell(u"listed.test"_s, exit), Qt::BackgroundRole).value<QColor>(),
             DnsblCellStyle::background(C::ListedActionable));
    QCOMPARE(model->data(cell(u"listed.test"_s, clean), Qt::BackgroundRole).value<QColor>(),
             DnsblCellStyle::background(C::Clean));
    QCOMPARE(model->data(cell(u"listed.test"_s, exit), DnsblMatrixModel::StatusRole).toString(),
             u"listed"_s);
    const QString tip = model->data(cell(u"listed.test"_s, exit), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"127.0.0.2: Spam source"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"TXT: Listed: see https://listed.test/q/198.51.100.23"_s));
    QVERIFY(tip.contains(u"https://listed.test/delist"_s));
    QVERIFY(tip.contains(u"Checked: "_s));
    // Every listed colour differs from every other category's.
    QSet<QRgb> colours;
    for (C c : DnsblCellStyle::legendOrder())
        colours.insert(DnsblCellStyle::background(c).rgb());
    QCOMPARE(colours.size(), DnsblCellStyle::legendOrder().size());
}

void DnsblViewTest::newActionableListingOfPremiumExitAlertsOnce()
{
    QSignalSpy alerts(m_view.get(), &DnsblView::newListings);
    QVERIFY(runCheck());
    QTRY_COMPARE(alerts.size(), 1);
    const auto listings = alerts.first().first().value<QList<DnsblResult>>();
    QCOMPARE(listings.size(), 1); // the IPv6 listing is on an expected code; exit2 is free
    QCOMPARE(listings.first().ip, u"198.51.100.23"_s);
    QCOMPARE(listings.first().zone, u"listed.test"_s);
    QVERIFY(runCheck()); // still listed: not new
    QTest::qWait(50);
    QCOMPARE(alerts.size(), 1);
}

// The inbox's subjects, read on a thread of their own: the GUI thread never queries.
QStringList DnsblViewTest::inboxSubjects() const
{
    return std::async(std::launch::async,
                      [desk = deskLocation()] {
                          QStringList subjects;
                          auto db = Database::open(desk);
                          if (!db)
                              return QStringList{u"(no database)"_s};
                          SqlNoticeRoles roles(**db);
                          const auto ids = roles.roles().inbox.queryIds(NoticeQuery());
                          const auto summaries = ids ? roles.roles().inbox.summaries(*ids)
                                                     : Result<QList<NoticeSummary>>(ids.error());
                          if (!summaries)
                              return QStringList{u"(query failed)"_s};
                          for (const NoticeSummary& s : *summaries)
                              subjects << s.subject;
                          return subjects;
                      })
        .get();
}

void DnsblViewTest::newListingIsFiledInTheInboxOnce()
{
    QSignalSpy alerts(m_view.get(), &DnsblView::newListings);
    QVERIFY(runCheck());
    QTRY_COMPARE(alerts.size(), 1);
    // Filed before the signal left the worker.
    QStringList subjects = inboxSubjects();
    QCOMPARE(subjects.size(), 1);
    QVERIFY2(subjects.first().contains(u"198.51.100.23"_s), qPrintable(subjects.first()));
    QVERIFY(runCheck()); // still listed: nothing new, nothing filed
    QCOMPARE(inboxSubjects().size(), 1);
}

void DnsblViewTest::filtersToActionableZones()
{
    auto* filter = find<QCheckBox>(u"dnsblActionableOnly"_s);
    QVERIFY(runCheck());
    QCOMPARE(m_view->model()->rowCount(), 8);
    QTest::mouseClick(filter, Qt::LeftButton);
    QVERIFY(filter->isChecked());
    QCOMPARE(m_view->model()->rowCount(), 7); // v4only.test is informational
    QCOMPARE(m_view->model()->rowOfZone(u"v4only.test"_s), -1);
    QCOMPARE(m_view->model()->data(cell(u"listed.test"_s, u"198.51.100.23"_s)).toString(),
             u"listed"_s);
    QTest::mouseClick(filter, Qt::LeftButton);
    QCOMPARE(m_view->model()->rowCount(), 8);
}

void DnsblViewTest::detailsShowMeaningTxtAndDelistLink()
{
    QVERIFY(runCheck());
    auto* matrix = find<QTableView>(u"dnsblMatrix"_s);
    matrix->setCurrentIndex(cell(u"listed.test"_s, u"198.51.100.23"_s));
    auto* details = find<QTextBrowser>(u"dnsblDetails"_s);
    QVERIFY(details->openExternalLinks());
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"Spam source"_s), qPrintable(text));
    QVERIFY(text.contains(u"Listed: see https://listed.test/q/198.51.100.23"_s));
    QVERIFY(text.contains(u"https://listed.test/delist"_s));
    QVERIFY(details->toHtml().contains(u"href=\"https://listed.test/delist\""_s));

    matrix->setCurrentIndex(cell(u"wild.test"_s, u"203.0.113.7"_s));
    QVERIFY(details->toPlainText().contains(u"RFC 5782"_s));
}

void DnsblViewTest::chartShowsListingsOverTime()
{
    QVERIFY(runCheck());
    QVERIFY(runCheck());
    auto* chart = find<DnsblChartView>(u"dnsblChart"_s);
    auto* matrix = find<QTableView>(u"dnsblMatrix"_s);
    matrix->setCurrentIndex(cell(u"listed.test"_s, u"203.0.113.7"_s));
    QTRY_COMPARE(chart->ip(), u"203.0.113.7"_s);
    QTRY_COMPARE(chart->pointCount(), 2);
    matrix->setCurrentIndex(cell(u"listed.test"_s, u"198.51.100.23"_s));
    QTRY_COMPARE(chart->ip(), u"198.51.100.23"_s);
    QTRY_COMPARE(chart->pointCount(), 2);
    QVERIFY(chart->chart()->title().contains(u"198.51.100.23"_s));
}

void DnsblViewTest::warnsAboutRewritingUntrustedAndRanges()
{
    auto* warnings = find<QLabel>(u"dnsblWarnings"_s);
    QVERIFY(warnings->text().contains(u"198.51.100.0/28 (exit1) is not checked"_s));
    QVERIFY(runCheck());
    QVERIFY(warnings->isVisible());
    const QString text = warnings->text();
    QVERIFY2(text.contains(u"rewrites DNS answers"_s), qPrintable(text));
    QVERIFY(text.contains(u"3 zones failed the RFC 5782 self-test"_s)); // wild, dead, rewrite
    QVERIFY(text.contains(u"1 zone refused"_s));
}

void DnsblViewTest::cancelStopsTheCheck()
{
    QSignalSpy finished(m_view->controller(), &DnsblController::checkFinished);
    QTest::mouseClick(find<QPushButton>(u"dnsblCheckNow"_s), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(u"dnsblCancel"_s), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().first().value<DnsblRun>().cancelled);
    QVERIFY(!find<QProgressBar>(u"dnsblProgress"_s)->isVisible());
    QVERIFY(find<QPushButton>(u"dnsblCheckNow"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"dnsblCancel"_s)->isEnabled());
    QVERIFY(runCheck()); // and it checks again
}

void DnsblViewTest::switchesToGerman()
{
    QVERIFY(runCheck());
    QVERIFY(m_language.setLanguage(u"de"_s));
    QCOMPARE(find<QPushButton>(u"dnsblCheckNow"_s)->text(), u"Jetzt prüfen"_s);
    QCOMPARE(find<QCheckBox>(u"dnsblActionableOnly"_s)->text(),
             u"Nur Listen mit Handlungsbedarf"_s);
    QCOMPARE(m_view->model()->data(cell(u"listed.test"_s, u"198.51.100.23"_s)).toString(),
             u"gelistet"_s);
    QVERIFY(find<QLabel>(u"dnsblLastChecked"_s)->text().startsWith(u"Zuletzt geprüft: "_s));
    QVERIFY(m_view->model()
                ->data(cell(u"listed.test"_s, u"198.51.100.23"_s), Qt::ToolTipRole)
                .toString()
                .contains(u"Gelistet"_s));
    m_language.setLanguage(u"en"_s);
    QCOMPARE(find<QPushButton>(u"dnsblCheckNow"_s)->text(), u"Check now"_s);
}

void DnsblViewTest::checksByItselfWhenDueAndPlansTheNext()
{
    DnsblViewDependencies deps = dependencies();
    deps.settings.intervalMinutes = 60; // never checked: due at once
    m_tester.reset();
    m_view = std::make_unique<DnsblView>(std::move(deps));
    QSignalSpy finished(m_view->controller(), &DnsblController::checkFinished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<DnsblRun>().results.size(), 3 * 8);
    const int next = m_view->controller()->msUntilNextCheck();
    // A coarse timer may fire up to 5% late.
    QVERIFY2(next > 59 * 60 * 1000 && next <= 63 * 60 * 1000, qPrintable(QString::number(next)));
}

void DnsblViewTest::dqsKeyAddsTheKeyedZones()
{
    DnsblViewDependencies deps = dependencies();
    auto catalogue = DnsblCatalogue::fromJsonBytes(
        R"([{"zone": "listed.test", "name": "Listed zone", "kind": "actionable"},
            {"zone": "only.keyed.test", "name": "Keyed only", "kind": "actionable",
             "dqs_zone": "{key}.keyed.test", "dqs_only": true}])",
        u"test"_s);
    QVERIFY(catalogue.ok());
    deps.catalogue = *catalogue;
    m_tester.reset();
    m_view = std::make_unique<DnsblView>(std::move(deps));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_view->model()->rowCount(), 1);
    m_view->setDqsKey(u"secret"_s);
    QCOMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(runCheck());
    QCOMPARE(m_view->model()->data(cell(u"only.keyed.test"_s, u"198.51.100.23"_s)).toString(),
             u"listed"_s);
}

// With MIXDESK_SCREENSHOT_DIR set, saves the view after a check at 1280x800 in English
// and German (run under xvfb-run with QT_QPA_PLATFORM=xcb to see real fonts).
void DnsblViewTest::screenshots()
{
    const QString dir = qEnvironmentVariable("MIXDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MIXDESK_SCREENSHOT_DIR not set");
    QDir().mkpath(dir);
    // Two weeks of earlier checks, so the chart has a history to show.
    DnsblViewDependencies deps = dependencies();
    deps.makeHistory = []() -> Result<std::unique_ptr<DnsblHistory>> {
        auto history = std::make_unique<MemoryDnsblHistory>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int day = 14; day >= 1; --day) {
            DnsblRun run;
            run.startedAt = run.finishedAt = now.addDays(-day);
            auto add = [&run](const QString& ip, const QString& zone, DnsblKind kind) {
                DnsblResult r;
                r.ip = ip;
                r.zone = zone;
                r.status = DnsblStatus::Listed;
                r.kind = kind;
                r.checkedAt = run.startedAt;
                run.results.append(r);
            };
            const QString exit = u"198.51.100.23"_s;
            add(exit, u"a.test"_s, DnsblKind::ExpectedForExit);
            if (day % 3 != 0)
                add(exit, u"b.test"_s, DnsblKind::ExpectedForExit);
            if (day <= 9 && day >= 4)
                add(exit, u"c.test"_s, DnsblKind::Actionable);
            if (day <= 6)
                add(exit, u"d.test"_s, DnsblKind::Informational);
            history->record(run);
        }
        return std::unique_ptr<DnsblHistory>(std::move(history));
    };
    m_tester.reset();
    m_view = std::make_unique<DnsblView>(std::move(deps));
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(runCheck());
    QVERIFY(runCheck());
    find<QTableView>(u"dnsblMatrix"_s)->setCurrentIndex(cell(u"listed.test"_s, u"198.51.100.23"_s));
    QTRY_COMPARE(find<DnsblChartView>(u"dnsblChart"_s)->pointCount(), 16);
    for (const QString& language : {u"en"_s, u"de"_s}) {
        m_language.setLanguage(language);
        QTest::qWait(200);
        QCOMPARE(m_view->size(), QSize(1280, 800)); // German words must not widen it
        QVERIFY(m_view->grab().save(dir + u"/dnsbl-view-"_s + language + u".png"_s));
    }
    m_language.setLanguage(u"en"_s);
}

MIXDESK_GUI_TEST_MAIN(DnsblViewTest)
#include "DnsblViewTest.moc"
