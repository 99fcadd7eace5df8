#pragma once

#include "store/SchemaRole.h"

#include <QList>
#include <QString>

namespace mixdesk {

// The inbox's tables: notices and their content, origins, events, notes, the
// full-text index, the IMAP spool and checkpoints.
SchemaRole noticeSchema();

// The secondary indexes of `notices` that serve the inbox's sorts and filters, as
// the schema creates them. A large import drops and rebuilds them (InboxIndexes);
// their definitions come from here, never from the database file.
struct IndexDefinition
{
    QString name;
    QString sql;
};
const QList<IndexDefinition>& inboxIndexes();

} // namespace mixdesk
