#include "ExitsWiring.h"

#include "ExitsController.h"
#include "ExitsView.h"

#include "dns/AresResolver.h"
#include "exits/blocks/BlockHostResolver.h"
#include "exits/checks/DnsblCheck.h"
#include "exits/checks/DnsblListingsSnapshot.h"
#include "exits/checks/HostingCountryCheck.h"
#include "exits/checks/NoticePageCheck.h"
#include "exits/checks/ReverseDnsCheck.h"
#include "exits/checks/WhoisCheck.h"
#include "lookup/RdapClient.h"
#include "profile/ProfileStore.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace mixdesk {

ExitsWiring::ExitsWiring(const StoreLocation& location, const QString& actor, QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // The system's name servers; a resolver that cannot start leaves the reverse DNS
    // check and host name exports out, the rest works.
    Result<std::unique_ptr<AresResolver>> resolver = AresResolver::create(DnsResolverConfig{});
    if (resolver)
        m_resolver = std::move(*resolver);
    RdapClient::Options rdap;
    rdap.cachePath = RdapClient::defaultCachePath();
    // A mirror of IANA's bootstrap files (or a test server) when the settings name one.
    if (const QString base = QSettings().value(QStringLiteral("rdap/bootstrapBase")).toString();
        !base.isEmpty())
        rdap.bootstrapBase = QUrl(base);
    m_rdap = std::make_unique<RdapClient>(m_network, rdap);
    m_dnsbl = std::make_unique<DnsblListingsSnapshot>();
    m_whois = std::make_unique<WhoisCheck>(m_rdap.get());
    m_noticePage = std::make_unique<NoticePageCheck>(m_network, NoticePageCheck::Options{});
    m_country = std::make_unique<HostingCountryCheck>();
    m_dnsblCheck = std::make_unique<DnsblCheck>(m_dnsbl.get());

    ExitsDependencies deps;
    deps.profilePath = ProfileStore::defaultPath();
    deps.dnsblSnapshot = m_dnsbl.get();
    deps.openStores = [location, actor] { return ExitsStores::open(location, actor); };
    if (m_resolver) {
        m_reverseDns = std::make_unique<ReverseDnsCheck>(m_resolver.get());
        m_hostResolver = std::make_unique<BlockHostResolver>(m_resolver.get());
        deps.checks.append(m_reverseDns.get());
        deps.hostResolver = m_hostResolver.get();
    }
    deps.checks << m_whois.get() << m_noticePage.get() << m_country.get() << m_dnsblCheck.get();
    m_controller = std::make_unique<ExitsController>(deps);
}

// The controller goes first: it cancels the checks that still use the rest.
ExitsWiring::~ExitsWiring()
{
    m_controller.reset();
}

ExitsView* ExitsWiring::createView(QWidget* parent)
{
    auto* view = new ExitsView(m_controller.get(), parent);
    m_controller->load();
    return view;
}

} // namespace mixdesk
