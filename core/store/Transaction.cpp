#include "store/Transaction.h"

#include "store/Database.h"

namespace mixdesk {

Transaction::Transaction(Database& db) : m_db(db), m_begun(db.beginUnit())
{
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollbackUnit();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error{QStringLiteral("the transaction is not open")};
    m_open = false;
    return m_db.commitUnit();
}

Error Transaction::fail(const QString& what, const QSqlQuery& query)
{
    return fail(m_db.errorOf(what, query));
}

Error Transaction::fail(Error error)
{
    if (m_open) {
        m_open = false;
        m_db.rollbackUnit();
    }
    return error;
}

} // namespace mixdesk
