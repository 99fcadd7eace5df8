#include "main/MainWindow.h"

#include "accounts/AccountRepository.h"
#include "analysis/AnalysisPane.h"
#include "analysis/NoticeAnalyzer.h"
#include "i18n/LanguageManager.h"
#include "imap/SyncJob.h"
#include "importer/ImportJob.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/NotesPane.h"
#include "main/DemoDatabase.h"
#include "main/MainActions.h"
#include "main/StorePreparer.h"
#include "main/SyncController.h"
#include "profile/ProfileStore.h"
#include "settings/CertificateTrustDialog.h"
#include "settings/SettingsDialog.h"
#include "widgets/FileDialogs.h"
#include "widgets/JobProgress.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_language = new LanguageManager(this);
    m_actions = new MainActions(menuBar(), this);

    m_inbox = new InboxPane;
    m_analysisPane = new AnalysisPane;
    m_notes = new NotesPane;
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(u"detailTabs"_s);
    m_detailTabs->addTab(m_analysisPane, QString());
    m_detailTabs->addTab(m_notes, QString());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 500});
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"statusCounts"_s);
    m_modeLabel = new QLabel;
    m_modeLabel->setObjectName(u"statusMode"_s);
    m_modeLabel->setStyleSheet(u"QLabel { background: #ffe9a8; color: black; padding: 0 6px; }"_s);
    m_modeLabel->hide();
    m_jobProgress = new JobProgress;
    statusBar()->addPermanentWidget(m_jobProgress);
    connect(m_jobProgress, &JobProgress::cancelRequested, this, &MainWindow::cancelJob);

    m_sync = new SyncController([this] { return m_profile; }, this);
    connect(m_actions->syncNow, &QAction::triggered, m_sync, &SyncController::syncNow);
    connect(m_sync, &SyncController::started, this, [this] {
        m_jobProgress->start(tr("Syncing\u2026"));
        updateActions();
    });
    connect(m_sync, &SyncController::progress, this,
            [this](const QString& folder, int done, int total) {
                m_jobProgress->setText(tr("Syncing %1\u2026").arg(folder));
                m_jobProgress->setProgress(done, total);
                m_inbox->scheduleRefresh();
            });
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncDone);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    // Status actions work on the list's selection (bulk) and appear in its context menu.
    for (QAction* action : std::as_const(m_actions->statusActions)) {
        m_inbox->view()->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            if (const auto status = statusFromId(action->data().toString()))
                setSelectedStatus(*status);
        });
    }
    connect(m_actions->openNotice, &QAction::triggered, this, &MainWindow::openNoticeDialog);
    connect(m_actions->importFiles, &QAction::triggered, this, &MainWindow::importFilesDialog);
    connect(m_actions->importFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->addNote, &QAction::triggered, this, [this] {
        m_detailTabs->setCurrentWidget(m_notes);
        m_notes->focusNoteField();
    });
    connect(m_actions->focusSearch, &QAction::triggered, m_inbox->filterBar(),
            &FilterBar::focusSearch);
    connect(m_actions->showDetails, &QAction::toggled, m_detailTabs, &QWidget::setVisible);
    connect(m_actions->showFilterBar, &QAction::toggled, m_inbox->filterBar(),
            &QWidget::setVisible);
    connect(m_actions->languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_language->setLanguage(action->data().toString()); });
    connect(m_language, &LanguageManager::languageChanged, m_actions,
            &MainActions::setCurrentLanguage);
    m_actions->setCurrentLanguage(m_language->currentLanguage());

    connect(m_inbox, &InboxPane::currentNoticeChanged, this, &MainWindow::showNotice);
    connect(m_inbox, &InboxPane::countsChanged, this, &MainWindow::updateStatusCounts);
    connect(m_inbox->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_inbox->model(), &InboxModel::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    setProfilePath(ProfileStore::defaultPath());
    resize(1280, 800);
    updateActions();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // Tear down in order: no more signals into this half-destroyed window, the
    // panes let go of the store, and the jobs wait for their workers.
    m_inbox->disconnect(this);
    m_inbox->view()->selectionModel()->disconnect(this);
    m_inbox->setStore(nullptr);
    m_notes->setStore(nullptr);
    delete m_importJob;
    delete m_sync;
}

bool MainWindow::isImporting() const
{
    return !m_importJob.isNull();
}

void MainWindow::setProfilePath(const QString& path)
{
    m_profilePath = path;
    reloadProfile();
}

void MainWindow::reloadProfile()
{
    if (m_demo) {
        const auto demo = DemoDatabase::loadProfile();
        if (demo)
            m_profile = *demo;
    } else {
        const auto loaded = ProfileStore::load(m_profilePath);
        m_profile = loaded ? *loaded : OperatorProfile{};
        if (!loaded)
            statusBar()->showMessage(
                tr("The operator profile could not be read: %1").arg(loaded.error().message));
    }
    m_inbox->filterBar()->setExitAddresses(m_profile.allExitAddresses());
}

