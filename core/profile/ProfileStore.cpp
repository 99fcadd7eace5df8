#include "profile/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mixdesk {

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/profile.json");
}

Result<OperatorProfile> ProfileStore::load(const QString& path)
{
    if (!QFileInfo::exists(path))
        return OperatorProfile{};
    return OperatorProfile::loadFile(path);
}

Status ProfileStore::save(const OperatorProfile& profile, const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // QSaveFile: a crash while writing never leaves a half-written profile behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("ProfileStore", "Cannot write profile %1: %2")
                         .arg(path, file.errorString())};
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{QCoreApplication::translate("ProfileStore", "Cannot write profile %1: %2")
                         .arg(path, file.errorString())};
    return {};
}

} // namespace mixdesk
