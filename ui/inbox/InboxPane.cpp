#include "inbox/InboxPane.h"

#include "inbox/FilterBar.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxView.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

InboxPane::InboxPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inboxPane"));
    m_filterBar = new FilterBar;
    m_model = new InboxModel(this);
    m_view = new InboxView;
    m_view->setModel(m_model);
    // Widths from the font (bold: new notices), so dates and IPs are never cut off.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int pad = 18;
    QHeaderView* header = m_view->header();
    header->resizeSection(InboxModel::Received, fm.horizontalAdvance(u"2026-12-31 23:59"_s) + pad);
    header->resizeSection(InboxModel::Reporter,
                          fm.horizontalAdvance(u"Abuse Team Example"_s) + pad);
    header->resizeSection(InboxModel::CategoryColumn,
                          fm.horizontalAdvance(u"Blocklisten-Eintrag"_s) + pad);
    header->resizeSection(InboxModel::ExitIp, fm.horizontalAdvance(u"2001:db8:ffff::77"_s) + pad);
    header->resizeSection(InboxModel::StatusColumn, fm.horizontalAdvance(u"In progress"_s) + pad);
    header->resizeSection(InboxModel::Subject, fm.horizontalAdvance(u"x"_s) * 40);
    header->resizeSection(InboxModel::IncidentTime,
                          fm.horizontalAdvance(u"2026-12-31 23:59"_s) + pad);
    header->resizeSection(InboxModel::Language, fm.horizontalAdvance(u"Lang."_s) + pad);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const NoticeQuery& filter) {
        const qint64 current = m_view->currentId();
        m_model->setFilter(filter);
        m_view->selectId(current);
        emitCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxPane::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPane::emitCurrent);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &InboxPane::refresh);
    m_startupTimer.setSingleShot(true);
    m_startupTimer.setInterval(200);
    connect(&m_startupTimer, &QTimer::timeout, this, &InboxPane::finishStartup);
    m_view->viewport()->installEventFilter(this);
}

void InboxPane::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void InboxPane::setStore(InboxQueries* store)
{
    m_model->setStore(store);
    if (!store) {
        m_startupPending = false;
        m_startupTimer.stop();
        updateCounts();
        emitCurrent();
        return;
    }
    // With 100 000 notices the operator should see rows at once: the status
    // counts (a scan of every notice) and the first notice's analysis wait
    // until the list has painted (or, when nothing paints, a moment).
    m_startupPending = true;
    m_startupTimer.start();
}

bool InboxPane::eventFilter(QObject* watched, QEvent* event)
{
    // Queued, so the paint in progress reaches the screen first.
    if (m_startupPending && event->type() == QEvent::Paint && watched == m_view->viewport())
        QMetaObject::invokeMethod(this, &InboxPane::finishStartup, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void InboxPane::finishStartup()
{
    if (!m_startupPending)
        return;
    m_startupPending = false;
    m_startupTimer.stop();
    updateCounts();
    if (m_view->currentId() == 0)
        m_view->selectRow(0);
    emitCurrent();
}

void InboxPane::refresh()
{
    m_refreshTimer.stop();
    const qint64 current = m_view->currentId();
    m_model->refresh();
    if (current != 0 && m_view->currentId() != current)
        m_view->selectId(current);
    updateCounts();
    emitCurrent();
}

void InboxPane::updateCounts()
{
    InboxQueries* store = m_model->store();
    if (!store) {
        emit countsChanged(0, 0);
        return;
    }
    const auto counts = store->countByStatus();
    int total = 0;
    if (counts) {
        for (int n : *counts)
            total += n;
    }
    const QHash<NoticeStatus, int> byStatus = counts ? *counts : QHash<NoticeStatus, int>();
    m_filterBar->setStatusCounts(byStatus, total);
    emit countsChanged(total, byStatus.value(NoticeStatus::New));
}

void InboxPane::emitCurrent()
{
    const qint64 id = m_view->currentId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentNoticeChanged(id);
}

} // namespace mixdesk