bool MainWindow::openStore(const QString& path, QString* error)
{
    const StoreLocation location = StoreLocation::sqliteFile(path);
    Database::Options options;
    options.upgrade = Database::Upgrade::RefuseIfPending;
    auto store = Database::open(location, options);
    if (!store && store.error().code == Database::kUpgradePending) {
        // A schema migration rewrites every notice: off the GUI thread.
        if (Status prepared = prepareStoreInBackground(location, this); !prepared) {
            if (error)
                *error = prepared.error().message;
            return false;
        }
        store = Database::open(location);
    }
    if (!store) {
        if (error)
            *error = store.error().message;
        return false;
    }
    attachStore(std::move(*store), path, false);
    return true;
}

bool MainWindow::openDemoStore(const QString& path, const QString& root, QString* error)
{
    auto store = DemoDatabase::open(path, root);
    const auto profile = DemoDatabase::loadProfile(root);
    if (!store || !profile) {
        if (error)
            *error = !store ? store.error().message : profile.error().message;
        return false;
    }
    attachStore(std::move(*store), path, true);
    m_profile = *profile;
    m_inbox->filterBar()->setExitAddresses(m_profile.allExitAddresses());
    return true;
}

void MainWindow::attachStore(std::unique_ptr<Database> store, const QString& path, bool demo)
{
    m_inbox->setStore(nullptr);
    m_notes->setStore(nullptr);
    m_store.reset();
    m_store = std::make_unique<SqlNoticeRoles>(std::move(store));
    m_dbPath = path;
    m_demo = demo;
    m_sync->setDatabasePath(demo ? QString() : path); // the demo never syncs real accounts
    m_sync->reloadAccounts();
    m_notes->setStore(&m_store->roles().journal);
    m_inbox->setStore(&m_store->roles().inbox);
    if (!demo)
        reloadProfile();
    updateActions();
    retranslateUi();
}

void MainWindow::showNotice(qint64 id)
{
    m_notes->showNotice(id);
    if (id == 0 || !m_store) {
        if (m_openedFile.isEmpty())
            m_analysisPane->clear();
        updateActions();
        return;
    }
    m_openedFile.clear();
    const auto analysis = m_store->roles().inbox.analysis(id);
    const auto raw = m_store->roles().inbox.rawNotice(id);
    if (analysis && raw)
        m_analysisPane->showAnalysis(*analysis, *raw, m_profile.allExitAddresses());
    else
        statusBar()->showMessage(tr("The notice could not be read: %1")
                                     .arg((!analysis ? analysis.error() : raw.error()).message));
    updateActions();
    retranslateUi();
}

