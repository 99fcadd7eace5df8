#include "main/MainWindow.h"

#include "accounts/AccountRepository.h"
#include "analysis/AnalysisPane.h"
#include "analysis/NoticeAnalyzer.h"
#include "cases/CasesWiring.h"
#include "i18n/LanguageManager.h"
#include "imap/SyncJob.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "inbox/NotesPane.h"
#include "main/CapabilityViews.h"
#include "main/DemoDatabase.h"
#include "main/Desk.h"
#include "main/ImportController.h"
#include "main/MainActions.h"
#include "main/StatusController.h"
#include "main/StoreController.h"
#include "main/SyncController.h"
#include "main/TriageWiring.h"
#include "main/WorkSurface.h"
#include "profile/ProfileStore.h"
#include "respond/RespondWiring.h"
#include "secrets/SecretStore.h"
#include "settings/CertificateTrustDialog.h"
#include "settings/DeskLocationSetting.h"
#include "settings/FirstRunDialog.h"
#include "settings/SettingsDialog.h"
#include "store/session/StoreSession.h"
#include "widgets/DesktopNotifier.h"
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
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace mixdesk {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_language = new LanguageManager(this);
    m_actions = new MainActions(menuBar(), this);

    m_desk = new Desk;
    m_workspace = new InboxWorkspace;
    QAction* inboxView = m_desk->addView(
        m_workspace, style()->standardIcon(QStyle::SP_FileDialogListView),
        [] { return tr("Inbox"); }, QKeySequence(Qt::ALT | Qt::Key_1));
    m_views = new CapabilityViews(this);
    QAction* dnsblView = m_desk->addView(
        m_views->dnsblPage(), style()->standardIcon(QStyle::SP_MessageBoxWarning),
        [] { return tr("Blocklists"); }, QKeySequence(Qt::ALT | Qt::Key_2));
    QAction* exitsView = m_desk->addView(
        m_views->exitsPage(), style()->standardIcon(QStyle::SP_DriveNetIcon),
        [] { return tr("Exits"); }, QKeySequence(Qt::ALT | Qt::Key_3));
    QAction* firstMenuEntry = m_actions->viewMenu->actions().value(0);
    m_actions->viewMenu->insertActions(firstMenuEntry, {inboxView, dnsblView, exitsView});
    m_actions->viewMenu->insertSeparator(firstMenuEntry);
    setCentralWidget(m_desk);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"statusCounts"_s);
    m_modeLabel = new QLabel;
    m_modeLabel->setObjectName(u"statusMode"_s);
    m_modeLabel->setStyleSheet(u"QLabel { background: #ffe9a8; color: black; padding: 0 6px; }"_s);
    m_modeLabel->hide();
    m_jobProgress = new JobProgress;
    m_notifier = new DesktopNotifier(this);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_jobProgress, &JobProgress::cancelRequested, this, &MainWindow::cancelJob);

    createControllers();
    connectActions();
    RespondWiring::install(this);
    CasesWiring::install(this, QKeySequence(Qt::ALT | Qt::Key_4));
    setProfilePath(ProfileStore::defaultPath());
    resize(1280, 800);
    updateActions();
    retranslateUi();
    TriageWiring::install(this); // issue 18: due dates, Delete hides with undo
    WorkSurface::install(this);  // issue 18: window state, databases menu, next new notice
}

MainWindow::~MainWindow()
{
    // Tear down in order: no more signals into this half-destroyed window, the views
    // let go of the session, and the jobs wait for their workers.
    m_workspace->disconnect(this);
    m_workspace->inbox()->disconnect(this);
    m_workspace->inbox()->view()->selectionModel()->disconnect(this);
    m_store->disconnect(this);
    m_store->close();
    delete m_import;
    delete m_sync;
}

