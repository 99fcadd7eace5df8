#include "exits/checks/ExitTarget.h"

#include <QHostAddress>

namespace mixdesk {

QString ExitTarget::canonicalAddress(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1String("/32")) || t.endsWith(QLatin1String("/128")))
        t = t.left(t.lastIndexOf(QLatin1Char('/')));
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    QHostAddress address;
    if (t.contains(QLatin1Char('/')) || !address.setAddress(t))
        return {};
    return address.toString();
}

QList<ExitTarget> ExitTarget::fromProfile(const OperatorProfile& profile, const QStringList& only)
{
    QStringList wanted;
    for (const QString& o : only)
        wanted.append(canonicalAddress(o));
    QList<ExitTarget> targets;
    for (const ExitNode& exit : profile.exits)
        for (const QString& address : exit.addresses) {
            const QString ip = canonicalAddress(address);
            if (ip.isEmpty() || (!wanted.isEmpty() && !wanted.contains(ip)))
                continue;
            bool seen = false;
            for (const ExitTarget& t : std::as_const(targets))
                seen = seen || t.ip == ip;
            if (!seen)
                targets.append({ip, exit});
        }
    // An address asked for that no exit lists is checked on its own, without the
    // exit's details (the country check then has nothing to compare).
    for (const QString& ip : std::as_const(wanted)) {
        bool listed = ip.isEmpty();
        for (const ExitTarget& t : std::as_const(targets))
            listed = listed || t.ip == ip;
        if (!listed)
            targets.append({ip, ExitNode{}});
    }
    return targets;
}

} // namespace mixdesk
