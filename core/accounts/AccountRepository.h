#pragma once

#include "accounts/ImapAccount.h"

#include <QList>

namespace mixdesk {

// IMAP accounts in accounts.json in the per-user config location (QStandardPaths),
// written atomically (QSaveFile). Never holds a password.
class AccountRepository
{
public:
    explicit AccountRepository(QString path = defaultPath());
    static QString defaultPath();
    const QString& path() const { return m_path; }

    // An empty list when the file does not exist yet.
    Result<QList<ImapAccount>> load() const;
    Status save(const QList<ImapAccount>& accounts) const;

    Result<ImapAccount> find(const QString& name) const;
    // Validates; refuses a name that already exists.
    Status add(const ImapAccount& account) const;
    // Replaces the account with the same name (or adds it).
    Status update(const ImapAccount& account) const;
    Status remove(const QString& name) const;

private:
    QString m_path;
};

} // namespace mixdesk
