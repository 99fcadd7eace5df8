#include "CasesWiring.h"

#include "CasesController.h"
#include "CasesView.h"

#include "inbox/InboxWorkspace.h"
#include "main/Desk.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/StoreController.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace mixdesk {

CasesWiring* CasesWiring::install(MainWindow* window, const QKeySequence& shortcut)
{
    return new CasesWiring(window, shortcut);
}

CasesWiring::CasesWiring(MainWindow* window, const QKeySequence& shortcut)
    : QObject(window), m_window(window),
      m_controller(new CasesController([window] { return window->profile(); }, this)),
      m_view(new CasesView(m_controller))
{
    setObjectName(u"casesWiring"_s);
    Desk* desk = window->desk();
    const QList<QAction*> before = desk->viewActions();
    m_viewAction = desk->addView(
        m_view, window->style()->standardIcon(QStyle::SP_DirClosedIcon), [] { return tr("Cases"); },
        shortcut);
    // In the View menu after the other views.
    QMenu* viewMenu = window->actions()->viewMenu;
    const QList<QAction*> entries = viewMenu->actions();
    const qsizetype last = before.isEmpty() ? -1 : entries.indexOf(before.last());
    viewMenu->insertAction(entries.value(last + 1), m_viewAction);

    m_openCase = new QAction(this);
    m_openCase->setObjectName(u"openCaseFromNotice"_s);
    window->actions()->noticeMenu->addSeparator();
    window->actions()->noticeMenu->addAction(m_openCase);
    connect(m_openCase, &QAction::triggered, this, [this] {
        m_controller->createFromNotice(m_window->inboxWorkspace()->currentNoticeId());
    });
    connect(m_controller, &CasesController::caseCreated, this,
            [this] { m_window->desk()->showView(m_view); });
    connect(m_controller, &CasesController::errorOccurred, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(message, 10000); });
    connect(m_controller, &CasesController::exported, this, [this](const QString& path, int pages) {
        m_window->statusBar()->showMessage(
            tr("Dossier written: %1 (%n page(s))", nullptr, pages).arg(path), 10000);
    });
    connect(m_view, &CasesView::openNotice, this,
            [this] { m_window->desk()->showView(m_window->inboxWorkspace()); });

    StoreController* store = window->storeController();
    connect(store, &StoreController::opened, this, [this](StoreSession* session) {
        m_controller->setSession(session);
        updateAction();
    });
    connect(store, &StoreController::closing, this, [this] {
        m_controller->setSession(nullptr);
        updateAction();
    });
    connect(window->inboxWorkspace(), &InboxWorkspace::currentNoticeChanged, this,
            &CasesWiring::updateAction);
    window->installEventFilter(this);
    retranslate();
    updateAction();
}

bool CasesWiring::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CasesWiring::retranslate()
{
    m_openCase->setText(tr("Open a &case from this notice"));
    m_openCase->setStatusTip(tr("Opens a case folder pre-filled from the notice's analysis and "
                                "links the notice to it"));
}

void CasesWiring::updateAction()
{
    m_openCase->setEnabled(m_controller->session() != nullptr && !m_window->isDemo() &&
                           m_window->inboxWorkspace()->currentNoticeId() != 0);
}

} // namespace mixdesk
