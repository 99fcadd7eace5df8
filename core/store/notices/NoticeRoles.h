#pragma once

#include "store/BulkWriting.h"
#include "store/notices/InboxQueries.h"
#include "store/notices/NoticeJournal.h"
#include "store/notices/NoticeWriter.h"
#include "store/notices/SyncSpool.h"

#include <memory>

namespace mixdesk {

class Database;

// The inbox's roles, for work that needs several of them (import, sync,
// reanalysis). Plain references: tests hand in fakes.
struct NoticeRoles
{
    NoticeWriter& writer;
    SyncSpool& spool;
    InboxQueries& inbox;
    NoticeJournal& journal;
    BulkWriting& bulk;
};

// Something that holds the inbox's roles for one thread: a database connection
// with its SQL roles, or a test's fake. Work that opens its store on a worker thread
// (SyncJob) gets one from a factory.
class NoticeRolesHolder
{
public:
    virtual ~NoticeRolesHolder() = default;
    virtual NoticeRoles roles() = 0;
};

// The SQL implementations of the inbox's roles over one Database.
class SqlNoticeRoles final : public NoticeRolesHolder
{
public:
    explicit SqlNoticeRoles(Database& db);
    // Owning the connection too (made on the thread that will use it).
    explicit SqlNoticeRoles(std::unique_ptr<Database> db);
    ~SqlNoticeRoles() override;

    NoticeRoles roles() override;
    Database& database() { return m_db; }

private:
    std::unique_ptr<Database> m_owned;
    Database& m_db;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mixdesk
