#include "inbox/InboxModel.h"

#include "analysis/Category.h"
#include "store/session/StoreSession.h"
#include "util/Logging.h"
#include "widgets/PlainText.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

#include <utility>

using namespace Qt::StringLiterals;

namespace mixdesk {

InboxModel::InboxModel(QObject* parent) : QAbstractTableModel(parent) {}

void InboxModel::setSession(StoreSession* session)
{
    m_session = session;
    ++m_generation; // answers for the old session are dropped
    m_statusOverrides.clear();
    beginResetModel();
    m_ids.clear();
    dropRowIndex();
    clearCache();
    endResetModel();
    refresh();
}

void InboxModel::setFilter(const NoticeQuery& filter)
{
    const QString sortColumn = m_query.sortColumn;
    const bool descending = m_query.descending;
    m_query = filter;
    m_query.sortColumn = sortColumn;
    m_query.descending = descending;
    refresh();
}

QString InboxModel::sortKey(int column)
{
    switch (column) {
    case Received:
        return u"received"_s;
    case Reporter:
        return u"reporter"_s;
    case CategoryColumn:
        return u"category"_s;
    case ExitIp:
        return u"exit_ip"_s;
    case StatusColumn:
        return u"status"_s;
    case Subject:
        return u"subject"_s;
    case IncidentTime:
        return u"incident"_s;
    case Language:
        return u"language"_s;
    case Due:
        return u"due"_s;
    case ExitName: // grouped by address: the store does not know the names
        return u"exit_ip"_s;
    case Account:
        return u"account"_s;
    case MailServer:
        return u"mail_server"_s;
    case CaseReference:
        return u"case_ref"_s;
    default:
        return u"received"_s;
    }
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = sortKey(column);
    m_query.descending = order == Qt::DescendingOrder;
    requestIds(true);
}

void InboxModel::refresh()
{
    requestIds(false);
}

void InboxModel::requestIds(bool sorting)
{
    const quint64 generation = ++m_generation;
    if (!m_session) {
        m_loading = false;
        return;
    }
    m_loading = true;
    const NoticeQuery query = m_query;
    // An empty list (a fresh start, a new filter on a big desk) gets one screen of
    // rows first; the whole list follows.
    if (m_ids.isEmpty() && (query.limit == 0 || query.limit > kFirstRows)) {
        NoticeQuery first = query;
        first.limit = kFirstRows;
        m_session->run<QList<qint64>>(
            this, [first](StoreContext& c) { return c.roles.inbox.queryIds(first); },
            [this, generation, sorting](Result<QList<qint64>> ids) {
                idsArrived(generation, false, sorting, std::move(ids));
            });
    }
    m_session->run<QList<qint64>>(
        this, [query](StoreContext& c) { return c.roles.inbox.queryIds(query); },
        [this, generation, sorting](Result<QList<qint64>> ids) {
            idsArrived(generation, true, sorting, std::move(ids));
        });
}

void InboxModel::idsArrived(quint64 generation, bool complete, bool sorting,
                            Result<QList<qint64>> ids)
{
    if (generation != m_generation || m_completeAnswer == generation)
        return; // outdated, or the quick answer after the complete one
    if (complete) {
        m_completeAnswer = generation;
        m_loading = false;
    }
    if (!ids) {
        emit errorOccurred(ids.error().message);
        return;
    }
    if (sorting && !m_ids.isEmpty())
        applySortedIds(std::move(*ids));
    else
        applyIds(std::move(*ids));
}

void InboxModel::applySortedIds(QList<qint64> ids)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the selection) follow their notices to the new rows.
    const QModelIndexList persistent = persistentIndexList();
    const QList<qint64> oldIds = std::exchange(m_ids, std::move(ids));
    dropRowIndex();
    QList<QModelIndex> to;
    to.reserve(persistent.size());
    for (const QModelIndex& from : persistent) {
        const int row = rowOf(oldIds.value(from.row()));
        to << (row < 0 ? QModelIndex() : index(row, from.column()));
    }
    // Cached rows stay (kept by id); pages in flight were asked for by old row numbers.
    m_requested.clear();
    ++m_pageGeneration;
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit refreshed();
}

