#include "accounts/AccountRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mixdesk {

AccountRepository::AccountRepository(QString path) : m_path(std::move(path)) {}

QString AccountRepository::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/accounts.json");
}

Result<QList<ImapAccount>> AccountRepository::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<ImapAccount>{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("AccountRepository", "Cannot read %1: %2")
                         .arg(m_path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("AccountRepository", "%1 is not valid JSON: %2")
                         .arg(m_path, parseError.errorString())};
    QList<ImapAccount> accounts;
    for (const QJsonValue& value : doc.object().value(QLatin1String("accounts")).toArray()) {
        auto account = ImapAccount::fromJson(value.toObject());
        if (!account)
            return account.error();
        accounts << *account;
    }
    return accounts;
}

Status AccountRepository::save(const QList<ImapAccount>& accounts) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray array;
    for (const ImapAccount& account : accounts)
        array.append(account.toJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("AccountRepository", "Cannot write %1: %2")
                         .arg(m_path, file.errorString())};
    // Hosts, users and password commands: for the user's eyes only, like the database.
    // Set on the temporary file, before anything is written into it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{QCoreApplication::translate("AccountRepository", "Cannot write %1: %2")
                         .arg(m_path, file.errorString())};
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), array}})
                   .toJson());
    if (!file.commit())
        return Error{QCoreApplication::translate("AccountRepository", "Cannot write %1: %2")
                         .arg(m_path, file.errorString())};
    return {};
}

Result<ImapAccount> AccountRepository::find(const QString& name) const
{
    auto accounts = load();
    if (!accounts)
        return accounts.error();
    for (const ImapAccount& account : *accounts)
        if (account.name == name)
            return account;
    return Error{
        QCoreApplication::translate("AccountRepository", "No account named '%1'").arg(name)};
}

Status AccountRepository::add(const ImapAccount& account) const
{
    if (Status valid = account.validate(); !valid)
        return valid;
    auto accounts = load();
    if (!accounts)
        return accounts.error();
    for (const ImapAccount& existing : *accounts)
        if (existing.name == account.name)
            return Error{QCoreApplication::translate("AccountRepository",
                                                     "An account named '%1' already exists")
                             .arg(account.name)};
    accounts->append(account);
    return save(*accounts);
}

Status AccountRepository::update(const ImapAccount& account) const
{
    if (Status valid = account.validate(); !valid)
        return valid;
    auto accounts = load();
    if (!accounts)
        return accounts.error();
    for (ImapAccount& existing : *accounts) {
        if (existing.name == account.name) {
            existing = account;
            return save(*accounts);
        }
    }
    accounts->append(account);
    return save(*accounts);
}

Status AccountRepository::remove(const QString& name) const
{
    auto accounts = load();
    if (!accounts)
        return accounts.error();
    const auto removed = accounts->removeIf([&](const ImapAccount& a) { return a.name == name; });
    if (removed == 0)
        return Error{
            QCoreApplication::translate("AccountRepository", "No account named '%1'").arg(name)};
    return save(*accounts);
}

} // namespace mixdesk
