#pragma once

#include "accounts/ImapAccount.h"
#include "imap/MailboxClient.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mixdesk {

// Keeps a copy of a sent response in an IMAP account's Sent folder, as a mail client
// does: the exact bytes that went out, flagged \Seen. The folder is the one given,
// else the one the server marks \Sent (RFC 6154 SPECIAL-USE), else one named like
// "Sent". Blocking (one connection per copy): use it off the GUI thread.
class SentFolderWriter
{
public:
    SentFolderWriter(ImapAccount account, QString password, int timeoutSeconds = 60);

    // The folder the copy went to.
    Result<QString> append(const QByteArray& raw, const QString& folder = QString());

    // The \Sent mailbox, else "Sent", "INBOX.Sent", "INBOX/Sent", "Sent Items",
    // "Sent Messages" (any case); empty when none is there.
    static QString pickSentFolder(const QList<RemoteMailbox>& mailboxes);
    // The account named `name` (empty: the first one).
    static Result<ImapAccount> accountFor(const QString& name, const QList<ImapAccount>& accounts);

private:
    ImapAccount m_account;
    QString m_password;
    int m_timeoutSeconds;
};

} // namespace mixdesk
