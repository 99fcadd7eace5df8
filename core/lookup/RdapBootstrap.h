#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mixdesk {

// One IANA bootstrap registry (RFC 9224): ipv4.json, ipv6.json or dns.json,
// mapping address ranges or top-level domains to the RDAP servers that answer
// for them.
class RdapBootstrap
{
public:
    static Result<RdapBootstrap> parse(const QByteArray& json);

    // The server's base URL (ending in '/') for the longest matching prefix; an
    // empty URL when no service covers the address.
    QUrl serverForAddress(const QHostAddress& address) const;
    // The server for the longest matching domain suffix ("example.co.uk" matches
    // "co.uk" before "uk").
    QUrl serverForDomain(const QString& domain) const;

private:
    struct Service
    {
        QStringList entries;
        QUrl server;
    };
    static QUrl pickServer(const QStringList& urls);

    QList<Service> m_services;
};

} // namespace mixdesk