void InboxModel::applyIds(QList<qint64> ids)
{
    // New notices usually arrive as one block (at the top when sorted by time; at the
    // end after the quick first answer): announce them with one insert and keep
    // selection and scroll position.
    const qsizetype oldSize = m_ids.size();
    const qsizetype added = ids.size() - oldSize;
    if (added > 0) {
        qsizetype prefix = 0;
        while (prefix < oldSize && ids.at(prefix) == m_ids.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < oldSize - prefix &&
               ids.at(ids.size() - 1 - suffix) == m_ids.at(oldSize - 1 - suffix))
            ++suffix;
        if (prefix + suffix == oldSize) {
            beginInsertRows({}, int(prefix), int(prefix + added - 1));
            m_ids = std::move(ids);
            dropRowIndex();
            // Cached rows stay (they are kept by id); pages in flight were asked
            // for by row numbers that moved.
            m_requested.clear();
            ++m_pageGeneration;
            endInsertRows();
            emit refreshed();
            return;
        }
    }
    if (added == 0 && ids == m_ids) {
        // Same rows: contents (status, analysis) may still have changed.
        clearCache();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit refreshed();
        return;
    }
    resetWith(std::move(ids));
}

void InboxModel::resetWith(QList<qint64> ids)
{
    beginResetModel();
    m_ids = std::move(ids);
    dropRowIndex();
    clearCache();
    endResetModel();
    emit refreshed();
}

