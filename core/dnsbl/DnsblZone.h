#pragma once

#include "dnsbl/DnsblKind.h"
#include "util/Result.h"

#include <QAbstractSocket>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace mixdesk {

// What one return code of a zone means; a code may be more or less urgent than the
// zone as a whole (Spamhaus ZEN: SBL is actionable, XBL is expected for an exit).
struct DnsblCode
{
    QString meaning;
    std::optional<DnsblKind> kind; // none: the zone's kind

    bool operator==(const DnsblCode&) const = default;
};

// One DNS blocklist: where to ask, what its answers mean, where to get off it.
// Read from the catalogue's JSON (core/dnsbl/zones.json and the user's file); the
// field names below are the JSON keys.
struct DnsblZone
{
    QString zone;         // "zone": the list's DNS zone, also its identity
    QString name;         // "name": shown to the user
    QString dqsZone;      // "dqs_zone": with a Spamhaus DQS key, ask "{key}.zen.dq.spamhaus.net"
    bool dqsOnly = false; // "dqs_only": usable only with a DQS key
    bool ipv4 = true;     // "ipv4"
    bool ipv6 = false;    // "ipv6": lists IPv6 addresses (nibble-reversed)
    DnsblKind kind = DnsblKind::Informational; // "kind"
    QMap<QString, DnsblCode> codes;            // "codes": {"127.0.0.2": {"meaning", "kind"}}
    QMap<QString, QString> errorCodes; // "error_codes": answers that are refusals, not listings
    QString delistUrl;                 // "delist"
    QString infoUrl;                   // "info"
    QString dead;                      // "dead": why the zone is dead; dead zones are never checked
    bool enabled = true;               // "enabled": the user can switch a zone off

    // The zone to ask: the DQS zone with the key when there is a key and a DQS zone.
    QString queryZone(const QString& dqsKey) const;
    // Whether a check asks this zone at all.
    bool isChecked(const QString& dqsKey) const;
    bool supports(QAbstractSocket::NetworkLayerProtocol family) const;

    bool isErrorCode(const QString& code) const { return errorCodes.contains(code); }
    // The meaning of a code; for a code the catalogue does not know, a generic text.
    QString meaningOf(const QString& code) const;
    DnsblKind kindOf(const QString& code) const;

    QJsonObject toJson() const;
    static Result<DnsblZone> fromJson(const QJsonObject& json);

    bool operator==(const DnsblZone&) const = default;
};

} // namespace mixdesk
