#pragma once

#include "DnsmasqServer.h"

#include <QUdpSocket>

#include <memory>

namespace mixdesk::test {

// dnsmasq serving the test blocklists of test-zones.json:
//   listed.test    198.51.100.23 listed (127.0.0.2, TXT), 2001:db8:4::77 listed
//                  (127.0.0.4, expected for an exit), everything else NXDOMAIN; passes
//                  the RFC 5782 self-test for IPv4 and IPv6
//   spamhaus.test  answers 127.255.255.254 to everything (Spamhaus's "public resolver")
//   wild.test      answers 127.0.0.2 to everything (a dead zone that lists all)
//   v4only.test    an IPv4-only list (self-test passes, nothing else listed)
//   rewrite.test   answers 198.51.100.99 (a resolver that rewrites NXDOMAIN)
//   never.test     forwarded to a socket that never answers (timeout)
//   dead.test      NXDOMAIN for everything, even the test entry 127.0.0.2
//   SECRET.keyed.test  lists 198.51.100.23 only under the DQS-style key "secret"
class DnsblTestServer
{
public:
    bool start();
    QString errorString() const { return m_dns ? m_dns->errorString() : m_error; }
    quint16 port() const { return m_dns ? m_dns->port() : 0; }
    static QString zonesFile(); // test-zones.json in the source tree

private:
    QUdpSocket m_silent; // bound, never read: the upstream of never.test
    std::unique_ptr<DnsmasqServer> m_dns;
    QString m_error;
};

} // namespace mixdesk::test
