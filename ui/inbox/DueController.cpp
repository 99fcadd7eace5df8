#include "inbox/DueController.h"

#include "inbox/DueDialog.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "store/session/StoreSession.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mixdesk {

DueController::DueController(InboxPane* inbox, QObject* parent) : QObject(parent), m_inbox(inbox)
{
    setObjectName(u"dueController"_s);
    m_edit = new QAction(this);
    m_edit->setObjectName(u"actionEditDue"_s);
    m_edit->setEnabled(false);
    connect(m_edit, &QAction::triggered, this, &DueController::editSelected);
    connect(m_inbox->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                m_edit->setEnabled(m_inbox->model()->session() &&
                                   !m_inbox->view()->selectedIds().isEmpty());
            });
    m_inbox->installEventFilter(this);
    retranslate();
}

bool DueController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_inbox && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DueController::retranslate()
{
    m_edit->setText(tr("D&ue date and urgency\u2026"));
    m_edit->setStatusTip(tr("Set or clear the deadline and the urgent mark of the selected "
                            "notices"));
}

void DueController::editSelected()
{
    const QList<qint64> ids = m_inbox->view()->selectedIds();
    if (ids.isEmpty() || !m_inbox->model()->session())
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DueDialog(m_inbox->window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The current notice's values to start from (the first selected one otherwise).
    const qint64 shown =
        ids.contains(m_inbox->view()->currentId()) ? m_inbox->view()->currentId() : ids.first();
    const QModelIndex row = m_inbox->model()->index(m_inbox->model()->rowOf(shown), 0);
    m_dialog->setValues(int(ids.size()), row.data(InboxModel::DueRole).toDate(),
                        row.data(InboxModel::UrgentRole).toBool());
    DueDialog* dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ids] { setDue(ids, dialog->due(), dialog->urgent()); });
    dialog->open();
}

void DueController::setDue(const QList<qint64>& ids, const QDate& due, bool urgent)
{
    StoreSession* session = m_inbox->model()->session();
    if (ids.isEmpty() || !session)
        return;
    ++m_pending;
    session->run<bool>(
        this,
        [ids, due, urgent](StoreContext& c) -> Result<bool> {
            if (Status s = c.roles.journal.setDue(ids, due, urgent); !s)
                return s.error();
            return true;
        },
        [this, ids, due](Result<bool> done) {
            --m_pending;
            if (!done) {
                emit failed(tr("The due date could not be set: %1").arg(done.error().message));
                return;
            }
            m_inbox->model()->invalidate(ids);
            m_inbox->updateCounts();
            emit message(due.isValid()
                             ? tr("%n notice(s) due on %1", nullptr, int(ids.size()))
                                   .arg(QLocale().toString(due, QLocale::ShortFormat))
                             : tr("Due date of %n notice(s) cleared", nullptr, int(ids.size())));
            emit written(ids);
        });
}

} // namespace mixdesk