void MainWindow::createControllers()
{
    m_sync = new SyncController([this] { return m_profile; }, this);
    m_store = new StoreController(this, [this] { return m_sync->secretStore(); });
    m_import = new ImportController(this);
    m_status = new StatusController(m_workspace->inbox()->model(), this);

    connect(m_store, &StoreController::opening, this, [this](const StoreLocation& location) {
        m_jobProgress->start(tr("Opening %1\u2026").arg(location.display()));
        m_jobProgress->setCancelable(false);
        updateActions();
    });
    connect(m_store, &StoreController::opened, this, &MainWindow::sessionOpened);
    connect(m_store, &StoreController::closing, this, &MainWindow::sessionClosing);
    connect(m_store, &StoreController::openFailed, this, [this](const QString& message) {
        m_jobProgress->stop();
        statusBar()->showMessage(message);
        updateActions();
        retranslateUi();
        emit storeOpenFailed(message);
    });

    connect(m_import, &ImportController::progress, this, [this](int done, int total) {
        m_jobProgress->setProgress(done, total);
        m_workspace->inbox()->scheduleRefresh(); // coalesced: one update per burst
    });
    connect(m_import, &ImportController::errorLine, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_import, &ImportController::finished, this, &MainWindow::importDone);

    connect(m_sync, &SyncController::started, this, [this] {
        m_jobProgress->start(tr("Syncing\u2026"));
        updateActions();
    });
    connect(m_sync, &SyncController::progress, this,
            [this](const QString& folder, int done, int total) {
                m_jobProgress->setText(tr("Syncing %1\u2026").arg(folder));
                m_jobProgress->setProgress(done, total);
                m_workspace->inbox()->scheduleRefresh();
            });
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncDone);

    connect(m_views, &CapabilityViews::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_views, &CapabilityViews::newListings, this,
            [this](const QList<DnsblResult>& listings) {
                QStringList where;
                for (const DnsblResult& r : listings)
                    where.append(r.ip + u" \u2192 "_s + r.zone);
                const QString text = tr("New blocklist listing: %1", nullptr, int(listings.size()))
                                         .arg(where.join(u", "_s));
                statusBar()->showMessage(text);
                // The worker filed the listing in the inbox: show it there.
                m_workspace->inbox()->scheduleRefresh();
                m_notifier->notify(tr("MixDesk: a premium exit is blocklisted"), text);
            });
    connect(m_notifier, &DesktopNotifier::clicked, this, [this] { m_desk->showView(m_workspace); });
    // The Spamhaus DQS key lives in the keychain; without it the public mirrors answer.
    m_sync->secretStore()->readPasswordAsync(u"dnsbl:spamhaus-dqs"_s, this,
                                             [this](const Result<QString>& key) {
                                                 if (key && !key->isEmpty())
                                                     m_views->setDqsKey(*key);
                                             });

    connect(m_status, &StatusController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_status, &StatusController::failed, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_status, &StatusController::written, this, [this](const QList<qint64>& ids) {
        m_workspace->inbox()->updateCounts();
        if (ids.contains(m_workspace->notesPane()->noticeId()))
            m_workspace->notesPane()->reload();
    });
}

