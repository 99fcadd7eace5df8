#pragma once

#include "exits/checks/CheckResult.h"

#include <QList>
#include <QMap>

namespace mixdesk {

// How ready an exit is, at a glance: 0-100, the mean over its checks of pass 100,
// warning 50, fail 0. The operation's score is the mean over its exit addresses,
// so one bad exit among many still shows. -1 when there is nothing to score.
class ReadinessScore
{
public:
    static int of(const QList<CheckResult>& results);
    static QMap<QString, int> perAddress(const QList<CheckResult>& results);
    static int overall(const QList<CheckResult>& results);
};

} // namespace mixdesk
