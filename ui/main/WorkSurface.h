#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace mixdesk {

class MainWindow;
class ReanalysisPanel;

// What makes the inbox a daily work surface, installed on the main window in one
// call: the window's remembered state (geometry, splitters, the list's columns and
// sort; the first size fitted to the screen), File > New/Open/recent databases, the
// "next new notice" key, and the column chooser of the list.
class WorkSurface : public QObject
{
    Q_OBJECT
public:
    static WorkSurface* install(MainWindow* window);

    QAction* newDatabase = nullptr;
    QAction* openDatabase = nullptr;
    QMenu* recentMenu = nullptr;
    QAction* nextNew = nullptr;
    ReanalysisPanel* reanalysis = nullptr;
    QAction* help = nullptr; // F1

    // The databases opened last (display text of their location), newest first.
    QStringList recentDatabases() const;
    void saveWindowState() const;
    void restoreWindowState();
    // Shows the column chooser's menu entries (the list header's context menu).
    QMenu* columnMenu() const { return m_columnMenu; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WorkSurface(MainWindow* window);
    void retranslate();
    void rememberDatabase();
    void fillRecentMenu();
    void fillColumnMenu();
    void newDatabaseDialog();
    void openDatabaseDialog();
    void fitToScreen();
    void showHelp();

    MainWindow* m_window;
    QMenu* m_columnMenu = nullptr;
};

} // namespace mixdesk
