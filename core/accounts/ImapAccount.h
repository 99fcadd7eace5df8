#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mixdesk {

enum class ImapSecurity
{
    Imaps,
    StartTls,
    Plain
};
QString securityId(ImapSecurity security); // "imaps", "starttls", "plain"
std::optional<ImapSecurity> securityFromId(QStringView id);

// What to do on the server with messages once they are safely in the store.
struct AfterSync
{
    enum class Action
    {
        None,
        MarkSeen,
        Move
    };
    Action action = Action::None;
    QString folder; // target folder for Move

    QString toString() const; // "none", "mark-seen", "move:FOLDER"
    static Result<AfterSync> fromString(const QString& text);
    bool operator==(const AfterSync&) const = default;
};

// An IMAP account to fetch notices from. The password is never part of it: it lives
// in the keychain (key imapSecretKey(name)) or is printed by passwordCommand.
struct ImapAccount
{
    QString name;
    QString host;
    int port = 993;
    ImapSecurity security = ImapSecurity::Imaps;
    QString user;
    QStringList folders{QStringLiteral("INBOX")};
    QString passwordCommand;          // optional, run with /bin/sh -c
    QString trustedFingerprintSha256; // optional pin: hex SHA-256 of the server certificate (DER)
    AfterSync afterSync;
    int syncIntervalMinutes = 0; // 0: only on demand

    // Refuses incomplete accounts and plain-text connections to non-loopback hosts.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<ImapAccount> fromJson(const QJsonObject& json);

    bool operator==(const ImapAccount&) const = default;
};

bool isLoopbackHost(const QString& host);
// "AB:CD:..." or "abcd..." to lower-case hex without separators; empty when not 64 hex digits.
QString normalizeFingerprint(const QString& fingerprint);

} // namespace mixdesk