void InboxModel::invalidate(const QList<qint64>& ids)
{
    ++m_pageGeneration; // pages in flight may hold the old contents
    m_requested.clear();
    int first = -1;
    int last = -1;
    for (qint64 id : ids) {
        m_rows.remove(id);
        const int row = rowOf(id);
        if (row < 0)
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    // One coalesced dataChanged over the affected span.
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void InboxModel::showStatus(const QList<qint64>& ids, NoticeStatus status)
{
    int first = -1;
    int last = -1;
    for (qint64 id : ids) {
        m_statusOverrides.insert(id, status);
        const int row = rowOf(id);
        if (row < 0)
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void InboxModel::clearStatusOverrides(const QList<qint64>& ids)
{
    for (qint64 id : ids)
        m_statusOverrides.remove(id);
    invalidate(ids);
}

void InboxModel::removeIds(const QList<qint64>& ids)
{
    QList<int> rows;
    for (qint64 id : ids)
        if (const int row = rowOf(id); row >= 0)
            rows << row;
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // From the bottom up, one removal per run of adjacent rows.
    for (qsizetype end = rows.size(); end > 0;) {
        qsizetype start = end - 1;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end - 1);
        beginRemoveRows({}, first, last);
        m_ids.remove(first, last - first + 1);
        dropRowIndex();
        endRemoveRows();
        end = start;
    }
    // Pages in flight were asked for by row numbers that moved.
    m_requested.clear();
    ++m_pageGeneration;
}

void InboxModel::clearCache()
{
    ++m_pageGeneration;
    m_rows.clear();
    m_batches.clear();
    m_requested.clear();
}

qint64 InboxModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void InboxModel::dropRowIndex()
{
    m_rowOfId.clear();
    m_rowIndexBuilt = false;
}

int InboxModel::rowOf(qint64 id) const
{
    if (id == 0)
        return -1;
    // Built on first use, not on every (re)query: opening the inbox and
    // scrolling never need it, only selecting or invalidating a given notice.
    if (!m_rowIndexBuilt) {
        m_rowOfId.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOfId.insert(m_ids.at(i), i);
        m_rowIndexBuilt = true;
    }
    return m_rowOfId.value(id, -1);
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const NoticeSummary* InboxModel::summaryAt(int row) const
{
    const auto it = m_rows.constFind(m_ids.at(row));
    if (it == m_rows.cend()) {
        requestPage(row / kPageSize);
        return nullptr;
    }
    return &*it;
}

void InboxModel::requestPage(int pageNo) const
{
    if (!m_session || m_requested.contains(pageNo))
        return;
    m_requested.insert(pageNo);
    ++m_pageLoads;
    const QList<qint64> ids = m_ids.mid(pageNo * kPageSize, kPageSize);
    const quint64 generation = m_pageGeneration;
    auto* self = const_cast<InboxModel*>(this); // the answer changes the cache, not the rows
    m_session->run<QList<NoticeSummary>>(
        self, [ids](StoreContext& c) { return c.roles.inbox.summaries(ids); },
        [self, generation, pageNo, ids](Result<QList<NoticeSummary>> rows) {
            self->pageArrived(generation, pageNo, ids, std::move(rows));
        });
}

void InboxModel::pageArrived(quint64 generation, int pageNo, const QList<qint64>& ids,
                             Result<QList<NoticeSummary>> result)
{
    if (generation != m_pageGeneration)
        return; // the list changed meanwhile: the page is asked for again when shown
    m_requested.remove(pageNo);
    if (!result) {
        qCWarning(lcUi) << "cannot load inbox rows:" << result.error().message;
        return;
    }
    // The cache keeps a bounded number of fetches; the oldest goes first.
    while (m_batches.size() >= kMaxPages)
        for (qint64 id : m_batches.takeFirst())
            m_rows.remove(id);
    for (NoticeSummary& summary : *result)
        m_rows.insert(summary.id, std::move(summary));
    // A notice gone meanwhile (another desk...) shows as an empty row until the next
    // refresh, instead of being asked for at every paint.
    for (qint64 id : ids)
        if (!m_rows.contains(id))
            m_rows.insert(id, NoticeSummary{id,
                                            {},
                                            {},
                                            {},
                                            {},
                                            {},
                                            NoticeStatus::New,
                                            {},
                                            {},
                                            false,
                                            {},
                                            false,
                                            false,
                                            false,
                                            {},
                                            {},
                                            {}});
    m_batches.append(ids);
    const int first = pageNo * kPageSize;
    const int last = std::min(first + kPageSize, rowCount()) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::FontRole &&
        role != StatusRole && role != DueRole && role != UrgentRole && role != Qt::ForegroundRole)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Due) {
        const NoticeSummary* s = summaryAt(index.row());
        return s ? dueToolTip(*s) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        // Subjects and reporters come from the mail: never read as markup.
        const QString text = data(index, Qt::DisplayRole).toString();
        if (index.column() == ExitName) {
            const NoticeSummary* s = summaryAt(index.row());
            if (s && text != s->exitIp)
                return PlainText::toolTip(
                    tr("%1 (%2)", "exit name (address)").arg(text, s->exitIp));
        }
        if (index.column() == Subject) {
            const NoticeSummary* s = summaryAt(index.row());
            if (s && s->parseFailed)
                return PlainText::toolTip(
                    tr("The notice could not be parsed completely: %1").arg(s->subject));
        }
        return PlainText::toolTip(text);
    }
    const NoticeSummary* s = summaryAt(index.row());
    if (!s)
        return {};
    const NoticeStatus status = m_statusOverrides.value(s->id, s->status);
    if (role == StatusRole)
        return statusId(status);
    if (role == DueRole)
        return s->due;
    if (role == UrgentRole)
        return s->urgent;
    if (role == Qt::ForegroundRole) {
        // Overdue and still open: the due cell in red.
        if (index.column() != Due || !isOverdue(*s, status))
            return {};
        return QColor(0xb0, 0x1c, 0x1c);
    }
    if (role == Qt::FontRole) {
        if (status != NoticeStatus::New)
            return {};
        QFont font; // new notices in bold, as unread mail is
        font.setBold(true);
        return font;
    }
    switch (index.column()) {
    case Received:
        return s->receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    case Reporter:
        return s->reporter;
    case CategoryColumn: {
        const auto category = categoryFromId(s->category);
        return category ? categoryDisplayName(*category) : s->category;
    }
    case ExitIp:
        return s->exitIp;
    case StatusColumn:
        return statusDisplayName(status);
    case Subject:
        if (s->parseFailed)
            return QString(u"\u26A0 "_s + s->subject);
        return s->subject;
    case IncidentTime:
        return s->incidentTimeUtc.isValid()
                   ? s->incidentTimeUtc.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)
                   : QString();
    case Language:
        return s->language.toUpper();
    case Due:
        return dueText(*s);
    case ExitName:
        return exitName(s->exitIp);
    case Account:
        return s->account;
    case MailServer:
        return s->mailServer;
    case CaseReference:
        return s->caseReference;
    default:
        return {};
    }
}

void InboxModel::setExits(const OperatorProfile& profile)
{
    m_exits.emplace(profile);
    m_exitNames.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, ExitName), index(rowCount() - 1, ExitName));
}

