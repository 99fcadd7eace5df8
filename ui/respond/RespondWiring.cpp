#include "respond/RespondWiring.h"

#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "inspector/RawSourceDialog.h"
#include "lookup/RdapClient.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/SyncController.h"
#include "respond/ComposeDialog.h"
#include "respond/OutboxDialog.h"
#include "respond/SmtpSettingsDialog.h"
#include "respond/TemplatesDialog.h"
#include "store/session/StoreSession.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace mixdesk {

RespondWiring* RespondWiring::install(MainWindow* window)
{
    RespondController::Dependencies deps;
    deps.session = [window] { return window->session(); };
    deps.profile = [window] { return window->profile(); };
    deps.secrets = window->syncController()->secretStore();
    // As the exits' checks: IANA's bootstrap files unless the settings name a mirror.
    deps.rdapBootstrapBase = QUrl(QSettings().value(u"rdap/bootstrapBase"_s).toString());
    deps.rdapCachePath = RdapClient::defaultCachePath();
    return new RespondWiring(window, std::move(deps));
}

RespondWiring::RespondWiring(MainWindow* window, RespondController::Dependencies deps)
    : QObject(window), m_window(window), m_controller(new RespondController(std::move(deps), this)),
      m_respond(new QAction(this)), m_outbox(new QAction(this)), m_smtp(new QAction(this)),
      m_source(new QAction(this)), m_templatesAction(new QAction(this))
{
    setObjectName(u"respondWiring"_s);
    m_respond->setObjectName(u"respondAction"_s);
    m_respond->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_outbox->setObjectName(u"outboxAction"_s);
    m_outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QMenu* menu = window->actions()->noticeMenu;
    menu->addSeparator();
    // A campaign (the notices about one account or mail server, answered with one
    // response) starts from Related notices, where WorkSurface puts its two actions.
    menu->addAction(m_respond);
    menu->addAction(m_outbox);
    menu->addAction(m_source);
    // The templates belong to responding (Notice menu) and to the setup (Settings).
    m_templatesAction->setObjectName(u"templatesAction"_s);
    menu->addAction(m_templatesAction);
    connect(m_templatesAction, &QAction::triggered, this, &RespondWiring::showTemplates);
    m_source->setObjectName(u"sourceAction"_s);
    m_source->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_source, &QAction::triggered, this, &RespondWiring::showSource);
    m_smtp->setObjectName(u"smtpSettingsAction"_s);
    window->actions()->settingsMenu->addAction(m_smtp);
    window->actions()->settingsMenu->addAction(m_templatesAction);
    connect(m_smtp, &QAction::triggered, this, &RespondWiring::showSmtpSettings);
    InboxView* view = window->inboxPane()->view();
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    view->addAction(separator);
    view->addAction(m_respond);
    view->addAction(m_source);

    connect(m_respond, &QAction::triggered, this, &RespondWiring::respondToSelection);
    connect(m_outbox, &QAction::triggered, this, &RespondWiring::showOutbox);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RespondWiring::updateActions);
    connect(window, &MainWindow::storeOpened, this, &RespondWiring::updateActions);
    connect(window->inboxWorkspace(), &InboxWorkspace::currentNoticeChanged, this,
            &RespondWiring::updateActions);

    connect(m_controller, &RespondController::noticesLoaded, this,
            [this](const QList<NoticeForResponse>& notices) {
                if (m_reopening) {
                    m_reopening = false;
                    openCompose(notices, &m_reopen);
                } else {
                    openCompose(notices, nullptr);
                }
            });
    connect(m_controller, &RespondController::errorOccurred, this, [this](const QString& message) {
        m_reopening = false;
        if (m_compose)
            m_compose->showError(message);
        m_window->statusBar()->showMessage(message, 10000);
    });
    connect(m_controller, &RespondController::sent, this, [this](const ResponseDraft& d) {
        m_window->statusBar()->showMessage(
            tr("Response sent to %1 (%2)").arg((d.to + d.cc).join(u", "_s), d.messageId), 10000);
        if (m_compose) {
            m_compose->setSending(false);
            m_compose->accept();
        }
        m_window->inboxPane()->refresh();
    });
    connect(m_controller, &RespondController::sentCopyFailed, this,
            [this](const ResponseDraft& d, const QString& message) {
                m_window->statusBar()->showMessage(
                    tr("Response sent (%1), but no copy was kept in the Sent folder: %2")
                        .arg(d.messageId, message),
                    20000);
            });
    connect(m_controller, &RespondController::sendFailed, this,
            [this](const ResponseDraft& d, const QString& message) {
                const QString text =
                    tr("Not sent; the draft is kept in the outbox. %1").arg(message);
                if (m_compose) {
                    m_compose->setSending(false);
                    ResponseDraft kept = m_compose->draft();
                    kept.id = d.id;
                    m_compose->setDraft(kept);
                    m_compose->showError(text);
                }
                m_window->statusBar()->showMessage(text, 10000);
            });
    connect(m_controller, &RespondController::draftSaved, this, [this](const ResponseDraft& d) {
        m_window->statusBar()->showMessage(tr("Response kept in the outbox"), 8000);
        if (m_compose && m_compose->draft().id == 0) {
            m_compose->setDraft(d);
        }
        if (m_compose)
            m_compose->accept();
    });
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

