#pragma once

#include "store/notices/InboxQueries.h"

#include <QVariantList>

namespace mixdesk {

class Database;

// InboxQueries on a Database (SQLite or PostgreSQL).
class SqlInboxQueries final : public InboxQueries
{
public:
    explicit SqlInboxQueries(Database& db) : m_db(db) {}

    Result<QList<qint64>> queryIds(const NoticeQuery& query) override;
    Result<QList<NoticeSummary>> summaries(const QList<qint64>& ids) override;
    Result<int> count(const NoticeQuery& query) override;
    Result<QHash<NoticeStatus, int>> countByStatus() override;
    Result<int> countHidden() override;
    Result<QByteArray> rawNotice(qint64 id) override;
    Result<Analysis> analysis(qint64 id) override;
    Result<QStringList> origins(qint64 id) override;
    Result<QList<qint64>> idsWithAnalyzerVersionBelow(int version) override;

private:
    // The WHERE clause of `query` (with " WHERE "), its values appended to `values`;
    // nullopt when the search text has nothing to search for (nothing matches).
    std::optional<QString> whereClause(const NoticeQuery& query, QVariantList& values) const;
    // The ids (in order) whose analysis names the query's account and mail server.
    Result<QList<qint64>> keepCampaign(const NoticeQuery& query, const QList<qint64>& ids);

    Database& m_db;
};

} // namespace mixdesk
