#pragma once

#include "exits/checks/CheckStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mixdesk {

// One check of one exit address at one time: what the Exits view shows, what the
// history keeps and what `mixdesk-cli exits check --json` prints. The detail is
// written in the language of the moment the check ran: it is a record, like a log.
struct CheckResult
{
    QString ip;
    QString exitName;
    ReadinessCheckKind check = ReadinessCheckKind::ReverseDns;
    CheckStatus status = CheckStatus::Fail;
    QString detail;
    QDateTime checkedAt; // UTC

    QJsonObject toJson() const; // {"ip", "exit", "check", "status", "detail", "checked_at"}
    static bool fromJson(const QJsonObject& json, CheckResult* result);

    bool operator==(const CheckResult&) const = default;
};

} // namespace mixdesk
