#pragma once

#include "exits/blocks/BlockStore.h"

namespace mixdesk {

class Database;

// BlockStore in the desk's database (table exit_blocks), on SQLite and PostgreSQL
// alike. Used on the thread that opened the Database.
class SqlBlockStore final : public BlockStore
{
public:
    explicit SqlBlockStore(Database& db) : m_db(db) {}

    Result<BlockRequest> add(const BlockRequest& request) override;
    Result<QList<BlockRequest>> list() const override;
    Status remove(qint64 id) override;

private:
    Database& m_db;
};

} // namespace mixdesk
