#pragma once

#include "store/notices/NoticeStatus.h"
#include "store/session/StoreSession.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace mixdesk {

class InboxModel;

// Sets the status of notices for the window: the list shows the new status at once
// (InboxModel::showStatus), the store's worker writes it, and a failure puts the
// list back and says why. A notice another operator changed meanwhile is set
// anyway and reported, so no change is lost silently.
class StatusController : public QObject
{
    Q_OBJECT
public:
    StatusController(InboxModel* model, QObject* parent = nullptr);

    void setSession(StoreSession* session) { m_session = session; }
    // `ids` with the statuses the operator saw for them (same order).
    void setStatus(const QList<qint64>& ids, const QList<NoticeStatus>& seen, NoticeStatus status);
    int pendingWrites() const { return m_pending; }

signals:
    void message(const QString& text);
    void written(const QList<qint64>& ids); // stored (the history of those changed)
    void failed(const QString& text);

private:
    InboxModel* m_model;
    QPointer<StoreSession> m_session;
    int m_pending = 0;
};

} // namespace mixdesk
