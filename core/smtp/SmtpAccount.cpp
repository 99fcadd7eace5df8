#include "smtp/SmtpAccount.h"

#include "accounts/ImapAccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mixdesk {

QString smtpSecurityId(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Smtps:
        return QStringLiteral("smtps");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Plain:
        break;
    }
    return QStringLiteral("plain");
}

std::optional<SmtpSecurity> smtpSecurityFromId(QStringView id)
{
    for (SmtpSecurity s : {SmtpSecurity::Smtps, SmtpSecurity::StartTls, SmtpSecurity::Plain})
        if (id.compare(smtpSecurityId(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

Status SmtpAccount::validate() const
{
    if (host.trimmed().isEmpty())
        return Error{QCoreApplication::translate("SmtpAccount", "The SMTP server is missing")};
    if (port <= 0 || port > 65535)
        return Error{QCoreApplication::translate("SmtpAccount", "Invalid SMTP port %1").arg(port)};
    if (!from.contains(QLatin1Char('@')))
        return Error{
            QCoreApplication::translate("SmtpAccount", "The sender address '%1' is not an address")
                .arg(from)};
    if (security == SmtpSecurity::Plain && !isLoopbackHost(host))
        return Error{
            QCoreApplication::translate(
                "SmtpAccount", "Plain SMTP without TLS is only allowed to this computer (%1)")
                .arg(host)};
    return {};
}

QJsonObject SmtpAccount::toJson() const
{
    QJsonObject o{{QStringLiteral("host"), host},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("security"), smtpSecurityId(security)},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("from"), from},
                  {QStringLiteral("fromName"), fromName},
                  {QStringLiteral("appendToSent"), appendToSent}};
    if (!passwordCommand.isEmpty())
        o.insert(QStringLiteral("passwordCommand"), passwordCommand);
    if (!trustedFingerprintSha256.isEmpty())
        o.insert(QStringLiteral("trustedFingerprintSha256"), trustedFingerprintSha256);
    if (!sentAccount.isEmpty())
        o.insert(QStringLiteral("sentAccount"), sentAccount);
    if (!sentFolder.isEmpty())
        o.insert(QStringLiteral("sentFolder"), sentFolder);
    return o;
}

Result<SmtpAccount> SmtpAccount::fromJson(const QJsonObject& json)
{
    SmtpAccount a;
    a.host = json.value(QStringLiteral("host")).toString();
    a.port = json.value(QStringLiteral("port")).toInt(465);
    const auto security = smtpSecurityFromId(
        json.value(QStringLiteral("security")).toString(QStringLiteral("smtps")));
    if (!security)
        return Error{QCoreApplication::translate("SmtpAccount", "Unknown SMTP security '%1'")
                         .arg(json.value(QStringLiteral("security")).toString())};
    a.security = *security;
    a.user = json.value(QStringLiteral("user")).toString();
    a.from = json.value(QStringLiteral("from")).toString();
    a.fromName = json.value(QStringLiteral("fromName")).toString();
    a.passwordCommand = json.value(QStringLiteral("passwordCommand")).toString();
    a.trustedFingerprintSha256 = json.value(QStringLiteral("trustedFingerprintSha256")).toString();
    a.appendToSent = json.value(QStringLiteral("appendToSent")).toBool();
    a.sentAccount = json.value(QStringLiteral("sentAccount")).toString();
    a.sentFolder = json.value(QStringLiteral("sentFolder")).toString();
    return a;
}

QString smtpSecretKey()
{
    return QStringLiteral("smtp:default");
}

SmtpAccountFile::SmtpAccountFile(QString path) : m_path(std::move(path)) {}

QString SmtpAccountFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/smtp.json");
}

Result<SmtpAccount> SmtpAccountFile::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return SmtpAccount{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("SmtpAccount", "Cannot read %1: %2")
                         .arg(m_path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("SmtpAccount", "%1 is not valid JSON: %2")
                         .arg(m_path, parseError.errorString())};
    return SmtpAccount::fromJson(doc.object());
}

Status SmtpAccountFile::save(const SmtpAccount& account) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("SmtpAccount", "Cannot write %1: %2")
                         .arg(m_path, file.errorString())};
    file.write(QJsonDocument(account.toJson()).toJson());
    if (!file.commit())
        return Error{QCoreApplication::translate("SmtpAccount", "Cannot write %1: %2")
                         .arg(m_path, file.errorString())};
    return {};
}

} // namespace mixdesk
