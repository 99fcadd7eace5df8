#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mixdesk {

// What kind of exit a node is: decides which block export fits it and how the
// notice page and the fact sheet describe it.
enum class ExitKind
{
    JonDonymMix, // last mix of a JonDonym cascade ("jondonym-mix")
    TorRelay,    // Tor exit relay ("tor-relay")
    Vpn,         // VPN exit ("vpn")
    HttpProxy,   // HTTP(S) proxy exit, e.g. Squid ("http-proxy")
    Other        // ("other")
};
QString exitKindId(ExitKind kind);
ExitKind exitKindFromId(QStringView id);    // Other for unknown ids
QString exitKindDisplayName(ExitKind kind); // translated

// One exit server of the operator.
struct ExitNode
{
    QString name;          // e.g. "exit1"
    QString cascade;       // mix cascade or relay family it belongs to
    QStringList addresses; // IPv4/IPv6, single addresses or CIDR ranges, as the operator wrote them
    QString hostname;      // reverse DNS name, optional
    bool premium = false;  // premium exits also carry mail (SMTP)
    QString isp;           // hosting ISP
    QString ispAbuseContact;
    ExitKind kind = ExitKind::JonDonymMix;
    QString country; // hosting country, ISO 3166 alpha-2 ("NL"); empty: unknown
    // Service period: the exit carried users' traffic from inServiceSince (inclusive)
    // to inServiceUntil (inclusive); an invalid date leaves that side open.
    QDate inServiceSince;
    QDate inServiceUntil;
    // The ISP's stance on running an exit: free text, and whether the ISP was told
    // and agreed how abuse is handled (with the date of that agreement).
    QString ispStance;
    bool ispInformed = false;
    QDate ispInformedOn;

    // Whether the exit was in service at `time` (UTC): true when the period's open
    // sides allow it. nullopt when no period is recorded at all.
    std::optional<bool> inServiceAt(const QDateTime& time) const;

    bool operator==(const ExitNode&) const = default;
};

// Who the operator is and which exits they run. Stored as JSON; the corpus's
// operator.json shape ({"operator": {...}, "exit_ips": [...], ...}) is read too.
struct OperatorProfile
{
    QString name;
    QString organisation;
    QString email;
    QString phone;
    QString postalAddress;
    QString isp; // default ISP for exits that do not name their own
    QString ispAbuseContact;
    QString homeCountry; // the operator's own country, ISO 3166 alpha-2; empty: unknown
    // Abuse addresses the operator reads (e.g. abuse@ of the operator's domain); the
    // first one goes on the exit notice page. The whois check accepts any of them.
    QStringList abuseAddresses;
    // The operator's own "talking" reverse DNS pattern (a regular expression,
    // case-insensitive), beside the built-in words exit, tor, anon, mix...
    QString ptrPattern;
    // Phrases that mark the operator's own exit notice page, when it is not the
    // generated one.
    QStringList noticeKeywords;
    QList<ExitNode> exits;

    // Every configured address/range of every exit, in configuration order.
    QStringList allExitAddresses() const;
    // The address complaints should go to: the first abuse address, else the e-mail.
    QString primaryAbuseAddress() const;

    QJsonObject toJson() const;
    static Result<OperatorProfile> fromJson(const QJsonObject& json);
    static Result<OperatorProfile> fromJsonBytes(const QByteArray& bytes);
    static Result<OperatorProfile> loadFile(const QString& path);

    bool operator==(const OperatorProfile&) const = default;
};

} // namespace mixdesk
