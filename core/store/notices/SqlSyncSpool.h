#pragma once

#include "store/notices/SyncSpool.h"

namespace mixdesk {

class Database;

// SyncSpool on a Database (SQLite or PostgreSQL).
class SqlSyncSpool final : public SyncSpool
{
public:
    explicit SqlSyncSpool(Database& db) : m_db(db) {}

    Result<QList<AddResult>> spool(const QList<FetchedNotice>& notices,
                                   const SyncCheckpoint& checkpoint) override;
    Result<QList<qint64>> spooledIds() override;
    Result<SpooledNotice> spooledNotice(qint64 spoolId) override;
    Result<QList<AddResult>> file(const QList<SpooledNotice>& spooled,
                                  const QList<PreparedNotice>& prepared) override;
    Result<SyncCheckpoint> checkpoint(const QString& account, const QString& folder) override;
    Status saveCheckpoint(const SyncCheckpoint& checkpoint) override;

private:
    // The checkpoint's upsert, inside the caller's unit.
    Status writeCheckpoint(const SyncCheckpoint& checkpoint);

    Database& m_db;
};

} // namespace mixdesk
