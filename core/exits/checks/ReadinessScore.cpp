#include "exits/checks/ReadinessScore.h"

#include <cmath>

namespace mixdesk {

int ReadinessScore::of(const QList<CheckResult>& results)
{
    if (results.isEmpty())
        return -1;
    int sum = 0;
    for (const CheckResult& r : results)
        sum += r.status == CheckStatus::Pass ? 100 : r.status == CheckStatus::Warn ? 50 : 0;
    return int(std::lround(double(sum) / double(results.size())));
}

QMap<QString, int> ReadinessScore::perAddress(const QList<CheckResult>& results)
{
    QMap<QString, QList<CheckResult>> byIp;
    for (const CheckResult& r : results)
        byIp[r.ip].append(r);
    QMap<QString, int> scores;
    for (auto it = byIp.cbegin(); it != byIp.cend(); ++it)
        scores.insert(it.key(), of(it.value()));
    return scores;
}

int ReadinessScore::overall(const QList<CheckResult>& results)
{
    const QMap<QString, int> scores = perAddress(results);
    if (scores.isEmpty())
        return -1;
    int sum = 0;
    for (int s : scores)
        sum += s;
    return int(std::lround(double(sum) / double(scores.size())));
}

} // namespace mixdesk
