#pragma once

#include "exits/checks/CheckResult.h"
#include "util/Result.h"

#include <QList>

namespace mixdesk {

// Where check results are kept, every run of them. A small interface with plain
// values, so it becomes the exits store role (SQLite/PostgreSQL) with little change.
class ReadinessHistory
{
public:
    virtual ~ReadinessHistory() = default;
    virtual Status append(const QList<CheckResult>& results) = 0;
    // The newest result of each (address, check).
    virtual Result<QList<CheckResult>> latest() const = 0;
    // The results for one address, newest first, at most `limit`.
    virtual Result<QList<CheckResult>> history(const QString& ip, int limit) const = 0;
};

} // namespace mixdesk
