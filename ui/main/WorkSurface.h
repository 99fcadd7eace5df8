#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QRect;

namespace mixdesk {

class MainWindow;
class ReanalysisPanel;
class RelatedNotices;

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
    RelatedNotices* related = nullptr;

    // The databases opened last (display text of their location), newest first.
    QStringList recentDatabases() const;
    void saveWindowState() const;
    void restoreWindowState();
    // The first size on a screen with this free area: the window within it, and the
    // list wide enough for its columns when the screen allows (restoreWindowState()
    // calls it when nothing is remembered).
    void fitTo(const QRect& available);
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
    void showHelp();
    void fitListWidth();

    MainWindow* m_window;
    QMenu* m_columnMenu = nullptr;
    bool m_fitListPending = false; // fitTo() ran; the splitter waits for the window's layout
};

} // namespace mixdesk
