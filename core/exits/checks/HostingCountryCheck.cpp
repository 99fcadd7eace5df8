#include "exits/checks/HostingCountryCheck.h"

#include <QTimer>

namespace mixdesk {

void HostingCountryCheck::run(const ExitTarget& target, const OperatorProfile& profile, Done done)
{
    CheckResult r;
    const QString country = target.exit.country.trimmed().toUpper();
    const QString home = profile.homeCountry.trimmed().toUpper();
    if (country.isEmpty())
        r = result(target, CheckStatus::Warn,
                   tr("The hosting country of %1 is not recorded in the profile.").arg(target.ip));
    else if (home.isEmpty())
        r = result(target, CheckStatus::Warn,
                   tr("Hosted in %1; the operator's home country is not recorded, so it cannot be "
                      "compared.")
                       .arg(country));
    else if (country == home)
        r = result(target, CheckStatus::Warn,
                   tr("Hosted in %1, the operator's home country. An exit abroad is safer: minor "
                      "abuse is seldom prosecuted when finding the offender needs international "
                      "coordination.")
                       .arg(country));
    else
        r = result(target, CheckStatus::Pass,
                   tr("Hosted in %1, not in the operator's home country (%2).").arg(country, home));
    // Asynchronous like every check, so callers see one behaviour.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, r, done] {
        if (generation == m_generation)
            done(r);
    });
}

} // namespace mixdesk
