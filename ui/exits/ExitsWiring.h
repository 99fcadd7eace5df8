#pragma once

#include "store/StoreLocation.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QWidget;

namespace mixdesk {

class AresResolver;
class BlockHostResolver;
class DnsblCheck;
class DnsblListingsSnapshot;
class ExitsController;
class ExitsView;
class HostingCountryCheck;
class NoticePageCheck;
class RdapClient;
class ReverseDnsCheck;
class WhoisCheck;

// Everything the Exits view needs in production, made and owned in one place, so
// the window that shows it adds one line: the system's DNS resolver, the RDAP
// client with its cache file, the five checks, and the controller on the desk's
// database. Tests build their own ExitsDependencies instead.
class ExitsWiring : public QObject
{
    Q_OBJECT
public:
    ExitsWiring(const StoreLocation& location, const QString& actor, QObject* parent = nullptr);
    ~ExitsWiring() override;

    ExitsController* controller() const { return m_controller.get(); }
    // A new view on the controller (the caller owns it); loads the data.
    ExitsView* createView(QWidget* parent = nullptr);

private:
    QNetworkAccessManager* m_network;
    std::unique_ptr<AresResolver> m_resolver;
    std::unique_ptr<RdapClient> m_rdap;
    std::unique_ptr<DnsblListingsSnapshot> m_dnsbl;
    std::unique_ptr<ReverseDnsCheck> m_reverseDns;
    std::unique_ptr<WhoisCheck> m_whois;
    std::unique_ptr<NoticePageCheck> m_noticePage;
    std::unique_ptr<HostingCountryCheck> m_country;
    std::unique_ptr<DnsblCheck> m_dnsblCheck;
    std::unique_ptr<BlockHostResolver> m_hostResolver;
    std::unique_ptr<ExitsController> m_controller;
};

} // namespace mixdesk
