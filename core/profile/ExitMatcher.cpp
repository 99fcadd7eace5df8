#include "profile/ExitMatcher.h"

#include <algorithm>

namespace mixdesk {
namespace {

// Strips what mail software wraps around addresses: [..], IPv6: prefix, zone index.
QString stripDecoration(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    if (text.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        text = text.mid(5);
    const qsizetype zone = text.indexOf(u'%');
    if (zone >= 0)
        text.truncate(zone);
    return text;
}

QString hostKey(QStringView host)
{
    QStringView trimmed = host.trimmed();
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    return trimmed.toString().toLower();
}

QHostAddress parseAddress(const QString& text)
{
    QHostAddress address;
    if (!address.setAddress(stripDecoration(text)))
        return {};
    // ::ffff:a.b.c.d denotes the IPv4 address.
    bool isMapped = false;
    const quint32 v4 = address.toIPv4Address(&isMapped);
    if (isMapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

} // namespace

QString ExitMatcher::normalize(const QString& address)
{
    const QHostAddress parsed = parseAddress(address);
    if (parsed.isNull())
        return {};
    return parsed.toString().toLower();
}

ExitMatcher::ExitMatcher(const OperatorProfile& profile) : m_profile(profile)
{
    for (int i = 0; i < m_profile.exits.size(); ++i) {
        for (const QString& configured : m_profile.exits[i].addresses) {
            Entry entry;
            entry.configured = configured;
            entry.exitIndex = i;
            if (configured.contains(u'/')) {
                const auto subnet = QHostAddress::parseSubnet(configured);
                if (subnet.first.isNull())
                    continue;
                entry.network = subnet.first;
                entry.prefixLength = subnet.second;
            } else {
                entry.network = parseAddress(configured);
                if (entry.network.isNull())
                    continue;
            }
            m_entries.append(entry);
        }
        const ExitNode& exit = m_profile.exits[i];
        const QString name = hostKey(exit.hostname);
        const auto single = std::find_if(exit.addresses.cbegin(), exit.addresses.cend(),
                                         [](const QString& a) { return !a.contains(u'/'); });
        if (!name.isEmpty() && single != exit.addresses.cend())
            m_namedExits.append({name, *single});
    }
}

std::optional<QString> ExitMatcher::matchHostname(QStringView host) const
{
    const QString key = hostKey(host);
    if (key.isEmpty())
        return std::nullopt;
    for (const NamedExit& named : m_namedExits) {
        if (named.hostname == key)
            return named.address;
    }
    return std::nullopt;
}

std::optional<QString> ExitMatcher::match(const QString& address) const
{
    const QHostAddress parsed = parseAddress(address);
    if (parsed.isNull())
        return std::nullopt;
    for (const Entry& entry : m_entries) {
        if (entry.prefixLength < 0) {
            if (entry.network.isEqual(parsed, QHostAddress::StrictConversion))
                return entry.configured;
        } else if (parsed.isInSubnet(entry.network, entry.prefixLength)) {
            return parsed.toString().toLower();
        }
    }
    return std::nullopt;
}

const ExitNode* ExitMatcher::exitFor(const QString& address) const
{
    const QHostAddress parsed = parseAddress(address);
    if (parsed.isNull())
        return nullptr;
    for (const Entry& entry : m_entries) {
        const bool hit = entry.prefixLength < 0
                             ? entry.network.isEqual(parsed, QHostAddress::StrictConversion)
                             : parsed.isInSubnet(entry.network, entry.prefixLength);
        if (hit)
            return &m_profile.exits[entry.exitIndex];
    }
    return nullptr;
}

} // namespace mixdesk
