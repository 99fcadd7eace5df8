#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mixdesk {

enum class SmtpSecurity
{
    Smtps,    // implicit TLS (port 465)
    StartTls, // plain connection upgraded with STARTTLS, required (port 587)
    Plain     // loopback only
};
QString smtpSecurityId(SmtpSecurity security); // "smtps", "starttls", "plain"
std::optional<SmtpSecurity> smtpSecurityFromId(QStringView id);

// The account responses are sent with. The password is never part of it: it lives in
// the keychain (key smtpSecretKey()) or is printed by passwordCommand.
struct SmtpAccount
{
    QString host;
    int port = 465;
    SmtpSecurity security = SmtpSecurity::Smtps;
    QString user;                     // empty: no AUTH
    QString from;                     // the sender address (envelope and From:)
    QString fromName;                 // display name in From:, optional
    QString passwordCommand;          // optional, run with /bin/sh -c
    QString trustedFingerprintSha256; // optional pin: hex SHA-256 of the server certificate
    bool appendToSent = false;        // also store a copy in the IMAP Sent folder
    QString sentAccount;              // of this IMAP account (accounts.json); empty: the first
    QString sentFolder;               // empty: the account's \Sent folder, else "Sent"

    bool isConfigured() const { return !host.isEmpty() && !from.isEmpty(); }
    // Refuses incomplete accounts and plain-text connections to non-loopback hosts.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<SmtpAccount> fromJson(const QJsonObject& json);

    bool operator==(const SmtpAccount&) const = default;
};

// The keychain key of the SMTP password.
QString smtpSecretKey(); // "smtp:default"

// The SMTP account in smtp.json beside accounts.json, written atomically.
class SmtpAccountFile
{
public:
    explicit SmtpAccountFile(QString path = defaultPath());
    static QString defaultPath();
    const QString& path() const { return m_path; }

    // A default (unconfigured) account when the file does not exist yet.
    Result<SmtpAccount> load() const;
    Status save(const SmtpAccount& account) const;

private:
    QString m_path;
};

} // namespace mixdesk
