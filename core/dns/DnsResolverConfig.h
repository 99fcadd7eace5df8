#pragma once

#include "dns/DnsServer.h"

#include <QList>

namespace mixdesk {

// Where and how patiently a resolver asks.
struct DnsResolverConfig
{
    // Name servers in order of preference; empty: the system's (/etc/resolv.conf).
    QList<DnsServer> servers;
    // Wait for the first try. c-ares doubles the wait on each round through the
    // servers, so with one server, 1500 ms and 2 tries a lookup gives up after
    // 1.5 s + 3 s = 4.5 s.
    int timeoutMs = 1500;
    int tries = 2; // attempts per server, the first one included

    bool operator==(const DnsResolverConfig&) const = default;
};

} // namespace mixdesk
