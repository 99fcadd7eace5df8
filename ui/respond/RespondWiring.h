#pragma once

#include "respond/RespondController.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace mixdesk {

class ComposeDialog;
class MainWindow;
class OutboxDialog;
class TemplatesDialog;

// The response workflow in the main window, installed with one line: the actions
// "Respond…" (Ctrl+R: the selected notices, several at once for a campaign) and
// "Outbox…" (Ctrl+Shift+U, the unsent ones) in the Notice menu and the inbox's context menu, the
// compose window and the outbox, on the window's store session and profile.
class RespondWiring : public QObject
{
    Q_OBJECT
public:
    static RespondWiring* install(MainWindow* window);
    RespondWiring(MainWindow* window, RespondController::Dependencies deps);

    RespondController* controller() const { return m_controller; }
    QAction* respondAction() const { return m_respond; }
    QAction* outboxAction() const { return m_outbox; }
    QAction* smtpAction() const { return m_smtp; }
    QAction* sourceAction() const { return m_source; }
    QAction* templatesAction() const { return m_templatesAction; }
    TemplatesDialog* templatesDialog() const;
    ComposeDialog* composeDialog() const;
    OutboxDialog* outboxDialog() const;

    void respondToSelection();
    void showOutbox();
    void showSmtpSettings();
    void showSource(); // the current notice's raw source (Ctrl+U)
    void showTemplates();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openCompose(const QList<NoticeForResponse>& notices, const ResponseDraft* draft);
    void updateActions();
    void retranslate();

    MainWindow* m_window;
    RespondController* m_controller;
    QAction* m_respond;
    QAction* m_outbox;
    QAction* m_smtp;
    QAction* m_source;
    QAction* m_templatesAction;
    QPointer<ComposeDialog> m_compose;
    QPointer<OutboxDialog> m_outboxDialog;
    QPointer<TemplatesDialog> m_templatesDialog;
    ResponseDraft m_reopen; // the outbox draft being loaded
    bool m_reopening = false;
};

} // namespace mixdesk
