#pragma once

#include "exits/checks/ReadinessHistory.h"

namespace mixdesk {

class Database;

// ReadinessHistory in the desk's database (table exit_checks), on SQLite and
// PostgreSQL alike. Used on the thread that opened the Database.
class SqlReadinessHistory final : public ReadinessHistory
{
public:
    explicit SqlReadinessHistory(Database& db) : m_db(db) {}

    Status append(const QList<CheckResult>& results) override;
    Result<QList<CheckResult>> latest() const override;
    Result<QList<CheckResult>> history(const QString& ip, int limit) const override;

private:
    Database& m_db;
};

} // namespace mixdesk
