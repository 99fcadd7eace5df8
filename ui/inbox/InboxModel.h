#pragma once

#include "profile/ExitMatcher.h"
#include "store/notices/NoticeQuery.h"
#include "store/notices/NoticeSummary.h"
#include "store/session/StoreSession.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <QSet>

#include <optional>

namespace mixdesk {

// The inbox list, lazy and SQL-backed so it stays fast at 100 000 notices:
// it holds only the ordered ids of one InboxQueries::queryIds() call and an
// id->row hash built when first needed. Row contents come from a small cache of
// rows by id (so rows that move keep theirs), fetched a page of rows at a time,
// asked for in data() and filled when the store's worker
// (StoreSession) answers: data() never waits, a row not loaded yet shows empty
// for a moment. Sorting and filtering go to SQL. A fresh list first gets the
// rows of one screen, then the whole id list, so the first rows appear at once
// even with a million notices.
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
        Due, // the deadline (overdue in red), "!" when urgent (issue 18)
        // Added later, so that saved column layouts keep their meaning (issue 18):
        ExitName, // the exit by the name the profile gives it, else its address
        Account,  // the webmail account the analysis found
        MailServer,
        CaseReference,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        DueRole,   // QDate, invalid when none (or the row is not loaded yet)
        UrgentRole // bool
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 20;
    static constexpr int kFirstRows = 2 * kPageSize; // the quick first answer

    explicit InboxModel(QObject* parent = nullptr);

    // The session is not owned; nullptr empties the model.
    void setSession(StoreSession* session);
    StoreSession* session() const { return m_session; }

    // Filter part of the query (status, category, exit IP, dates, text); the
    // sort order set through sort() is kept.
    void setFilter(const NoticeQuery& filter);
    const NoticeQuery& query() const { return m_query; }

    // Re-runs the query. When the answer comes, new ids forming one block are
    // announced with a single beginInsertRows; anything else resets the model.
    void refresh();
    // True from a refresh (or sort) until its answer is in.
    bool isLoading() const { return m_loading; }
    // Reloads the rows of `ids` (after a change the list does not know).
    void invalidate(const QList<qint64>& ids);
    // Shows `status` for the rows of `ids` at once, before the store has written it
    // (an optimistic update); clearStatusOverrides() ends it when the write is done
    // (or failed: then a refresh shows the truth).
    void showStatus(const QList<qint64>& ids, NoticeStatus status);
    void clearStatusOverrides(const QList<qint64>& ids);
    // Takes the rows of `ids` out of the list at once (an optimistic update: hidden
    // notices leave the view before the store has written it); a refresh brings back
    // what the store says.
    void removeIds(const QList<qint64>& ids);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    int cachedPageCount() const { return int(m_batches.size()); }
    int pageLoads() const { return m_pageLoads; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The profile's exits, for the Exit column's names.
    void setExits(const OperatorProfile& profile);

    void retranslate();
    static QString sortKey(int column);

signals:
    void errorOccurred(const QString& message);
    // An answer to a refresh or sort was applied (the first quick one too).
    void refreshed();

private:
    static bool isOverdue(const NoticeSummary& s, NoticeStatus status);
    QString exitName(const QString& address) const;
    static QString dueText(const NoticeSummary& s);
    static QString dueToolTip(const NoticeSummary& s);
    const NoticeSummary* summaryAt(int row) const;
    void requestPage(int pageNo) const;
    void pageArrived(quint64 generation, int pageNo, const QList<qint64>& ids,
                     Result<QList<NoticeSummary>> rows);
    void requestIds(bool sorting);
    void idsArrived(quint64 generation, bool complete, bool sorting, Result<QList<qint64>> ids);
    void applyIds(QList<qint64> ids);
    void applySortedIds(QList<qint64> ids);
    void clearCache();
    void resetWith(QList<qint64> ids);
    void dropRowIndex();

    QPointer<StoreSession> m_session;
    std::optional<ExitMatcher> m_exits;
    mutable QHash<QString, QString> m_exitNames; // address -> shown name, as asked
    quint64 m_generation = 0;     // of the id list; answers for older ones are dropped
    quint64 m_completeAnswer = 0; // the generation whose complete list arrived
    quint64 m_pageGeneration = 0; // of the cached pages; bumped when they go stale
    bool m_loading = false;
    mutable QSet<int> m_requested; // pages asked for and not yet arrived
    QHash<qint64, NoticeStatus> m_statusOverrides;
    NoticeQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOfId; // built lazily by rowOf()
    mutable bool m_rowIndexBuilt = false;
    QHash<qint64, NoticeSummary> m_rows; // the cached rows, by notice id
    QList<QList<qint64>> m_batches;      // the ids each fetch brought, oldest first
    mutable int m_pageLoads = 0;
};

} // namespace mixdesk
