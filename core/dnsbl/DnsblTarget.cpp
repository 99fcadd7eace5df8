#include "dnsbl/DnsblTarget.h"

#include <QCoreApplication>

namespace mixdesk {
namespace {

using Reason = DnsblTargets::Skipped::Reason;

// A single address from an operator's notation, or nullopt (with the reason).
std::optional<QHostAddress> singleAddress(const QString& text, Reason* reason)
{
    QString address = text.trimmed();
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    if (address.contains(u'/')) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(address);
        if (subnet.first.isNull()) {
            *reason = Reason::NotAnAddress;
            return std::nullopt;
        }
        const int full = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        if (subnet.second == full)
            return subnet.first;
        *reason = Reason::Range;
        return std::nullopt;
    }
    QHostAddress parsed;
    if (!parsed.setAddress(address) || address.contains(u'%')) {
        *reason = Reason::NotAnAddress;
        return std::nullopt;
    }
    // ::ffff:192.0.2.1 is the IPv4 address to a blocklist.
    bool mapped = false;
    const quint32 v4 = parsed.toIPv4Address(&mapped);
    if (mapped && parsed.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return parsed;
}

void addUnique(QList<DnsblTarget>& targets, DnsblTarget target)
{
    for (DnsblTarget& known : targets) {
        if (known.address.isEqual(target.address)) {
            known.premium = known.premium || target.premium;
            return;
        }
    }
    targets.append(std::move(target));
}

} // namespace

QString DnsblTargets::Skipped::reasonText() const
{
    switch (reason) {
    case Reason::Range:
        return QCoreApplication::translate(
            "DnsblTargets", "a range: blocklists list single addresses, so only single "
                            "addresses are checked; add the range's addresses in use one by one");
    case Reason::NotAnAddress:
        return QCoreApplication::translate("DnsblTargets", "not an IPv4 or IPv6 address");
    }
    return {};
}

DnsblTargets DnsblTargets::fromProfile(const OperatorProfile& profile)
{
    DnsblTargets result;
    for (const ExitNode& exit : profile.exits) {
        for (const QString& address : exit.addresses) {
            Reason reason = Reason::NotAnAddress;
            const std::optional<QHostAddress> single = singleAddress(address, &reason);
            if (single)
                addUnique(result.targets, DnsblTarget{*single, exit.name, exit.premium});
            else
                result.skipped.append(Skipped{address, exit.name, reason});
        }
    }
    return result;
}

DnsblTargets DnsblTargets::fromAddresses(const QStringList& addresses,
                                         const OperatorProfile& profile)
{
    const DnsblTargets known = fromProfile(profile);
    DnsblTargets result;
    for (const QString& address : addresses) {
        Reason reason = Reason::NotAnAddress;
        const std::optional<QHostAddress> single = singleAddress(address, &reason);
        if (!single) {
            result.skipped.append(Skipped{address, QString(), reason});
            continue;
        }
        DnsblTarget target{*single, QString(), false};
        for (const DnsblTarget& exit : known.targets) {
            if (exit.address.isEqual(*single))
                target = exit;
        }
        addUnique(result.targets, target);
    }
    return result;
}

} // namespace mixdesk
