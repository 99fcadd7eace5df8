#pragma once

#include "exits/blocks/PortRange.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mixdesk {

// What a block names: a host name (resolved when exported, or matched by name
// where the exit can: Squid), one address, or a network.
enum class BlockTarget
{
    Host,
    Address,
    Network
};

// A request to block a destination on every exit: a victim of stalking, a site
// owner who wants no anonymous visitors, an offence. Who asked, why, which notice
// or case it came with, since when and until when.
struct BlockRequest
{
    qint64 id = 0;          // given by the store
    QString destination;    // normalised: lower-case host, canonical address or network
    QList<PortRange> ports; // empty: every port
    QString requester;
    QString reason;
    QString reference;   // the notice or case id it came with
    QDateTime createdAt; // UTC
    QDate expires;       // invalid: no expiry; else the last day the block applies

    BlockTarget target() const;
    bool isActiveOn(const QDate& day) const;

    // Checks and normalises a destination ("Forum.Example." -> "forum.example",
    // "2001:DB8::0:7" -> "2001:db8::7", "198.51.100.9/24" -> "198.51.100.0/24").
    static Result<QString> normaliseDestination(const QString& text);
    // One line for comments in exported files: "#3 forum.example: reason (requested
    // by X, notice N, until 2027-01-01)", without line breaks.
    QString describe() const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, BlockRequest* request);

    bool operator==(const BlockRequest&) const = default;
};

} // namespace mixdesk
