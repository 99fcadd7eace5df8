#pragma once

#include "store/notices/NoticeWriter.h"

namespace mixdesk {

class Database;

// NoticeWriter on a Database (SQLite or PostgreSQL).
class SqlNoticeWriter final : public NoticeWriter
{
public:
    explicit SqlNoticeWriter(Database& db) : m_db(db) {}

    Result<QList<AddResult>> add(const QList<PreparedNotice>& notices) override;
    Result<QList<AddResult>> addOrigins(const QList<IncomingNotice>& notices) override;
    Result<QSet<QByteArray>> knownSha256(const QList<QByteArray>& digests) override;
    Status updateAnalyses(const QList<qint64>& ids, const QList<PreparedNotice>& notices) override;
    Status suspendInboxIndexes() override;
    Status restoreInboxIndexes() override;
    Status refreshStatistics() override;

private:
    Result<QList<AddResult>> addOnce(const QList<PreparedNotice>& notices);

    Database& m_db;
};

} // namespace mixdesk
