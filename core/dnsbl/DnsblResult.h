#pragma once

#include "dnsbl/DnsblKind.h"
#include "dnsbl/DnsblStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mixdesk {

// What one zone said about one address in one check.
struct DnsblResult
{
    QString ip;       // as QHostAddress::toString() writes it
    QString exitName; // empty for an address given by hand
    bool premium = false;
    QString zone; // the catalogue's zone (not the DQS zone asked: that holds the key)
    DnsblStatus status = DnsblStatus::Error;
    // Listed: the return codes; Refused: the error codes (127.255.255.254, ...);
    // Error: the answers outside 127.0.0.0/8; Untrusted: the answer, if any.
    QStringList codes;
    // Listed: what the codes mean; every other status: why (the reason), or empty.
    QString meaning;
    QString txt; // Listed: the zone's TXT reason, when it gives one
    // Listed: the most urgent kind among the codes; otherwise the zone's kind.
    DnsblKind kind = DnsblKind::Informational;
    QDateTime checkedAt; // UTC; the same for every result of one check

    // {"ip", "zone", "status", "codes", "meaning", "txt", "kind"}: the CLI's line.
    QJsonObject toJson() const;

    bool operator==(const DnsblResult&) const = default;
};

} // namespace mixdesk
