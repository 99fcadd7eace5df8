#include "exits/checks/ReadinessCheck.h"

namespace mixdesk {

CheckResult ReadinessCheck::result(const ExitTarget& target, CheckStatus status,
                                   const QString& detail) const
{
    return {target.ip, target.exit.name, kind(), status, detail, QDateTime::currentDateTimeUtc()};
}

} // namespace mixdesk
