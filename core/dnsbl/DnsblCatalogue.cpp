#include "dnsbl/DnsblCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initDnsblResource()
{
    static const bool once = [] {
        Q_INIT_RESOURCE(dnsbl_zones);
        return true;
    }();
    Q_UNUSED(once);
}

namespace mixdesk {
namespace {

Result<QJsonArray> zonesArray(const QByteArray& bytes, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull())
        return Error{QCoreApplication::translate("DnsblCatalogue", "%1: not valid JSON: %2")
                         .arg(origin, parseError.errorString())};
    if (doc.isArray())
        return doc.array();
    if (!doc.object().value(QLatin1String("zones")).isArray())
        return Error{
            QCoreApplication::translate("DnsblCatalogue", "%1: no “zones” array").arg(origin)};
    return doc.object().value(QLatin1String("zones")).toArray();
}

} // namespace

QString DnsblCatalogue::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/dnsbl-zones.json");
}

Result<DnsblCatalogue> DnsblCatalogue::builtIn()
{
    initDnsblResource();
    return loadFile(QStringLiteral(":/dnsbl/zones.json"));
}

Result<DnsblCatalogue> DnsblCatalogue::fromJsonBytes(const QByteArray& bytes, const QString& origin)
{
    const Result<QJsonArray> zones = zonesArray(bytes, origin);
    if (!zones)
        return zones.error();
    DnsblCatalogue catalogue;
    if (Status status = catalogue.overlay(*zones, origin); !status)
        return status.error();
    return catalogue;
}

Result<DnsblCatalogue> DnsblCatalogue::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("DnsblCatalogue", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    return fromJsonBytes(file.readAll(), path);
}

Result<DnsblCatalogue> DnsblCatalogue::load(const QString& userFile)
{
    Result<DnsblCatalogue> catalogue = builtIn();
    if (!catalogue || userFile.isEmpty() || !QFileInfo::exists(userFile))
        return catalogue;
    QFile file(userFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("DnsblCatalogue", "Cannot read %1: %2")
                         .arg(userFile, file.errorString())};
    const Result<QJsonArray> zones = zonesArray(file.readAll(), userFile);
    if (!zones)
        return zones.error();
    if (Status status = catalogue->overlay(*zones, userFile); !status)
        return status.error();
    return catalogue;
}

Status DnsblCatalogue::overlay(const QJsonArray& overrides, const QString& origin)
{
    for (const QJsonValue& value : overrides) {
        const QJsonObject entry = value.toObject();
        QString zone = entry.value(QLatin1String("zone")).toString().trimmed().toLower();
        if (zone.endsWith(u'.'))
            zone.chop(1);
        QJsonObject merged = entry;
        qsizetype index = -1;
        for (qsizetype i = 0; i < m_zones.size(); ++i) {
            if (m_zones[i].zone == zone) {
                index = i;
                // Fields the entry names replace the known zone's; the rest stay.
                merged = m_zones[i].toJson();
                for (auto it = entry.begin(); it != entry.end(); ++it)
                    merged.insert(it.key(), it.value());
                break;
            }
        }
        Result<DnsblZone> parsed = DnsblZone::fromJson(merged);
        if (!parsed)
            return Error{origin + QStringLiteral(": ") + parsed.error().message};
        if (index >= 0)
            m_zones[index] = std::move(*parsed);
        else
            m_zones.append(std::move(*parsed));
    }
    return {};
}

QList<DnsblZone> DnsblCatalogue::checkedZones(const QString& dqsKey) const
{
    QList<DnsblZone> result;
    for (const DnsblZone& zone : m_zones) {
        if (zone.isChecked(dqsKey))
            result.append(zone);
    }
    return result;
}

const DnsblZone* DnsblCatalogue::find(const QString& zone) const
{
    for (const DnsblZone& z : m_zones) {
        if (z.zone == zone)
            return &z;
    }
    return nullptr;
}

} // namespace mixdesk
