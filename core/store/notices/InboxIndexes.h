#pragma once

#include "util/Result.h"

namespace mixdesk {

class Database;

// Drops the inbox's sort and filter indexes for a large import and builds them again
// at its end (see NoticeWriter::suspendInboxIndexes). The table suspended_indexes
// remembers which are dropped, so that a killed import's indexes come back when the
// store is next opened; their definitions come from the schema (inboxIndexes()),
// never from the file.
class InboxIndexes
{
public:
    explicit InboxIndexes(Database& db) : m_db(db) {}

    Status suspend();
    Status restore();

private:
    Database& m_db;
};

} // namespace mixdesk
