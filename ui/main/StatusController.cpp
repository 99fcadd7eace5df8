#include "main/StatusController.h"

#include "inbox/InboxModel.h"
#include "store/notices/NoticeJournal.h"
#include "store/session/StoreSession.h"

#include <QSet>

namespace mixdesk {

StatusController::StatusController(InboxModel* model, QObject* parent)
    : QObject(parent), m_model(model)
{}

void StatusController::setStatus(const QList<qint64>& ids, const QList<NoticeStatus>& seen,
                                 NoticeStatus status)
{
    if (!m_session || ids.isEmpty())
        return;
    m_model->showStatus(ids, status);
    ++m_pending;
    m_session->run<QList<StatusChange>>(
        this,
        [ids, seen, status](StoreContext& c) {
            return c.roles.journal.setStatus(ids, status, seen);
        },
        [this, ids, status](Result<QList<StatusChange>> changes) {
            --m_pending;
            m_model->clearStatusOverrides(ids);
            if (!changes) {
                m_model->refresh(); // the list shows what is stored
                emit failed(tr("The status could not be changed: %1").arg(changes.error().message));
                return;
            }
            QStringList others;
            for (const StatusChange& change : std::as_const(*changes))
                if (change.conflict)
                    others << tr("notice %1 (was %2, by %3)")
                                  .arg(change.id)
                                  .arg(statusDisplayName(change.before), change.changedBy.isEmpty()
                                                                             ? tr("someone")
                                                                             : change.changedBy);
            QString text = tr("%n notice(s) marked as %1", nullptr, int(ids.size()))
                               .arg(statusDisplayName(status));
            if (!others.isEmpty())
                text += QStringLiteral(" \u2013 ") +
                        tr("changed meanwhile by another operator: %1").arg(others.join(u", "));
            emit written(ids);
            emit message(text);
        });
}

} // namespace mixdesk
