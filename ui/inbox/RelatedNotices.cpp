#include "inbox/RelatedNotices.h"

#include "inbox/FilterBar.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace mixdesk {

RelatedNotices::RelatedNotices(InboxPane* inbox, QObject* parent)
    : QObject(parent), m_inbox(inbox), m_menu(new QMenu(inbox)), m_sameExit(new QAction(this)),
      m_sameReporter(new QAction(this)), m_sameReference(new QAction(this))
{
    m_menu->setObjectName(u"menuRelatedNotices"_s);
    m_sameExit->setObjectName(u"actionSameExit"_s);
    m_sameReporter->setObjectName(u"actionSameReporter"_s);
    m_sameReference->setObjectName(u"actionSameCaseReference"_s);
    m_menu->addActions({m_sameExit, m_sameReporter, m_sameReference});

    const auto show = [this](FilterBar::RelatedBy by, int column) {
        const QString value = currentValue(column);
        if (!value.isEmpty())
            m_inbox->filterBar()->setRelated(by, value);
    };
    connect(m_sameExit, &QAction::triggered, this,
            [show] { show(FilterBar::RelatedBy::Exit, InboxModel::ExitIp); });
    connect(m_sameReporter, &QAction::triggered, this,
            [show] { show(FilterBar::RelatedBy::Reporter, InboxModel::Reporter); });
    connect(m_sameReference, &QAction::triggered, this,
            [show] { show(FilterBar::RelatedBy::CaseReference, InboxModel::CaseReference); });
    // Enabled for what the current notice has; its row may load after it is current.
    connect(inbox, &InboxPane::currentNoticeChanged, this, &RelatedNotices::updateActions);
    connect(inbox->model(), &QAbstractItemModel::dataChanged, this, &RelatedNotices::updateActions);
    m_menu->installEventFilter(this); // LanguageChange
    retranslate();
    updateActions();
}

QString RelatedNotices::currentValue(int column) const
{
    const QModelIndex current = m_inbox->view()->currentIndex();
    if (!current.isValid())
        return {};
    return m_inbox->model()->index(current.row(), column).data().toString();
}

void RelatedNotices::updateActions()
{
    m_sameExit->setEnabled(!currentValue(InboxModel::ExitIp).isEmpty());
    m_sameReporter->setEnabled(!currentValue(InboxModel::Reporter).isEmpty());
    m_sameReference->setEnabled(!currentValue(InboxModel::CaseReference).isEmpty());
}

bool RelatedNotices::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RelatedNotices::retranslate()
{
    m_menu->setTitle(tr("Re&lated notices"));
    m_sameExit->setText(tr("Same e&xit address"));
    m_sameExit->setToolTip(tr("Lists the notices about this notice's exit address"));
    m_sameReporter->setText(tr("Same &reporter"));
    m_sameReporter->setToolTip(tr("Lists the notices from this notice's reporter"));
    m_sameReference->setText(tr("Same &case reference"));
    m_sameReference->setToolTip(
        tr("Lists the notices with this notice's case reference (the authority's file number)"));
}

} // namespace mixdesk