void MainWindow::openNoticeDialog()
{
    const QStringList paths = FileDialogs::getOpenFileNames(
        this, tr("Open notice"), tr("E-mail messages (*.eml);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths)
{
    const NoticeAnalyzer analyzer(m_profile);
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            statusBar()->showMessage(
                tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
            continue;
        }
        const QByteArray raw = file.readAll();
        m_analysisPane->showAnalysis(analyzer.analyze(raw), raw, m_profile.allExitAddresses());
        m_detailTabs->setCurrentWidget(m_analysisPane);
        m_openedFile = QFileInfo(path).fileName();
    }
    retranslateUi();
}

void MainWindow::importFilesDialog()
{
    const QStringList paths = FileDialogs::getOpenFileNames(
        this, tr("Import notices"),
        tr("E-mail messages and mbox files (*.eml *.mbox *.mbx);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void MainWindow::importFolderDialog()
{
    const QString dir =
        FileDialogs::getExistingDirectory(this, tr("Import a Maildir or a folder of notices"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!m_store || m_importJob || m_sync->isSyncing())
        return;
    if (m_demo) {
        QMessageBox::information(this, tr("Demo data"),
                                 tr("This is the demo database. Configure your operator profile "
                                    "(Settings) and restart MixDesk to import your own notices."));
        return;
    }
    auto* job = new ImportJob(StoreLocation::sqliteFile(m_dbPath), Database::Options{}, m_profile,
                              paths, this);
    m_importJob = job;
    m_jobProgress->start(tr("Importing\u2026"));
    connect(job, &ImportJob::progress, this, [this](int done, int total) {
        m_jobProgress->setProgress(done, total);
        m_inbox->scheduleRefresh(); // coalesced: one list update per burst of batches
    });
    connect(job, &ImportJob::errorLine, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(job, &ImportJob::finished, this, &MainWindow::importDone);
    updateActions();
    job->start();
}

void MainWindow::importDone(const ImportSummary& summary)
{
    if (m_importJob) {
        m_importJob->disconnect(this);
        m_importJob->deleteLater();
        m_importJob = nullptr;
    }
    m_jobProgress->stop();
    m_inbox->refresh();
    QString message = tr("Import finished: %n new notice(s)", nullptr, summary.imported);
    if (summary.duplicates > 0)
        message += u", "_s + tr("%n already stored", nullptr, summary.duplicates);
    if (summary.errors > 0)
        message += u", "_s + tr("%n error(s)", nullptr, summary.errors);
    if (summary.cancelled)
        message += u" "_s + tr("(cancelled)");
    if (!summary.fatalError.isEmpty())
        message = tr("Import failed: %1").arg(summary.fatalError);
    statusBar()->showMessage(message);
    updateActions();
    emit importFinished();
}

void MainWindow::cancelJob()
{
    if (m_importJob)
        m_importJob->cancel();
    else
        m_sync->cancel();
}

void MainWindow::syncDone(const SyncOutcome& outcome)
{
    m_jobProgress->stop();
    m_inbox->refresh();
    QString message = tr("Sync finished: %n new notice(s)", nullptr, outcome.totalNew());
    if (outcome.cancelled)
        message += u" "_s + tr("(cancelled)");
    QStringList errors;
    bool retry = false;
    for (const AccountSyncError& error : outcome.errors) {
        if (error.kind == ImapError::UntrustedCertificate &&
            !error.certificateFingerprint.isEmpty()) {
            AccountRepository accounts;
            auto account = accounts.find(error.account);
            if (account && CertificateTrustDialog::ask(this, account->name, account->host,
                                                       error.certificateFingerprint)) {
                account->trustedFingerprintSha256 = error.certificateFingerprint;
                retry = accounts.update(*account).ok();
                continue;
            }
        }
        errors << error.account + u": "_s + error.message;
    }
    if (!errors.isEmpty())
        message += u" \u2013 "_s + errors.join(u"; "_s);
    statusBar()->showMessage(message);
    updateActions();
    emit syncFinished();
    if (retry)
        m_sync->syncNow();
}

void MainWindow::setSelectedStatus(NoticeStatus status)
{
    if (!m_store)
        return;
    const QList<qint64> ids = m_inbox->view()->selectedIds();
    if (ids.isEmpty())
        return;
    const auto done = m_store->roles().journal.setStatus(ids, status);
    if (!done) {
        statusBar()->showMessage(
            tr("The status could not be changed: %1").arg(done.error().message));
        return;
    }
    m_inbox->model()->invalidate(ids);
    m_inbox->updateCounts();
    m_notes->showNotice(m_notes->noticeId());
    statusBar()->showMessage(
        tr("%n notice(s) marked as %1", nullptr, int(ids.size())).arg(statusDisplayName(status)),
        5000);
}

void MainWindow::updateActions()
{
    const bool hasStore = m_store != nullptr;
    const bool hasSelection = hasStore && !m_inbox->view()->selectedIds().isEmpty();
    for (QAction* action : std::as_const(m_actions->statusActions))
        action->setEnabled(hasSelection);
    m_actions->addNote->setEnabled(hasStore && m_notes->noticeId() != 0);
    const bool busy = m_importJob || m_sync->isSyncing();
    m_actions->importFiles->setEnabled(hasStore && !busy);
    m_actions->importFolder->setEnabled(hasStore && !busy);
    m_actions->syncNow->setEnabled(hasStore && !m_demo && !busy && m_sync->hasAccounts());
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_profilePath, this, m_sync->secretStore());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::profileSaved, this, &MainWindow::reloadProfile);
    connect(dialog, &QDialog::finished, this, [this] {
        m_sync->reloadAccounts();
        updateActions();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MixDesk"),
                       tr("<h3>MixDesk %1</h3><p>Triage of abuse notices for operators of "
                          "anonymization exit servers.</p><p>License: GPL-3.0-or-later</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // With a store, dropped files, mbox files and Maildirs are imported;
    // without one, a dropped notice is only shown.
    if (m_store && !m_demo)
        importPaths(paths);
    else
        openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importJob)
        m_importJob->cancel();
    m_sync->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatusCounts(int total, int newCount)
{
    m_total = total;
    m_new = newCount;
    if (!m_store) {
        m_countLabel->setText(tr("No notice database open"));
        return;
    }
    m_countLabel->setText(tr("%n notice(s)", nullptr, total) + u", "_s +
                          tr("%n new", "notices", newCount));
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    QString title = tr("MixDesk \u2013 abuse notices");
    if (m_demo)
        title += u" \u2013 "_s + tr("Demo data");
    if (!m_openedFile.isEmpty())
        title = m_openedFile + u" \u2013 "_s + title;
    setWindowTitle(title);
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_analysisPane), tr("Analysis"));
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_notes), tr("Notes and history"));
    m_modeLabel->setText(tr("Demo data"));
    m_modeLabel->setToolTip(tr("Sample notices and a sample operator profile. Configure your "
                               "operator profile (Settings) to start with your own database."));
    m_modeLabel->setVisible(m_demo);
    if (m_importJob)
        m_jobProgress->setText(tr("Importing\u2026"));
    else if (m_sync->isSyncing())
        m_jobProgress->setText(tr("Syncing\u2026"));
    updateStatusCounts(m_total, m_new);
}

} // namespace mixdesk
