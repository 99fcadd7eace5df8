#include "inbox/InboxModel.h"

#include "analysis/Category.h"
#include "util/Logging.h"

#include <QFont>

#include <utility>

using namespace Qt::StringLiterals;

namespace mixdesk {

InboxModel::InboxModel(QObject* parent) : QAbstractTableModel(parent) {}

void InboxModel::setStore(InboxQueries* store)
{
    m_store = store;
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
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes cannot follow a re-query cheaply: they are dropped.
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    if (m_store) {
        auto result = m_store->queryIds(m_query);
        if (result)
            ids = std::move(*result);
        else
            emit errorOccurred(result.error().message);
    }
    const QList<qint64> oldIds = std::exchange(m_ids, std::move(ids));
    dropRowIndex();
    QList<QModelIndex> to;
    to.reserve(persistent.size());
    for (const QModelIndex& from : persistent) {
        const int row = rowOf(oldIds.value(from.row()));
        to << (row < 0 ? QModelIndex() : index(row, from.column()));
    }
    clearCache();
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit refreshed();
}

void InboxModel::refresh()
{
    QList<qint64> ids;
    if (m_store) {
        auto result = m_store->queryIds(m_query);
        if (result)
            ids = std::move(*result);
        else
            emit errorOccurred(result.error().message);
    }
    // New notices usually arrive as one block (at the top when sorted by time):
    // announce them with one insert and keep selection and scroll position.
    const qsizetype oldSize = m_ids.size();
    const qsizetype added = ids.size() - oldSize;
    if (added > 0 && oldSize > 0) {
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
            clearCache();
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
    int first = -1;
    int last = -1;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const int page = row / kPageSize;
        m_pages.remove(page);
        m_lru.removeAll(page);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    // One coalesced dataChanged over the affected span.
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void InboxModel::clearCache()
{
    m_pages.clear();
    m_lru.clear();
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
    const int pageNo = row / kPageSize;
    auto it = m_pages.find(pageNo);
    if (it == m_pages.end()) {
        if (!m_store)
            return nullptr;
        const int first = pageNo * kPageSize;
        const QList<qint64> ids = m_ids.mid(first, kPageSize);
        Page page;
        page.rows.resize(ids.size());
        auto result = m_store->summaries(ids);
        ++m_pageLoads;
        if (result) {
            QHash<qint64, int> offset;
            for (int i = 0; i < ids.size(); ++i)
                offset.insert(ids.at(i), i);
            for (NoticeSummary& summary : *result) {
                const int i = offset.value(summary.id, -1);
                if (i >= 0)
                    page.rows[i] = std::move(summary);
            }
        } else {
            qCWarning(lcUi) << "cannot load inbox rows:" << result.error().message;
        }
        while (m_lru.size() >= kMaxPages)
            m_pages.remove(m_lru.takeLast());
        it = m_pages.insert(pageNo, std::move(page));
        m_lru.prepend(pageNo);
    } else if (m_lru.first() != pageNo) {
        m_lru.removeOne(pageNo);
        m_lru.prepend(pageNo);
    }
    const auto& rows = it->rows;
    const int offset = row - pageNo * kPageSize;
    if (offset >= int(rows.size()) || rows[offset].id == 0)
        return nullptr;
    return &rows[offset];
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::FontRole &&
        role != StatusRole)
        return {};
    const NoticeSummary* s = summaryAt(index.row());
    if (!s)
        return {};
    if (role == StatusRole)
        return statusId(s->status);
    if (role == Qt::FontRole) {
        if (s->status != NoticeStatus::New)
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
        return statusDisplayName(s->status);
    case Subject:
        if (s->parseFailed) {
            if (role == Qt::ToolTipRole)
                return tr("The notice could not be parsed completely: %1").arg(s->subject);
            return QString(u"\u26A0 "_s + s->subject);
        }
        return s->subject;
    case IncidentTime:
        return s->incidentTimeUtc.isValid()
                   ? s->incidentTimeUtc.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)
                   : QString();
    case Language:
        return s->language.toUpper();
    default:
        return {};
    }
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
