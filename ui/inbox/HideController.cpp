#include "inbox/HideController.h"

#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "reanalysis/Banner.h"
#include "store/session/StoreSession.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QPushButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace mixdesk {

HideController::HideController(InboxPane* inbox, QObject* parent) : QObject(parent), m_inbox(inbox)
{
    setObjectName(u"hideController"_s);
    m_hide = new QAction(this);
    m_hide->setObjectName(u"actionHideNotice"_s);
    m_hide->setShortcut(QKeySequence::Delete);
    // Only in the list: Delete in a text field deletes text.
    m_hide->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_restore = new QAction(this);
    m_restore->setObjectName(u"actionRestoreNotice"_s);
    m_undo = new QAction(this);
    m_undo->setObjectName(u"actionUndoHide"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WindowShortcut);

    m_banner = new Banner(u"hiddenBanner"_s);
    QPushButton* undoButton = m_banner->addButton(u"undoHideButton"_s);
    m_bannerTimer.setSingleShot(true);
    m_bannerTimer.setInterval(kBannerMs);
    connect(&m_bannerTimer, &QTimer::timeout, m_banner, &QWidget::hide);
    connect(undoButton, &QPushButton::clicked, this, &HideController::undo);

    InboxView* view = m_inbox->view();
    connect(m_hide, &QAction::triggered, this, [this, view] { hide(view->selectedIds()); });
    connect(m_restore, &QAction::triggered, this, [this, view] { restore(view->selectedIds()); });
    connect(m_undo, &QAction::triggered, this, &HideController::undo);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HideController::updateActions);
    connect(m_inbox->model(), &InboxModel::refreshed, this, [this] {
        updateActions();
        if (m_selectId != 0 && !m_inbox->model()->isLoading()) {
            m_inbox->view()->selectId(m_selectId);
            m_selectId = 0;
        }
    });
    m_inbox->installEventFilter(this);
    updateActions();
    retranslate();
}

bool HideController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_inbox && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HideController::retranslate()
{
    m_hide->setText(tr("&Hide from the inbox"));
    m_hide->setStatusTip(tr("Hide the selected notices (Delete); they stay stored and can be "
                            "restored from the Hidden view"));
    m_restore->setText(tr("&Restore to inbox"));
    m_restore->setStatusTip(tr("Show the selected hidden notices in the inbox again"));
    m_undo->setText(tr("&Undo hiding"));
    m_banner->findChild<QPushButton*>(u"undoHideButton"_s)->setText(tr("&Undo"));
    if (!m_lastHidden.isEmpty())
        m_banner->setText(tr("%n notice(s) hidden. They stay stored: the Hidden view shows them.",
                             nullptr, int(m_lastHidden.size())));
}

void HideController::updateActions()
{
    const bool hiddenView = m_inbox->model()->query().visibility == NoticeQuery::Visibility::Hidden;
    const bool selection = m_inbox->model()->session() && m_inbox->view()->currentId() != 0 &&
                           !m_inbox->view()->selectedIds().isEmpty();
    m_hide->setEnabled(selection && !hiddenView);
    m_restore->setEnabled(selection && hiddenView);
    m_restore->setVisible(hiddenView);
    m_undo->setEnabled(!m_lastHidden.isEmpty());
}

void HideController::hide(const QList<qint64>& ids)
{
    if (ids.isEmpty() || !m_inbox->model()->session())
        return;
    write(ids, true);
}

void HideController::restore(const QList<qint64>& ids)
{
    if (ids.isEmpty() || !m_inbox->model()->session())
        return;
    write(ids, false);
}

void HideController::undo()
{
    if (m_lastHidden.isEmpty())
        return;
    const QList<qint64> ids = std::exchange(m_lastHidden, {});
    m_banner->hide();
    m_bannerTimer.stop();
    updateActions();
    restore(ids);
}

void HideController::write(const QList<qint64>& ids, bool hidden)
{
    InboxModel* model = m_inbox->model();
    // Leaving this view at once: hidden ones leave the inbox's views, restored ones
    // the Hidden view. A restored notice shows up in the others at the refresh.
    const bool inHiddenView = model->query().visibility == NoticeQuery::Visibility::Hidden;
    if (hidden != inHiddenView)
        model->removeIds(ids);
    ++m_pending;
    model->session()->run<bool>(
        this,
        [ids, hidden](StoreContext& c) -> Result<bool> {
            if (Status s = c.roles.journal.setHidden(ids, hidden); !s)
                return s.error();
            return true;
        },
        [this, ids, hidden](Result<bool> done) {
            --m_pending;
            if (!done) {
                m_inbox->refresh(); // the list shows what is stored
                emit failed(
                    hidden ? tr("The notices could not be hidden: %1").arg(done.error().message)
                           : tr("The notices could not be restored: %1").arg(done.error().message));
                return;
            }
            if (hidden) {
                m_lastHidden = ids;
                retranslate();
                m_banner->show();
                m_bannerTimer.start();
                m_inbox->updateCounts();
            } else {
                m_selectId = ids.value(0);
                m_inbox->refresh();
                emit message(tr("%n notice(s) restored to the inbox", nullptr, int(ids.size())));
            }
            updateActions();
            emit written(ids);
        });
}

} // namespace mixdesk
