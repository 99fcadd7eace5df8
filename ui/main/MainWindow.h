#pragma once

#include "profile/OperatorProfile.h"

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QSplitter;
class QTabWidget;

namespace mixdesk {

class AnalysisPane;
class LanguageManager;
class MainActions;

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

    // Where the operator profile is read from and saved to (default: ProfileStore::defaultPath()).
    void setProfilePath(const QString& path);
    const OperatorProfile& profile() const { return m_profile; }

public slots:
    // Analyses notice files and shows the last one (test seam for File > Open notice).
    void openFiles(const QStringList& paths);
    void showSettings();
    void showAbout();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslateUi();
    void reloadProfile();
    void openNoticeDialog();
    void updateStatusCounts();

    LanguageManager* m_language = nullptr;
    MainActions* m_actions = nullptr;
    QSplitter* m_splitter = nullptr;
    QWidget* m_inboxPlaceholder = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    AnalysisPane* m_analysisPane = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_modeLabel = nullptr;

    QString m_profilePath;
    OperatorProfile m_profile;
    QString m_openedFile; // shown in the title; a path, never translated
};

} // namespace mixdesk
