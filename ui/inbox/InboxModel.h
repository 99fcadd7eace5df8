#pragma once

#include "store/notices/InboxQueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace mixdesk {

// The inbox list, lazy and SQL-backed so it stays fast at 100 000 notices:
// it holds only the ordered ids of one NoticeStore::queryIds() call and an
// id->row hash built when first needed. Row contents come from a small LRU
// cache of pages filled on demand in data() with NoticeStore::summaries().
// Sorting and filtering go to SQL.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Received,
        Reporter,
        CategoryColumn,
        ExitIp,
        StatusColumn,
        Subject,
        IncidentTime,
        Language,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 20;

    explicit InboxModel(QObject* parent = nullptr);

    // The store is not owned; nullptr empties the model.
    void setStore(InboxQueries* store);
    InboxQueries* store() const { return m_store; }

    // Filter part of the query (status, category, exit IP, dates, text); the
    // sort order set through sort() is kept.
    void setFilter(const NoticeQuery& filter);
    const NoticeQuery& query() const { return m_query; }

    // Re-runs the query now. New ids forming one block are announced with a
    // single beginInsertRows; anything else resets the model.
    void refresh();
    // Drops cached rows of `ids` and announces them changed (after a status change).
    void invalidate(const QList<qint64>& ids);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    int pageLoads() const { return m_pageLoads; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void retranslate();
    static QString sortKey(int column);

signals:
    void errorOccurred(const QString& message);
    void refreshed();

private:
    struct Page
    {
        std::vector<NoticeSummary> rows; // by row within the page; id 0: not found
    };
    const NoticeSummary* summaryAt(int row) const;
    void clearCache();
    void resetWith(QList<qint64> ids);
    void dropRowIndex();

    InboxQueries* m_store = nullptr;
    NoticeQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOfId; // built lazily by rowOf()
    mutable bool m_rowIndexBuilt = false;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_lru; // most recently used page first
    mutable int m_pageLoads = 0;
};

} // namespace mixdesk
