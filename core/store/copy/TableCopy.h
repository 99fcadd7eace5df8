#pragma once

#include "store/SchemaRole.h"
#include "util/Result.h"

#include <QSqlRecord>
#include <QStringList>

#include <functional>

namespace mixdesk {

class Database;

// One table of DeskCopier: reads the source in key order a batch at a time (keyset
// pagination, so memory stays flat on any size) and writes each batch into the
// target in one transaction with INSERT ... ON CONFLICT DO NOTHING.
class TableCopy
{
public:
    TableCopy(Database& from, Database& to, const SchemaRole& role, const CopiedTable& table);

    // Copies the next batch; false when the table is done.
    Result<bool> next(int batchRows);

    qint64 copied() const { return m_copied; }
    qint64 present() const { return m_present; }
    qint64 done() const { return m_copied + m_present; }
    // Makes the target's id generator continue after the copied ids.
    Status finish();

private:
    Result<QList<QSqlRecord>> readBatch(int batchRows);
    Status writeBatch(const QList<QSqlRecord>& rows);
    Status checkSameRow(const QSqlRecord& row);

    Database& m_from;
    Database& m_to;
    const SchemaRole& m_role;
    const CopiedTable& m_table;
    QStringList m_columns; // in both tables
    QVariantList m_lastKey;
    qint64 m_copied = 0;
    qint64 m_present = 0;
};

} // namespace mixdesk
