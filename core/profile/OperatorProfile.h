#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

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
    QList<ExitNode> exits;

    // Every configured address/range of every exit, in configuration order.
    QStringList allExitAddresses() const;

    QJsonObject toJson() const;
    static Result<OperatorProfile> fromJson(const QJsonObject& json);
    static Result<OperatorProfile> fromJsonBytes(const QByteArray& bytes);
    static Result<OperatorProfile> loadFile(const QString& path);

    bool operator==(const OperatorProfile&) const = default;
};

} // namespace mixdesk
