#pragma once

#include "profile/OperatorProfile.h"
#include "store/notices/NoticeRoles.h"
#include "store/notices/NoticeStatus.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;

namespace mixdesk {

class AnalysisPane;
class ImportJob;
class InboxPane;
class JobProgress;
class LanguageManager;
class MainActions;
class NotesPane;
class SyncController;
struct ImportSummary;
struct SyncOutcome;

// The main window composes the panes, menus and status bar; the work is done
// by the panes and by core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    LanguageManager* languageManager() const { return m_language; }
    MainActions* actions() const { return m_actions; }
    AnalysisPane* analysisPane() const { return m_analysisPane; }
    InboxPane* inboxPane() const { return m_inbox; }
    NotesPane* notesPane() const { return m_notes; }
    SyncController* syncController() const { return m_sync; }

    // Where the operator profile is read from and saved to (default: ProfileStore::defaultPath()).
    void setProfilePath(const QString& path);
    const OperatorProfile& profile() const { return m_profile; }

    // Opens the notice database at `path` (creating it). In demo mode the
    // profile comes from the demo data and the window says "Demo data".
    bool openStore(const QString& path, QString* error = nullptr);
    bool openDemoStore(const QString& path, const QString& root, QString* error = nullptr);
    SqlNoticeRoles* store() const { return m_store.get(); }
    bool isDemo() const { return m_demo; }
    bool isImporting() const;

public slots:
    // Shows the analysis of notice files without storing them (File > Open notice).
    void openFiles(const QStringList& paths);
    // Imports files, mbox files, Maildirs or folders into the store, off the GUI thread.
    void importPaths(const QStringList& paths);
    // Sets the status of the selected notices.
    void setSelectedStatus(NoticeStatus status);
    void showSettings();
    void showAbout();

signals:
    void importFinished();
    void syncFinished();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslateUi();
    void reloadProfile();
    void openNoticeDialog();
    void importFilesDialog();
    void importFolderDialog();
    void showNotice(qint64 id);
    void updateStatusCounts(int total, int newCount);
    void updateActions();
    void attachStore(std::unique_ptr<Database> store, const QString& path, bool demo);
    void importDone(const ImportSummary& summary);
    void syncDone(const SyncOutcome& outcome);
    void cancelJob();

    LanguageManager* m_language = nullptr;
    MainActions* m_actions = nullptr;
    QSplitter* m_splitter = nullptr;
    InboxPane* m_inbox = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    AnalysisPane* m_analysisPane = nullptr;
    NotesPane* m_notes = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    JobProgress* m_jobProgress = nullptr;
    SyncController* m_sync = nullptr;

    QString m_profilePath;
    OperatorProfile m_profile;
    std::unique_ptr<SqlNoticeRoles> m_store;
    QString m_dbPath;
    bool m_demo = false;
    QPointer<ImportJob> m_importJob;
    QString m_openedFile; // shown in the title; a path, never translated
    int m_total = 0;
    int m_new = 0;
};

} // namespace mixdesk
