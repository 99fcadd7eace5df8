#pragma once

#include "util/Result.h"

#include <QString>

class QSqlQuery;

namespace mixdesk {

class Database;

// One unit of work, all or nothing: begun by the constructor, undone by the
// destructor unless commit() succeeded. Inside a bulk transaction it is a savepoint.
//
//     Transaction tx(db);
//     if (!tx.ok()) return tx.error();
//     if (!q.exec()) return tx.fail(QStringLiteral("cannot store notice"), q);
//     return tx.commit();
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_begun.ok(); }
    const Error& error() const { return m_begun.error(); }

    Status commit();
    // Undoes the unit and returns the error of `query` (typed by Database::errorOf).
    Error fail(const QString& what, const QSqlQuery& query);
    Error fail(Error error);

private:
    Database& m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace mixdesk
