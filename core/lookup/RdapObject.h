#pragma once

#include "lookup/RdapEntity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// An RDAP answer for an IP network (RFC 9083 section 5.4) or a domain (5.3),
// reduced to what MixDesk reads: names, remarks and the contacts by role.
struct RdapObject
{
    QString objectClassName; // "ip network", "domain", "entity"...
    QString handle;
    QString name;    // the network's name (ip network)
    QString ldhName; // the domain's name (domain)
    QString startAddress;
    QString endAddress;
    QString ipVersion; // "v4" or "v6"
    QString type;      // e.g. "ASSIGNED PA"
    QString country;
    QString parentHandle;
    QString port43;      // the whois server, when the registry names one
    QStringList remarks; // "title: line" per description line
    QList<RdapEntity> entities;

    QString sourceUrl; // where the answer came from
    QDateTime fetchedAt;
    bool fromCache = false;
    QJsonObject raw; // the answer as received, for the cache and for display

    bool isIpNetwork() const { return objectClassName == QLatin1String("ip network"); }
    bool isDomain() const { return objectClassName == QLatin1String("domain"); }

    // Every entity, nested ones included, that has `role` (depth first).
    QList<RdapEntity> entitiesWithRole(QStringView role) const;
    // The e-mail addresses of the abuse contacts, without duplicates.
    QStringList abuseEmails() const;
    // Every text that can name who runs the network: its name, handle, remarks,
    // and each entity's name, organisation, e-mail addresses and remarks.
    QStringList namingTexts() const;
};

} // namespace mixdesk
