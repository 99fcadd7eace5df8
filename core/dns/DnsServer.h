#pragma once

#include "util/Result.h"

#include <QHostAddress>
#include <QString>

namespace mixdesk {

// A name server to ask: an IPv4 or IPv6 address and a UDP/TCP port.
struct DnsServer
{
    QHostAddress address;
    quint16 port = 53;

    // Parses "ADDR[:PORT]": "192.0.2.53", "192.0.2.53:5353", "2001:db8::53",
    // "[2001:db8::53]" or "[2001:db8::53]:5353". Only addresses: resolving a server's
    // name would need a server first.
    static Result<DnsServer> parse(const QString& text);

    // The same notation back ("[2001:db8::53]:5353"; the port only when not 53).
    QString toString() const;

    bool operator==(const DnsServer&) const = default;
};

} // namespace mixdesk
