#include "lookup/RdapCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mixdesk {

std::optional<RdapCache::Entry> RdapCache::find(const QString& key, const QDateTime& now) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || it->expiresAt <= now)
        return std::nullopt;
    return *it;
}

void RdapCache::insert(const QString& key, const Entry& entry)
{
    m_entries.insert(key, entry);
}

Status RdapCache::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("RdapCache", "Cannot read the RDAP cache %1: %2")
                         .arg(path, file.errorString())};
    const QJsonObject entries = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("entries"))
                                    .toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.body = o.value(QStringLiteral("body")).toString().toUtf8();
        e.url = o.value(QStringLiteral("url")).toString();
        e.httpStatus = o.value(QStringLiteral("status")).toInt(200);
        e.fetchedAt =
            QDateTime::fromString(o.value(QStringLiteral("fetched")).toString(), Qt::ISODateWithMs);
        e.expiresAt =
            QDateTime::fromString(o.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        if (e.expiresAt.isValid())
            m_entries.insert(it.key(), e);
    }
    return {};
}

Status RdapCache::save(const QString& path) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject entries;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        if (it->expiresAt <= now)
            continue;
        entries.insert(
            it.key(),
            QJsonObject{{QStringLiteral("body"), QString::fromUtf8(it->body)},
                        {QStringLiteral("url"), it->url},
                        {QStringLiteral("status"), it->httpStatus},
                        {QStringLiteral("fetched"), it->fetchedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("expires"), it->expiresAt.toString(Qt::ISODateWithMs)}});
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("RdapCache", "Cannot write the RDAP cache %1: %2")
                         .arg(path, file.errorString())};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                         {QStringLiteral("entries"), entries}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error{QCoreApplication::translate("RdapCache", "Cannot write the RDAP cache %1: %2")
                         .arg(path, file.errorString())};
    return {};
}

} // namespace mixdesk
