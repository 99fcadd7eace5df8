#include "exits/checks/DnsblCheck.h"

#include "exits/checks/DnsblListings.h"

#include <QTimer>

namespace mixdesk {

DnsblCheck::DnsblCheck(const DnsblListings* listings, QObject* parent)
    : ReadinessCheck(parent), m_listings(listings)
{}

void DnsblCheck::run(const ExitTarget& target, const OperatorProfile&, Done done)
{
    CheckResult r;
    if (!target.exit.premium) {
        r = result(target, CheckStatus::Pass,
                   tr("Not a premium exit: it sends no mail, so blocklist listings do not hinder "
                      "it."));
    } else {
        const std::optional<QList<DnsblListing>> listings =
            m_listings ? m_listings->actionableListings(target.ip) : std::nullopt;
        if (!listings) {
            r = result(target, CheckStatus::Warn,
                       tr("No DNSBL results yet for %1.").arg(target.ip));
        } else if (listings->isEmpty()) {
            r = result(target, CheckStatus::Pass, tr("Premium exit on no actionable blocklist."));
        } else {
            QStringList zones;
            for (const DnsblListing& l : *listings)
                zones.append(l.meaning.isEmpty()
                                 ? l.zone
                                 : l.zone + QStringLiteral(" (") + l.meaning + QLatin1Char(')'));
            r = result(target, CheckStatus::Fail,
                       tr("Premium exit listed on actionable blocklists: %1")
                           .arg(zones.join(QStringLiteral(", "))));
        }
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, r, done] {
        if (generation == m_generation)
            done(r);
    });
}

} // namespace mixdesk