void MainWindow::connectActions()
{
    InboxPane* inbox = m_workspace->inbox();
    // Status actions work on the list's selection (bulk) and appear in its context menu.
    for (QAction* action : std::as_const(m_actions->statusActions)) {
        inbox->view()->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            if (const auto status = statusFromId(action->data().toString()))
                setSelectedStatus(*status);
        });
    }
    connect(m_actions->syncNow, &QAction::triggered, m_sync, &SyncController::syncNow);
    connect(m_actions->openNotice, &QAction::triggered, this, &MainWindow::openNoticeDialog);
    connect(m_actions->importFiles, &QAction::triggered, this, &MainWindow::importFilesDialog);
    connect(m_actions->importFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->firstRunSetup, &QAction::triggered, this, &MainWindow::showFirstRunSetup);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->addNote, &QAction::triggered, this, [this] {
        m_desk->showView(m_workspace);
        m_workspace->focusNoteField();
    });
    connect(m_actions->focusSearch, &QAction::triggered, this, [this] {
        m_desk->showView(m_workspace);
        m_workspace->inbox()->filterBar()->focusSearch();
    });
    connect(m_actions->showDetails, &QAction::toggled, m_workspace->detailSplitter(),
            &QWidget::setVisible);
    connect(m_actions->showFilterBar, &QAction::toggled, inbox->filterBar(), &QWidget::setVisible);
    connect(m_actions->languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_language->setLanguage(action->data().toString()); });
    connect(m_language, &LanguageManager::languageChanged, m_actions,
            &MainActions::setCurrentLanguage);
    m_actions->setCurrentLanguage(m_language->currentLanguage());

    connect(m_workspace, &InboxWorkspace::currentNoticeChanged, this, [this] {
        m_openedFile.clear();
        updateActions();
        retranslateUi();
    });
    connect(m_workspace, &InboxWorkspace::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(inbox, &InboxPane::countsChanged, this, &MainWindow::updateStatusCounts);
    // The count follows the filter: "12 of 40 notices shown".
    connect(inbox->model(), &InboxModel::refreshed, this,
            [this] { updateStatusCounts(m_total, m_new); });
    connect(inbox->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(inbox->model(), &InboxModel::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

AnalysisPane* MainWindow::analysisPane() const
{
    return m_workspace->analysisPane();
}

InboxPane* MainWindow::inboxPane() const
{
    return m_workspace->inbox();
}

NotesPane* MainWindow::notesPane() const
{
    return m_workspace->notesPane();
}

StoreSession* MainWindow::session() const
{
    return m_store->isOpen() ? m_store->session() : nullptr;
}

bool MainWindow::isDemo() const
{
    return m_store->isDemo();
}

bool MainWindow::isImporting() const
{
    return m_import->isRunning();
}

void MainWindow::setProfilePath(const QString& path)
{
    m_profilePath = path;
    reloadProfile();
}

void MainWindow::reloadProfile()
{
    if (isDemo()) {
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
    m_workspace->setProfile(m_profile);
    m_views->setProfile(m_profile);
    if (StoreSession* open = session())
        open->setActor(m_profile.name);
    emit profileChanged();
}

void MainWindow::openDatabase(const StoreLocation& location, const Database::Options& options)
{
    Database::Options withActor = options;
    if (withActor.actor.isEmpty()) {
        // From the file, not m_profile: that is the demo's while the demo is open.
        const auto saved = ProfileStore::load(m_profilePath);
        withActor.actor = saved ? saved->name : QString();
    }
    m_store->open(location, withActor);
}

void MainWindow::openDemoStore(const QString& path, const QString& root)
{
    m_store->openDemo(path, root);
    const auto profile = DemoDatabase::loadProfile(root);
    if (profile) {
        m_profile = *profile;
        m_workspace->setProfile(m_profile);
    }
}

void MainWindow::sessionOpened(StoreSession* session)
{
    m_jobProgress->stop();
    m_jobProgress->setCancelable(true);
    const bool demo = m_store->isDemo();
    // The demo never syncs real accounts.
    if (demo)
        m_sync->setDatabase(std::nullopt);
    else
        m_sync->setDatabase(m_store->location(), session->options());
    m_status->setSession(session);
    m_workspace->setSession(session);
    connect(session, &StoreSession::changed, m_workspace->inbox(), &InboxPane::scheduleRefresh);
    if (!demo)
        reloadProfile();
    m_views->open(m_store->location(), session->options(), m_profile);
    updateActions();
    retranslateUi();
    emit storeOpened();
}

void MainWindow::sessionClosing()
{
    m_status->setSession(nullptr);
    m_workspace->setSession(nullptr);
    m_sync->setDatabase(std::nullopt);
}

void MainWindow::openNoticeDialog()
{
    const QStringList paths = FileDialogs::getOpenFileNames(
        this, tr("Open notice"), tr("E-mail messages (*.eml);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
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
        m_desk->showView(m_workspace);
        m_workspace->showFileAnalysis(analyzer.analyze(raw), raw);
        m_openedFile = QFileInfo(path).fileName();
    }
    retranslateUi();
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!session() || m_import->isRunning() || m_sync->isSyncing())
        return;
    if (isDemo()) {
        // Importing into the demo would mix the operator's notices with invented
        // ones: the setup opens the operator's own desk first.
        statusBar()->showMessage(tr("This is the demo database. Set up your profile to open "
                                    "your own notice database, then import."),
                                 10000);
        showFirstRunSetup();
        return;
    }
    m_import->start(m_store->location(), session()->options(), m_profile, paths);
    m_jobProgress->start(tr("Importing\u2026"));
    updateActions();
}

void MainWindow::importDone(const ImportSummary& summary)
{
    m_jobProgress->stop();
    m_workspace->inbox()->refresh();
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
    if (m_import->isRunning())
        m_import->cancel();
    else
        m_sync->cancel();
}

void MainWindow::syncDone(const SyncOutcome& outcome)
{
    m_jobProgress->stop();
    m_workspace->inbox()->refresh();
    QString message = tr("Sync finished: %n new notice(s)", nullptr, outcome.totalNew());
    if (outcome.cancelled)
        message += u" "_s + tr("(cancelled)");
    QStringList errors;
    std::optional<AccountSyncError> untrusted;
    for (const AccountSyncError& error : outcome.errors) {
        if (!untrusted && error.kind == ImapError::UntrustedCertificate &&
            !error.certificateFingerprint.isEmpty()) {
            untrusted = error; // asked below; a trusted one syncs again at once
            continue;
        }
        errors << error.account + u": "_s + error.message;
    }
    if (!errors.isEmpty())
        message += u" \u2013 "_s + errors.join(u"; "_s);
    statusBar()->showMessage(message);
    updateActions();
    emit syncFinished();
    if (untrusted)
        askToTrustCertificate(*untrusted);
}

void MainWindow::askToTrustCertificate(const AccountSyncError& error)
{
    const auto account = AccountRepository().find(error.account);
    if (!account) {
        statusBar()->showMessage(error.account + u": "_s + error.message);
        return;
    }
    CertificateTrustDialog::ask(
        this, account->name, account->host, error.certificateFingerprint,
        [this, error](bool trusted) {
            if (!trusted) {
                statusBar()->showMessage(error.account + u": "_s + error.message);
                return;
            }
            AccountRepository accounts;
            auto current = accounts.find(error.account);
            if (!current)
                return;
            current->trustedFingerprintSha256 = error.certificateFingerprint;
            if (accounts.update(*current))
                m_sync->syncNow();
        });
}

void MainWindow::setSelectedStatus(NoticeStatus status)
{
    InboxPane* inbox = m_workspace->inbox();
    const QList<qint64> ids = inbox->view()->selectedIds();
    if (!session() || ids.isEmpty())
        return;
    QList<NoticeStatus> seen;
    for (qint64 id : ids) {
        const QString shown = inbox->model()
                                  ->index(inbox->model()->rowOf(id), 0)
                                  .data(InboxModel::StatusRole)
                                  .toString();
        seen << statusFromId(shown).value_or(NoticeStatus::New);
    }
    m_status->setStatus(ids, seen, status);
}

void MainWindow::updateActions()
{
    const bool hasStore = session() != nullptr;
    const bool hasSelection = hasStore && !m_workspace->inbox()->view()->selectedIds().isEmpty();
    for (QAction* action : std::as_const(m_actions->statusActions))
        action->setEnabled(hasSelection);
    m_actions->addNote->setEnabled(hasStore && m_workspace->notesPane()->noticeId() != 0);
    const bool busy = m_import->isRunning() || m_sync->isSyncing();
    m_actions->importFiles->setEnabled(hasStore && !busy);
    m_actions->importFolder->setEnabled(hasStore && !busy);
    m_actions->syncNow->setEnabled(hasStore && !isDemo() && !busy && m_sync->hasAccounts());
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_profilePath, this, m_sync->secretStore());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::profileSaved, this, &MainWindow::reloadProfile);
    connect(dialog, &SettingsDialog::deskLocationChanged, this, [this](const QString& text) {
        const auto location = StoreLocation::parse(text.isEmpty() ? Database::defaultSqlitePath()
                                                                  : text); // validated by the page
        if (location)
            openDatabase(*location);
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_sync->reloadAccounts();
        updateActions();
    });
    dialog->open();
}

void MainWindow::showFirstRunSetup()
{
    if (auto* open = findChild<FirstRunDialog*>(u"firstRunDialog"_s)) {
        open->raise();
        return;
    }
    auto* dialog = new FirstRunDialog(m_profilePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::profileSaved, this, [this] {
        if (!isDemo()) {
            reloadProfile();
            return;
        }
        // The demo's own profile stays with the demo: the operator's desk opens now,
        // where it would have opened had the profile been there at the start.
        const QString saved = savedDeskLocation();
        const auto location =
            StoreLocation::parse(saved.isEmpty() ? Database::defaultSqlitePath() : saved);
        if (location)
            openDatabase(*location);
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
    if (session() && !isDemo())
        importPaths(paths);
    else
        openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_import->cancel();
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
    if (!session()) {
        m_countLabel->setText(m_store->isOpening() ? QString() : tr("No notice database open"));
        return;
    }
    const InboxModel* model = m_workspace->inbox()->model();
    const bool filtered = model->query().status || model->query().openOnly ||
                          model->query().dueBy.isValid() ||
                          model->query().visibility != NoticeQuery::Visibility::Shown ||
                          !model->query().category.isEmpty() || !model->query().exitIp.isEmpty() ||
                          model->query().from.isValid() || !model->query().text.trimmed().isEmpty();
    const QString all = filtered && !model->isLoading() && model->rowCount() != total
                            ? tr("%1 of %2 shown", "notices")
                                  .arg(model->rowCount())
                                  .arg(tr("%n notice(s)", nullptr, total))
                            : tr("%n notice(s)", nullptr, total);
    m_countLabel->setText(all + u", "_s + tr("%n new", "notices", newCount));
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    QString title = tr("MixDesk \u2013 abuse notices");
    if (isDemo())
        title += u" \u2013 "_s + tr("Demo data");
    else if (m_store->session())
        title = m_store->location().display() + u" \u2013 "_s + title;
    if (!m_openedFile.isEmpty())
        title = m_openedFile + u" \u2013 "_s + title;
    setWindowTitle(title);
    m_modeLabel->setText(tr("Demo data"));
    m_modeLabel->setToolTip(tr("Sample notices and a sample operator profile. Configure your "
                               "operator profile (Settings) to start with your own database."));
    m_modeLabel->setVisible(isDemo() && session());
    if (m_import->isRunning())
        m_jobProgress->setText(tr("Importing\u2026"));
    else if (m_sync->isSyncing())
        m_jobProgress->setText(tr("Syncing\u2026"));
    updateStatusCounts(m_total, m_new);
}

} // namespace mixdesk
