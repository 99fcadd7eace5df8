#include "store/notices/NoticeRoles.h"

#include "store/Database.h"
#include "store/notices/SqlInboxQueries.h"
#include "store/notices/SqlNoticeJournal.h"
#include "store/notices/SqlNoticeWriter.h"
#include "store/notices/SqlSyncSpool.h"

namespace mixdesk {

struct SqlNoticeRoles::Impl
{
    explicit Impl(Database& db) : writer(db), spool(db), inbox(db), journal(db) {}
    SqlNoticeWriter writer;
    SqlSyncSpool spool;
    SqlInboxQueries inbox;
    SqlNoticeJournal journal;
};

SqlNoticeRoles::SqlNoticeRoles(Database& db) : m_db(db), m_impl(std::make_unique<Impl>(db)) {}

SqlNoticeRoles::SqlNoticeRoles(std::unique_ptr<Database> db)
    : m_owned(std::move(db)), m_db(*m_owned), m_impl(std::make_unique<Impl>(m_db))
{}

SqlNoticeRoles::~SqlNoticeRoles() = default;

NoticeRoles SqlNoticeRoles::roles()
{
    return {m_impl->writer, m_impl->spool, m_impl->inbox, m_impl->journal, m_db};
}

} // namespace mixdesk
