#include "exits/checks/CheckResult.h"

namespace mixdesk {

QJsonObject CheckResult::toJson() const
{
    return {{QStringLiteral("ip"), ip},
            {QStringLiteral("exit"), exitName},
            {QStringLiteral("check"), checkKindId(check)},
            {QStringLiteral("status"), checkStatusId(status)},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("checked_at"), checkedAt.toUTC().toString(Qt::ISODate)}};
}

bool CheckResult::fromJson(const QJsonObject& json, CheckResult* result)
{
    CheckResult r;
    if (!checkKindFromId(json.value(QStringLiteral("check")).toString(), &r.check))
        return false;
    r.ip = json.value(QStringLiteral("ip")).toString();
    r.exitName = json.value(QStringLiteral("exit")).toString();
    r.status = checkStatusFromId(json.value(QStringLiteral("status")).toString());
    r.detail = json.value(QStringLiteral("detail")).toString();
    r.checkedAt =
        QDateTime::fromString(json.value(QStringLiteral("checked_at")).toString(), Qt::ISODate);
    r.checkedAt.setTimeSpec(Qt::UTC);
    if (r.ip.isEmpty())
        return false;
    *result = r;
    return true;
}

} // namespace mixdesk
