#include "store/copy/TableCopy.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlQuery>

namespace mixdesk {

namespace {

QStringList columnsOf(Database& db, const QString& table)
{
    QStringList names;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i).toLower());
    return names;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

TableCopy::TableCopy(Database& from, Database& to, const SchemaRole& role, const CopiedTable& table)
    : m_from(from), m_to(to), m_role(role), m_table(table)
{
    const QStringList target = columnsOf(m_to, m_table.name);
    for (const QString& column : columnsOf(m_from, m_table.name))
        if (target.contains(column))
            m_columns.append(column);
}

Result<bool> TableCopy::next(int batchRows)
{
    Result<QList<QSqlRecord>> rows = readBatch(batchRows);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return false;
    if (Status s = writeBatch(*rows); !s)
        return s.error();
    const QSqlRecord& last = rows->constLast();
    m_lastKey.clear();
    for (const QString& key : m_table.key)
        m_lastKey.append(last.value(key));
    return rows->size() == batchRows;
}

Result<QList<QSqlRecord>> TableCopy::readBatch(int batchRows)
{
    const QString key = m_table.key.join(QStringLiteral(", "));
    QString sql = QStringLiteral("SELECT ") + m_columns.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM ") + m_table.name;
    // A row value comparison: both SQLite and PostgreSQL walk the key's index with it.
    if (!m_lastKey.isEmpty())
        sql += QStringLiteral(" WHERE (") + key + QStringLiteral(") > (") +
               placeholders(m_lastKey.size()) + u')';
    sql += QStringLiteral(" ORDER BY ") + key + QStringLiteral(" LIMIT %1").arg(batchRows);
    QSqlQuery q = m_from.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : m_lastKey)
        q.addBindValue(v);
    if (!q.exec())
        return m_from.errorOf(QStringLiteral("cannot read %1").arg(m_table.name), q);
    QList<QSqlRecord> rows;
    while (q.next())
        rows.append(q.record());
    return rows;
}

Status TableCopy::writeBatch(const QList<QSqlRecord>& rows)
{
    Transaction tx(m_to);
    if (!tx.ok())
        return tx.error();
    QSqlQuery insert = m_to.query();
    insert.prepare(m_to.dialect().insertIgnore(m_table.name, m_columns));
    for (const QSqlRecord& row : rows) {
        for (int i = 0; i < row.count(); ++i)
            insert.addBindValue(row.value(i));
        if (!insert.exec())
            return tx.fail(QStringLiteral("cannot copy into %1").arg(m_table.name), insert);
        if (insert.numRowsAffected() == 0) {
            if (Status same = checkSameRow(row); !same)
                return tx.fail(same.error());
            ++m_present;
            continue;
        }
        if (m_role.onRowCopied)
            if (Status s = m_role.onRowCopied(m_to, m_table.name, row); !s)
                return tx.fail(s.error());
        ++m_copied;
    }
    return tx.commit();
}

// A row the target already had is only fine if it is the same row: the same key
// with the same identity (a rerun), not another desk's row under the same number.
Status TableCopy::checkSameRow(const QSqlRecord& row)
{
    if (m_table.identity.isEmpty())
        return {};
    QStringList where;
    for (const QString& key : m_table.key)
        where.append(key + QStringLiteral(" = ?"));
    QSqlQuery q = m_to.query();
    q.prepare(QStringLiteral("SELECT ") + m_table.identity + QStringLiteral(" FROM ") +
              m_table.name + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    for (const QString& key : m_table.key)
        q.addBindValue(row.value(key));
    if (!q.exec())
        return m_to.errorOf(QStringLiteral("cannot read %1").arg(m_table.name), q);
    if (q.next() && q.value(0) == row.value(m_table.identity))
        return {};
    QStringList keyValues;
    for (const QString& key : m_table.key)
        keyValues.append(row.value(key).toString());
    return Error{QCoreApplication::translate(
                     "DeskCopy",
                     "The target already holds other data than row %1 of %2 (another "
                     "desk, or the same %3 under another number). db copy --append only "
                     "adds to a copy of the same desk; nothing of this batch was written.")
                     .arg(keyValues.join(QStringLiteral(", ")), m_table.name, m_table.identity)};
}

Status TableCopy::finish()
{
    if (m_table.key != QStringList{QStringLiteral("id")})
        return {};
    QSqlQuery q = m_to.query();
    for (const QString& sql : m_to.dialect().followExplicitIds(m_table.name))
        if (!q.exec(sql))
            return m_to.errorOf(QStringLiteral("cannot continue the ids of %1").arg(m_table.name),
                                q);
    return {};
}

} // namespace mixdesk
