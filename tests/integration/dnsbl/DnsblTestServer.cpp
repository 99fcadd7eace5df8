#include "DnsblTestServer.h"

#include "TestPaths.h"

namespace mixdesk::test {
namespace {

const QString kV6Listed =
    QStringLiteral("2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0");
// 2001:db8:4::77 reversed in nibbles.
const QString kExitV6 =
    QStringLiteral("7.7.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.4.0.0.0.8.b.d.0.1.0.0.2");

} // namespace

QString DnsblTestServer::zonesFile()
{
    return sourceDir() + QStringLiteral("/tests/integration/dnsbl/test-zones.json");
}

bool DnsblTestServer::start()
{
    if (!m_silent.bind(QHostAddress::LocalHost, 0)) {
        m_error = QStringLiteral("cannot bind the silent socket: ") + m_silent.errorString();
        return false;
    }
    m_dns = std::make_unique<DnsmasqServer>(QStringList{
        QStringLiteral("--local=/listed.test/"),
        QStringLiteral("--host-record=2.0.0.127.listed.test,127.0.0.2"),
        QStringLiteral("--host-record=%1.listed.test,127.0.0.2").arg(kV6Listed),
        QStringLiteral("--host-record=23.100.51.198.listed.test,127.0.0.2"),
        QStringLiteral("--txt-record=23.100.51.198.listed.test,Listed: see "
                       "https://listed.test/q/198.51.100.23"),
        QStringLiteral("--host-record=%1.listed.test,127.0.0.4").arg(kExitV6),
        QStringLiteral("--address=/spamhaus.test/127.255.255.254"),
        QStringLiteral("--address=/wild.test/127.0.0.2"),
        QStringLiteral("--local=/v4only.test/"),
        QStringLiteral("--host-record=2.0.0.127.v4only.test,127.0.0.2"),
        QStringLiteral("--address=/rewrite.test/198.51.100.99"),
        QStringLiteral("--server=/never.test/127.0.0.1#%1").arg(m_silent.localPort()),
        QStringLiteral("--local=/dead.test/"),
        QStringLiteral("--local=/keyed.test/"),
        QStringLiteral("--host-record=2.0.0.127.secret.keyed.test,127.0.0.2"),
        QStringLiteral("--host-record=23.100.51.198.secret.keyed.test,127.0.0.2"),
        QStringLiteral("--host-record=2.0.0.127.public.keyed.test,127.0.0.2"),
    });
    return m_dns->start();
}

} // namespace mixdesk::test
