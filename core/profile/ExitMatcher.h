#pragma once

#include "profile/OperatorProfile.h"

#include <QHostAddress>
#include <QString>

#include <optional>

namespace mixdesk {

// Decides whether an address is one of the operator's exits. Compares parsed
// addresses, never strings: 2001:DB8:4:0:0:0:0:77 equals 2001:db8:4::77,
// ::ffff:192.0.2.140 equals 192.0.2.140, and 192.0.2.14 is not 192.0.2.140.
class ExitMatcher
{
public:
    explicit ExitMatcher(const OperatorProfile& profile);

    // The exit address as configured (or, for a CIDR range, the normalised
    // address itself) when `address` is an exit; nullopt otherwise.
    std::optional<QString> match(const QString& address) const;
    bool isExit(const QString& address) const { return match(address).has_value(); }
    // The exit node that owns `address`, or nullptr.
    const ExitNode* exitFor(const QString& address) const;

    // The exit whose host name (ExitNode::hostname, its reverse DNS name) `host` is,
    // ignoring case and a final dot: that exit's first single address; nullopt when no
    // exit has this name or the exit has no single address.
    std::optional<QString> matchHostname(QStringView host) const;
    struct NamedExit
    {
        QString hostname; // lower case, no final dot
        QString address;  // what matchHostname() gives for it
    };
    const QList<NamedExit>& namedExits() const { return m_namedExits; }

    // Canonical text form: IPv4 dotted, IPv6 compressed lower case, mapped IPv4 unwrapped,
    // zone index and IPv6: prefix removed. Empty when `address` is not an IP.
    static QString normalize(const QString& address);

private:
    struct Entry
    {
        QHostAddress network;
        int prefixLength = -1; // -1: single address
        QString configured;
        int exitIndex = -1;
    };
    OperatorProfile m_profile;
    QList<Entry> m_entries;
    QList<NamedExit> m_namedExits;
};

} // namespace mixdesk
