#include "CasesWiring.h"

#include "CasePickerDialog.h"
#include "CasesController.h"
#include "CasesModel.h"
#include "CasesView.h"
#include "DueReminders.h"

#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "main/Desk.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/StoreController.h"
#include "widgets/DesktopNotifier.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
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
      m_view(new CasesView(m_controller)), m_reminders(new DueReminders(m_controller, this))
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

    // File menu: New case… after the imports.
    m_newCase = new QAction(this);
    m_newCase->setObjectName(u"newCaseAction"_s);
    m_newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QMenu* fileMenu = window->actions()->fileMenu;
    const QList<QAction*> fileEntries = fileMenu->actions();
    fileMenu->insertAction(
        fileEntries.value(fileEntries.indexOf(window->actions()->importFolder) + 1), m_newCase);
    connect(m_newCase, &QAction::triggered, this, [this] { m_view->openNewCaseDialog(); });

    // Notice menu and the inbox's context menu: a case from this notice, or the
    // selected notices into an existing case.
    m_openCase = new QAction(this);
    m_openCase->setObjectName(u"openCaseFromNotice"_s);
    m_addToCase = new QAction(this);
    m_addToCase->setObjectName(u"addToCase"_s);
    window->actions()->noticeMenu->addSeparator();
    window->actions()->noticeMenu->addAction(m_openCase);
    window->actions()->noticeMenu->addAction(m_addToCase);
    InboxView* inbox = window->inboxPane()->view();
    inbox->addAction(m_openCase);
    inbox->addAction(m_addToCase);
    connect(m_openCase, &QAction::triggered, this, [this] {
        m_controller->draftFromNotice(m_window->inboxWorkspace()->currentNoticeId());
    });
    connect(m_controller, &CasesController::draftReady, this,
            [this](const CaseFolder& draft, const QList<qint64>& noticeIds) {
                m_view->openNewCaseDialog(draft, noticeIds);
            });
    connect(m_addToCase, &QAction::triggered, this, &CasesWiring::addSelectionToCase);
    connect(m_controller, &CasesController::noticesLinked, this, [this](qint64 caseId, int count) {
        m_window->statusBar()->showMessage(
            tr("%n notice(s) added to the case \u201c%1\u201d", nullptr, count)
                .arg(caseName(caseId)),
            10000);
    });
    connect(m_controller, &CasesController::noticesUnlinked, this,
            [this](qint64 caseId, int count) {
                m_window->statusBar()->showMessage(
                    tr("%n notice(s) unlinked from the case \u201c%1\u201d", nullptr, count)
                        .arg(caseName(caseId)),
                    10000);
            });
    connect(m_reminders, &DueReminders::reminded, this,
            [this](const QString& title, const QString& text) {
                m_window->notifier()->notify(title, text);
                m_window->statusBar()->showMessage(title + u": "_s + text, 30000);
            });
    connect(m_reminders, &DueReminders::summary, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 15000); });
    connect(m_controller, &CasesController::caseCreated, this,
            [this] { m_window->desk()->showView(m_view); });
    connect(m_controller, &CasesController::errorOccurred, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(message, 10000); });
    connect(m_controller, &CasesController::exported, this, [this](const QString& path, int pages) {
        m_window->statusBar()->showMessage(
            tr("Dossier written: %1 (%n page(s))", nullptr, pages).arg(path), 10000);
    });
    connect(m_view, &CasesView::openNotice, this, [this](qint64 noticeId) {
        m_window->desk()->showView(m_window->inboxWorkspace());
        m_window->inboxPane()->view()->selectId(noticeId); // if the filter shows it
    });

    StoreController* store = window->storeController();
    connect(store, &StoreController::opened, this, [this](StoreSession* session) {
        m_reminders->reset();
        m_controller->setSession(session);
        updateActions();
    });
    connect(store, &StoreController::closing, this, [this] {
        m_reminders->reset();
        m_controller->setSession(nullptr);
        updateActions();
    });
    connect(window->inboxWorkspace(), &InboxWorkspace::currentNoticeChanged, this,
            &CasesWiring::updateActions);
    connect(inbox->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesWiring::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

bool CasesWiring::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CasesWiring::retranslate()
{
    m_newCase->setText(tr("New &case\u2026"));
    m_newCase->setStatusTip(tr("Opens a new case folder for a summons, a request, an order or "
                               "a claim"));
    m_openCase->setText(tr("Open a &case from this notice\u2026"));
    m_openCase->setStatusTip(tr("Opens a new case pre-filled from the notice's analysis, to check "
                                "before it is created with the notice linked"));
    m_addToCase->setText(tr("A&dd to case\u2026"));
    m_addToCase->setStatusTip(tr("Links the selected notices to an existing case"));
}

void CasesWiring::updateActions()
{
    const bool writable = m_controller->session() != nullptr && !m_window->isDemo();
    m_newCase->setEnabled(writable);
    m_openCase->setEnabled(writable && m_window->inboxWorkspace()->currentNoticeId() != 0);
    m_addToCase->setEnabled(writable && !m_window->inboxPane()->view()->selectedIds().isEmpty());
}

void CasesWiring::addSelectionToCase()
{
    const QList<qint64> ids = m_window->inboxPane()->view()->selectedIds();
    if (ids.isEmpty() || !m_controller->session())
        return;
    auto* picker = new CasePickerDialog(m_view->model()->cases(), ids, m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &CasePickerDialog::chosen, m_controller, &CasesController::linkNotices);
    picker->open();
}

QString CasesWiring::caseName(qint64 caseId) const
{
    for (const CaseFolder& c : m_view->model()->cases()) {
        if (c.id == caseId)
            return c.reference.isEmpty() ? c.title : c.title + u" ("_s + c.reference + u")"_s;
    }
    return u"#"_s + QString::number(caseId);
}

} // namespace mixdesk