QString InboxModel::exitName(const QString& address) const
{
    if (address.isEmpty() || !m_exits)
        return address;
    auto known = m_exitNames.constFind(address);
    if (known == m_exitNames.cend()) {
        const ExitNode* exit = m_exits->exitFor(address);
        known = m_exitNames.insert(address, exit && !exit->name.isEmpty() ? exit->name : address);
    }
    return *known;
}

bool InboxModel::isOverdue(const NoticeSummary& s, NoticeStatus status)
{
    return s.due.isValid() && s.due < QDate::currentDate() && status != NoticeStatus::Closed &&
           status != NoticeStatus::Misdirected;
}

QString InboxModel::dueText(const NoticeSummary& s)
{
    // "!" marks what is urgent, with or without a deadline.
    const QString day = s.due.isValid() ? s.due.toString(u"yyyy-MM-dd"_s) : QString();
    if (!s.urgent)
        return day;
    return day.isEmpty() ? u"! "_s + tr("urgent", "due column") : u"! "_s + day;
}

QString InboxModel::dueToolTip(const NoticeSummary& s)
{
    QStringList lines;
    if (s.due.isValid()) {
        const qint64 days = QDate::currentDate().daysTo(s.due);
        if (days < 0)
            lines << tr("Due on %1: overdue by %n day(s)", nullptr, int(-days))
                         .arg(QLocale().toString(s.due, QLocale::LongFormat));
        else
            lines << tr("Due on %1: in %n day(s)", nullptr, int(days))
                         .arg(QLocale().toString(s.due, QLocale::LongFormat));
    }
    if (s.urgent)
        lines << tr("Urgent");
    if (lines.isEmpty())
        return {};
    lines << (s.dueEdited ? tr("Set by the operator.")
                          : tr("As the notice states it (see the reading pane for where)."));
    return lines.join(u'\n');
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received", "inbox column: when the notice arrived");
    case Reporter:
        return tr("Reporter");
    case CategoryColumn:
        return tr("Category", "inbox column");
    case ExitIp:
        return tr("Exit IP");
    case StatusColumn:
        return tr("Status");
    case Subject:
        return tr("Subject");
    case IncidentTime:
        return tr("Incident (UTC)");
    case Language:
        return tr("Lang.", "inbox column: language of the notice");
    case Due:
        return tr("Due", "inbox column: the deadline the notice sets");
    case ExitName:
        return tr("Exit", "inbox column: the exit by its name");
    case Account:
        return tr("Webmail account", "inbox column");
    case MailServer:
        return tr("Mail server", "inbox column");
    case CaseReference:
        return tr("Case reference", "inbox column: the authority's file number");
    default:
        return {};
    }
}

void InboxModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mixdesk
