#pragma once

#include "profile/OperatorProfile.h"
#include "store/Database.h"
#include "store/notices/NoticeStatus.h"

#include <QMainWindow>
#include <QStringList>

class QLabel;

namespace mixdesk {

class AnalysisPane;
class CapabilityViews;
class Desk;
class DesktopNotifier;
class ImportController;
class InboxPane;
class InboxWorkspace;
class JobProgress;
class LanguageManager;
class MainActions;
class NotesPane;
class StatusController;
class StoreController;
class StoreSession;
class SyncController;
struct ImportSummary;
struct SyncOutcome;
struct AccountSyncError;

// The main window only composes: the desk of views (Inbox first), the menus, the
// status bar, and the controllers that do the work off the GUI thread (opening the
// database, importing, syncing, setting statuses).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    LanguageManager* languageManager() const { return m_language; }
    MainActions* actions() const { return m_actions; }
    Desk* desk() const { return m_desk; }
    DesktopNotifier* notifier() const { return m_notifier; }
    InboxWorkspace* inboxWorkspace() const { return m_workspace; }
    AnalysisPane* analysisPane() const;
    InboxPane* inboxPane() const;
    NotesPane* notesPane() const;
    SyncController* syncController() const { return m_sync; }
    StoreController* storeController() const { return m_store; }
    StatusController* statusController() const { return m_status; }

    // Where the operator profile is read from and saved to (default: ProfileStore::defaultPath()).
    void setProfilePath(const QString& path);
    const OperatorProfile& profile() const { return m_profile; }

    // Opens a desk's database off the GUI thread: storeOpened() or storeOpenFailed()
    // follow. A SQLite file is created when missing. In demo mode the profile comes
    // from the demo data and the window says "Demo data".
    void openDatabase(const StoreLocation& location, const Database::Options& options = {});
    void openStore(const QString& path) { openDatabase(StoreLocation::sqliteFile(path)); }
    void openDemoStore(const QString& path, const QString& root);
    StoreSession* session() const;
    bool isDemo() const;
    bool isImporting() const;

public slots:
    // Shows the analysis of notice files without storing them (File > Open notice).
    void openFiles(const QStringList& paths);
    // Imports files, mbox files, Maildirs or folders into the store, off the GUI thread.
    void importPaths(const QStringList& paths);
    // Sets the status of the selected notices.
    void setSelectedStatus(NoticeStatus status);
    void showSettings();
    // The first-run setup (offered at the first start, on the demo): once saved, the
    // operator's own desk opens in place of the demo.
    void showFirstRunSetup();
    void showAbout();

signals:
    void storeOpened();
    void storeOpenFailed(const QString& message);
    // The operator profile was (re)loaded: profile() may name other exits.
    void profileChanged();
    void importFinished();
    void syncFinished();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createControllers();
    void connectActions();
    void retranslateUi();
    void reloadProfile();
    void openNoticeDialog();
    void importFilesDialog();
    void importFolderDialog();
    void updateStatusCounts(int total, int newCount);
    void updateActions();
    void sessionOpened(StoreSession* session);
    void sessionClosing();
    void importDone(const ImportSummary& summary);
    void syncDone(const SyncOutcome& outcome);
    void askToTrustCertificate(const AccountSyncError& error);
    void cancelJob();

    LanguageManager* m_language = nullptr;
    MainActions* m_actions = nullptr;
    Desk* m_desk = nullptr;
    CapabilityViews* m_views = nullptr; // DNSBL, Exits
    InboxWorkspace* m_workspace = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    JobProgress* m_jobProgress = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    StoreController* m_store = nullptr;
    ImportController* m_import = nullptr;
    StatusController* m_status = nullptr;
    SyncController* m_sync = nullptr;

    QString m_profilePath;
    OperatorProfile m_profile;
    QString m_openedFile; // shown in the title; a path, never translated
    int m_total = 0;
    int m_new = 0;
};

} // namespace mixdesk
