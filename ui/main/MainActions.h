#pragma once

#include "store/notices/NoticeStatus.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace mixdesk {

// The main window's actions and menus, created once and retranslated in place.
// Every action and menu has an objectName so tests can find and trigger it.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMenuBar* menuBar, QWidget* window);

    void retranslate();
    // Checks the Language menu entry of `code`.
    void setCurrentLanguage(const QString& code);

    QAction* openNotice = nullptr;
    QAction* importFiles = nullptr;
    QAction* importFolder = nullptr;
    QAction* syncNow = nullptr;
    QAction* quit = nullptr;
    QList<QAction*> statusActions; // in allStatuses() order; data() is the status id
    QAction* addNote = nullptr;
    QAction* showFilterBar = nullptr;
    QAction* showDetails = nullptr;
    QAction* focusSearch = nullptr;
    QAction* settings = nullptr;
    QActionGroup* languageGroup = nullptr; // data() of each action is the language code
    QAction* firstRunSetup = nullptr;
    QAction* about = nullptr;

    QMenu* fileMenu = nullptr;
    QMenu* noticeMenu = nullptr;
    QMenu* viewMenu = nullptr;
    QMenu* settingsMenu = nullptr;
    QMenu* languageMenu = nullptr;
    QMenu* helpMenu = nullptr;

private:
    QAction* make(const char* objectName, QMenu* menu);
};

} // namespace mixdesk
