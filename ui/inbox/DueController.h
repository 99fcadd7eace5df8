#pragma once

#include "inbox/DueDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace mixdesk {

class InboxPane;

// The operator's deadline and urgency for the selected notices (a context-menu and
// Notice-menu action): a dialog asks, the store's worker writes and journals it, and
// the list's rows are read again. What the operator sets, reanalysis keeps.
class DueController : public QObject
{
    Q_OBJECT
public:
    explicit DueController(InboxPane* inbox, QObject* parent = nullptr);

    QAction* editAction() const { return m_edit; }
    // The dialog while it is open (tests).
    DueDialog* dialog() const { return m_dialog; }
    int pendingWrites() const { return m_pending; }

    // Opens the dialog for the selected notices (open(): no nested event loop).
    void editSelected();
    void setDue(const QList<qint64>& ids, const QDate& due, bool urgent);

signals:
    void message(const QString& text);
    void failed(const QString& text);
    void written(const QList<qint64>& ids);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    InboxPane* m_inbox;
    QAction* m_edit = nullptr;
    QPointer<DueDialog> m_dialog;
    int m_pending = 0;
};

} // namespace mixdesk
