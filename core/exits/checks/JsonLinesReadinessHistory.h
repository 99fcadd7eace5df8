#pragma once

#include "exits/checks/ReadinessHistory.h"

#include <QString>

namespace mixdesk {

// ReadinessHistory in a file of JSON lines, one result per line, appended. Until
// the store has an exits role; a few exits checked hourly make ~1 MB a year.
class JsonLinesReadinessHistory final : public ReadinessHistory
{
public:
    explicit JsonLinesReadinessHistory(QString path);
    // checks.jsonl in the per-user data folder's "exits" folder.
    static QString defaultPath();

    Status append(const QList<CheckResult>& results) override;
    Result<QList<CheckResult>> latest() const override;
    Result<QList<CheckResult>> history(const QString& ip, int limit) const override;

private:
    Result<QList<CheckResult>> readAll() const;

    QString m_path;
};

} // namespace mixdesk
