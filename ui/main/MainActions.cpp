#include "main/MainActions.h"

#include "i18n/LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace mixdesk {

QAction* MainActions::make(const char* objectName, QMenu* menu)
{
    auto* action = new QAction(menu);
    action->setObjectName(QString::fromLatin1(objectName));
    menu->addAction(action);
    return action;
}

MainActions::MainActions(QMenuBar* menuBar, QWidget* window) : QObject(window)
{
    fileMenu = menuBar->addMenu(QString());
    fileMenu->setObjectName(u"menuFile"_s);
    noticeMenu = menuBar->addMenu(QString());
    noticeMenu->setObjectName(u"menuNotice"_s);
    viewMenu = menuBar->addMenu(QString());
    viewMenu->setObjectName(u"menuView"_s);
    settingsMenu = menuBar->addMenu(QString());
    settingsMenu->setObjectName(u"menuSettings"_s);
    languageMenu = menuBar->addMenu(QString());
    languageMenu->setObjectName(u"menuLanguage"_s);
    helpMenu = menuBar->addMenu(QString());
    helpMenu->setObjectName(u"menuHelp"_s);

    openNotice = make("actionOpenNotice", fileMenu);
    openNotice->setShortcut(QKeySequence::Open);
    importFiles = make("actionImport", fileMenu);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFolder = make("actionImportFolder", fileMenu);
    fileMenu->addSeparator();
    syncNow = make("actionSyncNow", fileMenu);
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    fileMenu->addSeparator();
    quit = make("actionQuit", fileMenu);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    int n = 0;
    for (NoticeStatus status : allStatuses()) {
        auto* action = new QAction(noticeMenu);
        action->setObjectName(u"actionStatus_"_s + statusId(status));
        action->setData(statusId(status));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + n++)));
        action->setShortcutContext(Qt::WindowShortcut);
        noticeMenu->addAction(action);
        statusActions << action;
    }
    noticeMenu->addSeparator();
    addNote = make("actionAddNote", noticeMenu);
    addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));

    showFilterBar = make("actionShowFilterBar", viewMenu);
    showFilterBar->setCheckable(true);
    showFilterBar->setChecked(true);
    showDetails = make("actionShowDetails", viewMenu);
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    viewMenu->addSeparator();
    focusSearch = make("actionFocusSearch", viewMenu);
    focusSearch->setShortcut(QKeySequence::Find);

    settings = make("actionSettings", settingsMenu);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    languageGroup = new QActionGroup(this);
    languageGroup->setExclusive(true);
    for (const QString& code : LanguageManager::availableLanguages()) {
        auto* action = new QAction(languageMenu);
        action->setObjectName(u"actionLanguage_"_s + code);
        action->setData(code);
        action->setCheckable(true);
        // Endonyms: a user lost in a foreign UI still finds their language.
        action->setText(LanguageManager::nativeName(code));
        languageGroup->addAction(action);
        languageMenu->addAction(action);
    }

    firstRunSetup = make("actionFirstRunSetup", helpMenu);
    about = make("actionAbout", helpMenu);
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

void MainActions::setCurrentLanguage(const QString& code)
{
    for (QAction* action : languageGroup->actions())
        action->setChecked(action->data().toString() == code);
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    noticeMenu->setTitle(tr("&Notice"));
    viewMenu->setTitle(tr("&View"));
    settingsMenu->setTitle(tr("&Settings", "menu"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));

    openNotice->setText(tr("&Open notice\u2026"));
    openNotice->setStatusTip(tr("Show the analysis of a notice file (.eml)"));
    importFiles->setText(tr("&Import files\u2026"));
    importFiles->setStatusTip(tr("Add .eml files or mbox files to the notice store"));
    importFolder->setText(tr("Import &folder\u2026"));
    importFolder->setStatusTip(tr("Add a Maildir or a folder of .eml files to the notice store"));
    syncNow->setText(tr("S&ync now"));
    syncNow->setStatusTip(tr("Fetch new notices from the IMAP accounts"));
    quit->setText(tr("&Quit"));

    const QStringList statusTexts{tr("Mark as &new"),       tr("Mark as &in progress"),
                                  tr("Mark as &forwarded"), tr("Mark as &waiting for reply"),
                                  tr("Mark as &closed"),    tr("Mark as &misdirected")};
    for (int i = 0; i < statusActions.size(); ++i)
        statusActions.at(i)->setText(statusTexts.value(i));
    addNote->setText(tr("Add n&ote\u2026"));

    showFilterBar->setText(tr("&Filter bar"));
    showDetails->setText(tr("&Analysis pane"));
    focusSearch->setText(tr("&Search notices"));
    settings->setText(tr("&Operator profile and accounts\u2026"));
    firstRunSetup->setText(tr("&Set up MixDesk\u2026"));
    firstRunSetup->setStatusTip(tr("The first-run setup: operator, exits, ISP contact, or an "
                                   "existing profile file"));
    about->setText(tr("&About MixDesk"));
}

} // namespace mixdesk
