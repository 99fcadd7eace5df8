#pragma once

#include <QHostAddress>
#include <QString>

namespace mixdesk {

// The reversed forms of an address that DNS uses for reverse lookups (RFC 1035 3.5,
// RFC 3596 2.5) and DNS blocklists (RFC 5782 2.1 and 2.4).
class ReverseName
{
public:
    // "192.0.2.1" -> "1.2.0.192"; "2001:db8::1" -> "1.0.0.0.(...).8.b.d.0.1.0.0.2"
    // (32 nibbles, lower case). An IPv4-mapped IPv6 address (::ffff:192.0.2.1) stays
    // IPv6: RFC 5782's IPv6 test entry is ::FFFF:7F00:2. Empty for a null address.
    static QString labels(const QHostAddress& address);

    // The PTR name: labels + ".in-addr.arpa" or ".ip6.arpa".
    static QString ptrName(const QHostAddress& address);

    // The name to ask a DNS blocklist: labels + "." + zone.
    static QString inZone(const QHostAddress& address, const QString& zone);
};

} // namespace mixdesk
