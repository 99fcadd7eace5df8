#include "inbox/InboxPane.h"

#include "inbox/FilterBar.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxView.h"
#include "store/session/StoreSession.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

InboxPane::InboxPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inboxPane"));
    m_filterBar = new FilterBar;
    m_model = new InboxModel(this);
    m_model->setFilter(m_filterBar->filter()); // the default view: all open notices
    m_view = new InboxView;
    m_view->setModel(m_model);
    setDefaultColumns();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const NoticeQuery& filter) {
        m_keepId = m_view->currentId();
        m_model->setFilter(filter);
    });
    connect(m_model, &InboxModel::refreshed, this, &InboxPane::listRefreshed);
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
    m_filterBar->searchField()->installEventFilter(this);
}

void InboxPane::setDefaultColumns()
{
    // Widths from the font (bold: new notices), so dates and IPs are never cut off.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int pad = 18;
    const auto fit = [&](int column, QStringView sample) {
        m_view->header()->resizeSection(column, fm.horizontalAdvance(sample.toString()) + pad);
    };
    fit(InboxModel::Received, u"2026-12-31 23:59");
    fit(InboxModel::IncidentTime, u"2026-12-31 23:59");
    fit(InboxModel::Due, u"! 2026-12-31");
    fit(InboxModel::Reporter, u"Abuse Team Examp");
    fit(InboxModel::CategoryColumn, u"Blocklisten-Eintrag");
    fit(InboxModel::ExitName, u"exit-frankfurt-1");
    fit(InboxModel::ExitIp, u"2001:db8:ffff::77");
    fit(InboxModel::StatusColumn, u"In progress");
    fit(InboxModel::Language, u"Lang.");
    fit(InboxModel::Account, u"someone@webmail.example");
    fit(InboxModel::MailServer, u"mail.provider.example");
    fit(InboxModel::CaseReference, u"123 Js 4567/26");
    // The subject's least width: stretched as the last column, it never gets narrower
    // than its own size, and preferredWidth() leaves room for it.
    m_view->header()->resizeSection(InboxModel::Subject, kSubjectRoom * fm.horizontalAdvance(u'x'));

    // What a day's triage reads, left to right: when, the deadline, who, what, which
    // exit, how far; the subject last, taking the width that is left (no sideways
    // scrolling on a wide screen). The rest is one click away in the column chooser.
    const QList<int> order{
        InboxModel::Received,     InboxModel::IncidentTime,   InboxModel::Due,
        InboxModel::Reporter,     InboxModel::CategoryColumn, InboxModel::ExitName,
        InboxModel::StatusColumn, InboxModel::Subject};
    QHeaderView* header = m_view->header();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    for (int column = 0; column < InboxModel::ColumnCount; ++column)
        header->setSectionHidden(column, !shownByDefault(column));
    header->setStretchLastSection(true);
}

bool InboxPane::shownByDefault(int column)
{
    switch (column) {
    case InboxModel::ExitIp: // the Exit column names it; its tooltip has the address
    case InboxModel::Language:
    case InboxModel::Account:
    case InboxModel::MailServer:
    case InboxModel::CaseReference:
        return false;
    default:
        return true;
    }
}

int InboxPane::widthWithSubject(int letters) const
{
    // Every shown column but the last (the subject) at its width, and room for a
    // readable subject beside them.
    const QHeaderView* header = m_view->header();
    int width = 0;
    int last = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column)) {
            last = header->sectionSize(column);
            width += last;
        }
    }
    width -= last;
    QFont bold = m_view->font();
    bold.setBold(true);
    const int subject = (letters + 2) * QFontMetrics(bold).horizontalAdvance(u'x');
    const int frame = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    return width + subject + frame;
}