ComposeDialog* RespondWiring::composeDialog() const
{
    return m_compose.data();
}

OutboxDialog* RespondWiring::outboxDialog() const
{
    return m_outboxDialog.data();
}

void RespondWiring::updateActions()
{
    const bool hasStore = m_window->session() != nullptr;
    m_respond->setEnabled(hasStore && !m_window->inboxPane()->view()->selectedIds().isEmpty());
    m_outbox->setEnabled(hasStore);
    m_source->setEnabled(hasStore && m_window->inboxWorkspace()->currentNoticeId() > 0);
}

void RespondWiring::respondToSelection()
{
    const QList<qint64> ids = m_window->inboxPane()->view()->selectedIds();
    if (ids.isEmpty() || !m_window->session())
        return;
    m_reopening = false;
    m_controller->loadNotices(ids);
}

void RespondWiring::showOutbox()
{
    if (!m_window->session())
        return;
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(m_controller, m_window);
        m_outboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_outboxDialog, &OutboxDialog::openRequested, this,
                [this](const ResponseDraft& draft) {
                    m_reopen = draft;
                    m_reopening = true;
                    m_controller->loadNotices(draft.noticeIds);
                });
    }
    m_outboxDialog->show();
    m_outboxDialog->raise();
}

void RespondWiring::showSource()
{
    StoreSession* session = m_window->session();
    const qint64 id = m_window->inboxWorkspace()->currentNoticeId();
    if (!session || id <= 0)
        return;
    const QStringList exits = m_window->profile().allExitAddresses();
    session->run<QByteArray>(
        this, [id](StoreContext& c) { return c.roles.inbox.rawNotice(id); },
        [this, exits](Result<QByteArray> raw) {
            if (!raw) {
                m_window->statusBar()->showMessage(raw.error().message, 10000);
                return;
            }
            auto* dialog = new RawSourceDialog(*raw, exits, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
}

TemplatesDialog* RespondWiring::templatesDialog() const
{
    return m_templatesDialog.data();
}

void RespondWiring::showTemplates()
{
    if (!m_templatesDialog) {
        m_templatesDialog = new TemplatesDialog(m_controller->templatesPath(), m_window);
        m_templatesDialog->setAttribute(Qt::WA_DeleteOnClose);
        // An open compose window offers the changed templates at once.
        connect(m_templatesDialog, &TemplatesDialog::templatesChanged, this, [this] {
            if (m_compose)
                m_compose->setTemplates(m_controller->templates());
        });
        // The template chosen in the compose window comes up first.
        if (m_compose)
            m_templatesDialog->selectTemplate(m_compose->templateCombo()->currentData().toString(),
                                              m_compose->languageCombo()->currentData().toString());
    }
    m_templatesDialog->show();
    m_templatesDialog->raise();
    m_templatesDialog->activateWindow();
}

void RespondWiring::showSmtpSettings()
{
    auto* dialog = new SmtpSettingsDialog(m_controller->smtpPath(), m_controller->secrets(),
                                          m_window, m_controller->accountsPath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RespondWiring::openCompose(const QList<NoticeForResponse>& notices, const ResponseDraft* draft)
{
    if (m_compose)
        m_compose->close();
    auto* dialog =
        new ComposeDialog(notices, m_controller->composer(), m_controller->templates(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (draft)
        dialog->setDraft(*draft);
    dialog->lookUpAbuseContact(m_controller->abuseLookup());
    connect(dialog, &ComposeDialog::sendRequested, this, [this](const ResponseDraft& d) {
        if (m_compose)
            m_compose->setSending(true);
        m_controller->send(d);
    });
    connect(dialog, &ComposeDialog::saveRequested, m_controller, &RespondController::saveDraft);
    m_compose = dialog;
    dialog->show();
}

bool RespondWiring::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RespondWiring::retranslate()
{
    m_respond->setText(tr("&Respond\u2026"));
    m_respond->setToolTip(tr("Forward the selected notices to the provider, or reply to the ISP"));
    m_outbox->setText(tr("Out&box\u2026"));
    m_smtp->setText(tr("SMTP account for &responses\u2026"));
    m_source->setText(tr("Notice &source\u2026"));
    m_templatesAction->setText(tr("Response &templates\u2026"));
}

} // namespace mixdesk
