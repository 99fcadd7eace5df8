#include "main/TriageWiring.h"

#include "inbox/DueController.h"
#include "inbox/HideController.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "inbox/NotesPane.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "reading/ReadingPane.h"
#include "reanalysis/Banner.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace mixdesk {

void TriageWiring::install(MainWindow* window)
{
    InboxPane* inbox = window->inboxPane();
    auto* due = new DueController(inbox, window);
    auto* hide = new HideController(inbox, window);
    inbox->addBanner(hide->banner());

    // The list's context menu (its actions) and the Notice menu, after the statuses.
    QMenu* notice = window->actions()->noticeMenu;
    QAction* before = notice->actions().value(
        notice->actions().indexOf(window->actions()->statusActions.last()) + 1);
    notice->insertSeparator(before);
    notice->insertActions(
        before, {due->editAction(), hide->hideAction(), hide->restoreAction(), hide->undoAction()});
    inbox->view()->addActions({due->editAction(), hide->hideAction(), hide->restoreAction()});
    // While reading the notice (its deadline shows there), one click to change it.
    window->inboxWorkspace()->readingPane()->addNoticeAction(due->editAction());

    const auto tell = [window](const QString& text) {
        window->statusBar()->showMessage(text, 8000);
    };
    const auto fail = [window](const QString& text) { window->statusBar()->showMessage(text); };
    const auto reloadNotes = [window](const QList<qint64>& ids) {
        if (ids.contains(window->notesPane()->noticeId()))
            window->notesPane()->reload();
    };
    QObject::connect(due, &DueController::message, window, tell);
    QObject::connect(due, &DueController::failed, window, fail);
    QObject::connect(due, &DueController::written, window, reloadNotes);
    QObject::connect(hide, &HideController::message, window, tell);
    QObject::connect(hide, &HideController::failed, window, fail);
    QObject::connect(hide, &HideController::written, window, reloadNotes);
}

} // namespace mixdesk
