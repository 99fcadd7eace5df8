#include "dnsbl/DnsblZone.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace mixdesk {

QString DnsblZone::queryZone(const QString& dqsKey) const
{
    if (dqsKey.isEmpty() || dqsZone.isEmpty())
        return zone;
    QString z = dqsZone;
    return z.replace(QLatin1String("{key}"), dqsKey);
}

bool DnsblZone::isChecked(const QString& dqsKey) const
{
    return enabled && dead.isEmpty() && (!dqsOnly || !dqsKey.isEmpty());
}

bool DnsblZone::supports(QAbstractSocket::NetworkLayerProtocol family) const
{
    return family == QAbstractSocket::IPv6Protocol ? ipv6 : ipv4;
}

QString DnsblZone::meaningOf(const QString& code) const
{
    if (const auto it = codes.constFind(code); it != codes.constEnd())
        return it->meaning;
    if (const auto it = errorCodes.constFind(code); it != errorCodes.constEnd())
        return *it;
    return QCoreApplication::translate("DnsblZone", "Listed with code %1 (not described by the "
                                                    "catalogue)")
        .arg(code);
}

DnsblKind DnsblZone::kindOf(const QString& code) const
{
    const auto it = codes.constFind(code);
    return it != codes.constEnd() && it->kind ? *it->kind : kind;
}

QJsonObject DnsblZone::toJson() const
{
    QJsonObject json{{QStringLiteral("zone"), zone},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("ipv4"), ipv4},
                     {QStringLiteral("ipv6"), ipv6},
                     {QStringLiteral("kind"), dnsblKindId(kind)}};
    if (!dqsZone.isEmpty())
        json.insert(QStringLiteral("dqs_zone"), dqsZone);
    if (dqsOnly)
        json.insert(QStringLiteral("dqs_only"), true);
    QJsonObject codeJson;
    for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
        QJsonObject one{{QStringLiteral("meaning"), it->meaning}};
        if (it->kind)
            one.insert(QStringLiteral("kind"), dnsblKindId(*it->kind));
        codeJson.insert(it.key(), one);
    }
    json.insert(QStringLiteral("codes"), codeJson);
    if (!errorCodes.isEmpty()) {
        QJsonObject errors;
        for (auto it = errorCodes.constBegin(); it != errorCodes.constEnd(); ++it)
            errors.insert(it.key(), *it);
        json.insert(QStringLiteral("error_codes"), errors);
    }
    if (!delistUrl.isEmpty())
        json.insert(QStringLiteral("delist"), delistUrl);
    if (!infoUrl.isEmpty())
        json.insert(QStringLiteral("info"), infoUrl);
    if (!dead.isEmpty())
        json.insert(QStringLiteral("dead"), dead);
    if (!enabled)
        json.insert(QStringLiteral("enabled"), false);
    return json;
}

namespace {

Error zoneError(const QString& zone, const QString& what)
{
    return Error{QCoreApplication::translate("DnsblZone", "DNSBL zone “%1”: %2").arg(zone, what)};
}

bool isCode(const QString& code)
{
    QHostAddress address;
    return address.setAddress(code) && address.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace

Result<DnsblZone> DnsblZone::fromJson(const QJsonObject& json)
{
    DnsblZone z;
    z.zone = json.value(QLatin1String("zone")).toString().trimmed().toLower();
    if (z.zone.endsWith(u'.'))
        z.zone.chop(1);
    if (z.zone.isEmpty() || z.zone.contains(u' '))
        return zoneError(z.zone, QCoreApplication::translate("DnsblZone", "no zone name"));
    z.name = json.value(QLatin1String("name")).toString(z.zone);
    z.dqsZone = json.value(QLatin1String("dqs_zone")).toString();
    z.dqsOnly = json.value(QLatin1String("dqs_only")).toBool(false);
    if (z.dqsOnly && !z.dqsZone.contains(QLatin1String("{key}")))
        return zoneError(z.zone, QCoreApplication::translate(
                                     "DnsblZone", "“dqs_only” needs a “dqs_zone” with {key}"));
    z.ipv4 = json.value(QLatin1String("ipv4")).toBool(true);
    z.ipv6 = json.value(QLatin1String("ipv6")).toBool(false);
    const QString kind =
        json.value(QLatin1String("kind")).toString(QStringLiteral("informational"));
    const std::optional<DnsblKind> parsedKind = dnsblKindFromId(kind);
    if (!parsedKind)
        return zoneError(z.zone,
                         QCoreApplication::translate("DnsblZone", "unknown kind “%1”").arg(kind));
    z.kind = *parsedKind;

    const QJsonObject codes = json.value(QLatin1String("codes")).toObject();
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        if (!isCode(it.key()))
            return zoneError(z.zone, QCoreApplication::translate(
                                         "DnsblZone", "return code “%1” is not an IPv4 address")
                                         .arg(it.key()));
        DnsblCode code;
        if (it->isString()) {
            code.meaning = it->toString();
        } else {
            const QJsonObject one = it->toObject();
            code.meaning = one.value(QLatin1String("meaning")).toString();
            if (one.contains(QLatin1String("kind"))) {
                code.kind = dnsblKindFromId(one.value(QLatin1String("kind")).toString());
                if (!code.kind)
                    return zoneError(z.zone, QCoreApplication::translate(
                                                 "DnsblZone", "unknown kind of code “%1”")
                                                 .arg(it.key()));
            }
        }
        z.codes.insert(it.key(), code);
    }
    const QJsonObject errors = json.value(QLatin1String("error_codes")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        if (!isCode(it.key()))
            return zoneError(z.zone, QCoreApplication::translate(
                                         "DnsblZone", "error code “%1” is not an IPv4 address")
                                         .arg(it.key()));
        z.errorCodes.insert(it.key(), it->toString());
    }
    z.delistUrl = json.value(QLatin1String("delist")).toString();
    z.infoUrl = json.value(QLatin1String("info")).toString();
    z.dead = json.value(QLatin1String("dead")).toString();
    z.enabled = json.value(QLatin1String("enabled")).toBool(true);
    return z;
}

} // namespace mixdesk
