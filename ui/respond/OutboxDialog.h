#pragma once

#include "respond/ResponseDraft.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mixdesk {

class RespondController;

// The responses not sent yet (never sent, or sending failed), kept across restarts:
// open one to edit and send it again, or discard it.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(RespondController* controller, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* discardButton() const { return m_discard; }
    const QList<ResponseDraft>& drafts() const { return m_drafts; }

signals:
    void openRequested(const mixdesk::ResponseDraft& draft);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill(const QList<ResponseDraft>& drafts);
    ResponseDraft* current();
    void retranslateUi();

    RespondController* m_controller;
    QList<ResponseDraft> m_drafts;
    QLabel* m_hint = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace mixdesk
