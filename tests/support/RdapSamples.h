#pragma once

#include <QJsonObject>
#include <QString>

namespace mixdesk::test {

class HttpFixtureServer;

// RDAP answers for tests, in the shape real registries send (RIPE-like). The
// operator is "Example Privacy e.V." (abuse@privacy.example); the hosting ISP is
// "Hoster B.V." (abuse@hoster.example).
namespace rdap {

// An ip network answer; `operatorNamed`: registrant and abuse contact are the
// operator's, else only the ISP's.
QJsonObject network(const QString& start, const QString& end, bool operatorNamed);
QJsonObject domain(const QString& name);

// Serves bootstrap files under /bootstrap/ (ipv4.json, ipv6.json, dns.json) that
// send 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 and ".example"
// to the same server under /rdap/, and the networks: 203.0.113.0/24 and
// 2001:db8::/32 name the operator, 198.51.100.0/24 only the ISP. Routes exist for
// the given addresses (the answers are per address, as the server is static).
void serveStandardRegistry(HttpFixtureServer& server, const QStringList& operatorAddresses,
                           const QStringList& ispOnlyAddresses);
QString bootstrapBase(const HttpFixtureServer& server);

} // namespace rdap
} // namespace mixdesk::test
