#include "accounts/ImapAccount.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace mixdesk {

QString securityId(ImapSecurity security)
{
    switch (security) {
    case ImapSecurity::Imaps:
        return QStringLiteral("imaps");
    case ImapSecurity::StartTls:
        return QStringLiteral("starttls");
    case ImapSecurity::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

std::optional<ImapSecurity> securityFromId(QStringView id)
{
    for (ImapSecurity s : {ImapSecurity::Imaps, ImapSecurity::StartTls, ImapSecurity::Plain})
        if (id == securityId(s))
            return s;
    return std::nullopt;
}

QString AfterSync::toString() const
{
    switch (action) {
    case Action::None:
        return QStringLiteral("none");
    case Action::MarkSeen:
        return QStringLiteral("mark-seen");
    case Action::Move:
        return QStringLiteral("move:") + folder;
    }
    return {};
}

Result<AfterSync> AfterSync::fromString(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("none"))
        return AfterSync{};
    if (text == QLatin1String("mark-seen"))
        return AfterSync{Action::MarkSeen, {}};
    if (text.startsWith(QLatin1String("move:")) && text.size() > 5)
        return AfterSync{Action::Move, text.mid(5)};
    return Error{
        QCoreApplication::translate(
            "ImapAccount", "Unknown after-sync action '%1' (use none, mark-seen or move:FOLDER)")
            .arg(text)};
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString normalizeFingerprint(const QString& fingerprint)
{
    QString hex;
    for (QChar c : fingerprint) {
        if (c == u':' || c == u' ')
            continue;
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
        hex += c.toLower();
    }
    return hex.size() == 64 ? hex : QString();
}

Status ImapAccount::validate() const
{
    if (name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ImapAccount", "The account needs a name")};
    if (host.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ImapAccount", "The account needs a host")};
    if (port <= 0 || port > 65535)
        return Error{QCoreApplication::translate("ImapAccount", "Invalid port %1").arg(port)};
    if (user.isEmpty())
        return Error{QCoreApplication::translate("ImapAccount", "The account needs a user name")};
    if (folders.isEmpty())
        return Error{
            QCoreApplication::translate("ImapAccount", "The account needs at least one folder")};
    if (security == ImapSecurity::Plain && !isLoopbackHost(host))
        return Error{QCoreApplication::translate(
                         "ImapAccount",
                         "Refusing an unencrypted connection to %1: plain IMAP is only allowed to "
                         "this computer (127.0.0.1, ::1, localhost); use imaps or starttls")
                         .arg(host)};
    if (!trustedFingerprintSha256.isEmpty() &&
        normalizeFingerprint(trustedFingerprintSha256).isEmpty())
        return Error{QCoreApplication::translate(
            "ImapAccount", "The trusted fingerprint must be a SHA-256 hash (64 hex digits)")};
    if (afterSync.action == AfterSync::Action::Move && afterSync.folder.isEmpty())
        return Error{
            QCoreApplication::translate("ImapAccount", "Moving after sync needs a target folder")};
    if (syncIntervalMinutes < 0)
        return Error{
            QCoreApplication::translate("ImapAccount", "The sync interval cannot be negative")};
    return {};
}

QJsonObject ImapAccount::toJson() const
{
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), port},
        {QStringLiteral("security"), securityId(security)},
        {QStringLiteral("user"), user},
        {QStringLiteral("folders"), QJsonArray::fromStringList(folders)},
        {QStringLiteral("afterSync"), afterSync.toString()},
        {QStringLiteral("syncIntervalMinutes"), syncIntervalMinutes},
    };
    if (!passwordCommand.isEmpty())
        json.insert(QStringLiteral("passwordCommand"), passwordCommand);
    if (!trustedFingerprintSha256.isEmpty())
        json.insert(QStringLiteral("trustedFingerprintSha256"), trustedFingerprintSha256);
    return json;
}

Result<ImapAccount> ImapAccount::fromJson(const QJsonObject& json)
{
    ImapAccount account;
    account.name = json.value(QLatin1String("name")).toString();
    account.host = json.value(QLatin1String("host")).toString();
    account.port = json.value(QLatin1String("port")).toInt(993);
    const auto security = securityFromId(json.value(QLatin1String("security")).toString());
    if (!security)
        return Error{
            QCoreApplication::translate("ImapAccount", "Account '%1': unknown security '%2'")
                .arg(account.name, json.value(QLatin1String("security")).toString())};
    account.security = *security;
    account.user = json.value(QLatin1String("user")).toString();
    account.folders.clear();
    for (const QJsonValue& folder : json.value(QLatin1String("folders")).toArray())
        account.folders << folder.toString();
    if (account.folders.isEmpty())
        account.folders << QStringLiteral("INBOX");
    account.passwordCommand = json.value(QLatin1String("passwordCommand")).toString();
    account.trustedFingerprintSha256 =
        json.value(QLatin1String("trustedFingerprintSha256")).toString();
    auto afterSync = AfterSync::fromString(json.value(QLatin1String("afterSync")).toString());
    if (!afterSync)
        return afterSync.error();
    account.afterSync = *afterSync;
    account.syncIntervalMinutes = json.value(QLatin1String("syncIntervalMinutes")).toInt(0);
    return account;
}

} // namespace mixdesk