void InboxPane::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void InboxPane::setSession(StoreSession* session)
{
    m_session = session;
    m_keepId = 0;
    m_model->setSession(session);
    if (!session) {
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
    // As in a mail client: Esc clears the search (and a second Esc goes back to the
    // list), Down moves from the search into the list.
    if (watched == m_filterBar->searchField() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        QLineEdit* search = m_filterBar->searchField();
        if (key == Qt::Key_Escape) {
            if (!search->text().isEmpty()) {
                search->clear();
                m_filterBar->applySearchNow();
            } else {
                m_view->setFocus(Qt::ShortcutFocusReason);
            }
            return true;
        }
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            m_filterBar->applySearchNow();
            m_view->setFocus(Qt::ShortcutFocusReason);
            // The first hit becomes current, now or when the search's rows come.
            m_selectFirst = true;
            if (m_view->currentId() == 0 && m_model->rowCount() > 0 && !m_model->isLoading()) {
                m_view->selectRow(0);
                m_selectFirst = false;
            }
            return true;
        }
    }
    // Queued, so the paint in progress reaches the screen first.
    if (m_startupPending && event->type() == QEvent::Paint && watched == m_view->viewport())
        QMetaObject::invokeMethod(this, &InboxPane::finishStartup, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void InboxPane::finishStartup()
{
    // The first rows are not in yet: the next paint (or the timer) tries again.
    if (!m_startupPending || (m_model->rowCount() == 0 && m_model->isLoading()))
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
    m_keepId = m_view->currentId();
    m_model->refresh();
    updateCounts();
}

void InboxPane::showCampaign(const QString& account, const QString& mailServer)
{
    m_selectAll = true;
    m_filterBar->setCampaign(account, mailServer);
}

void InboxPane::listRefreshed()
{
    // A reset (new filter, another desk's changes) loses the selection: the notice
    // that was current stays current when it is still listed.
    if (m_keepId != 0 && m_view->currentId() != m_keepId && m_model->rowOf(m_keepId) >= 0)
        m_view->selectId(m_keepId);
    if (!m_model->isLoading())
        m_keepId = 0;
    if (m_selectFirst && m_view->currentId() == 0 && m_model->rowCount() > 0) {
        m_view->selectRow(0);
        m_selectFirst = false;
    }
    if (m_selectAll && !m_model->isLoading()) {
        m_selectAll = false;
        if (m_view->currentId() == 0 && m_model->rowCount() > 0)
            m_view->selectRow(0);
        m_view->selectAll(); // the current notice stays current
        m_view->setFocus(Qt::OtherFocusReason);
    }
    if (m_startupPending)
        m_startupTimer.start();
    emitCurrent();
}

void InboxPane::updateCounts()
{
    const quint64 generation = ++m_countGeneration;
    if (!m_session) {
        emit countsChanged(0, 0);
        return;
    }
    struct Counts
    {
        QHash<NoticeStatus, int> byStatus;
        int due = 0;
        int hidden = 0;
    };
    const NoticeQuery dueQueue = m_filterBar->dueQueue();
    m_session->run<Counts>(
        this,
        [dueQueue](StoreContext& c) -> Result<Counts> {
            Counts counts;
            auto byStatus = c.roles.inbox.countByStatus();
            if (!byStatus)
                return byStatus.error();
            auto due = c.roles.inbox.count(dueQueue);
            if (!due)
                return due.error();
            auto hidden = c.roles.inbox.countHidden();
            if (!hidden)
                return hidden.error();
            return Counts{std::move(*byStatus), *due, *hidden};
        },
        [this, generation](Result<Counts> counts) {
            if (generation != m_countGeneration || !counts)
                return;
            int total = 0;
            for (int n : std::as_const(counts->byStatus))
                total += n;
            m_filterBar->setStatusCounts(counts->byStatus, total);
            m_filterBar->setQueueCounts(counts->due, counts->hidden);
            emit countsChanged(total, counts->byStatus.value(NoticeStatus::New));
        });
}

void InboxPane::addBanner(QWidget* banner)
{
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, banner);
}

void InboxPane::selectNextNew()
{
    if (!m_session)
        return;
    NoticeQuery query = m_model->query();
    if (query.status && *query.status != NoticeStatus::New) {
        emit noNewNotice();
        return;
    }
    query.status = NoticeStatus::New;
    query.limit = 0;
    const qint64 from = m_view->currentId();
    m_session->run<QList<qint64>>(
        this, [query](StoreContext& c) { return c.roles.inbox.queryIds(query); },
        [this, from](Result<QList<qint64>> ids) {
            if (!ids)
                return;
            const int currentRow = m_model->rowOf(from);
            int next = -1;
            int first = -1;
            for (qint64 id : std::as_const(*ids)) {
                if (id == from)
                    continue;
                const int row = m_model->rowOf(id);
                if (row < 0)
                    continue;
                // A status just changed in the list may not be written yet.
                const QVariant shown = m_model->index(row, 0).data(InboxModel::StatusRole);
                if (shown.isValid() && shown.toString() != statusId(NoticeStatus::New))
                    continue;
                if (row > currentRow && (next < 0 || row < next))
                    next = row;
                if (first < 0 || row < first)
                    first = row;
            }
            const int target = next >= 0 ? next : first;
            if (target < 0) {
                emit noNewNotice();
                return;
            }
            m_view->selectRow(target);
            m_view->setFocus(Qt::ShortcutFocusReason);
        });
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
