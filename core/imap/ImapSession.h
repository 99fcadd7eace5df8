#pragma once

#include "accounts/ImapAccount.h"
#include "imap/MailboxClient.h"

#include <memory>

namespace mixdesk {

// One authenticated IMAP connection (vmime) for an account: plain, IMAPS or STARTTLS,
// SASL PLAIN with LOGIN as fallback. Server certificates are checked against the system
// CAs; account.trustedFingerprintSha256 pins one certificate instead. The protocol tracer
// is never installed (it would log the password). Blocking: use it off the GUI thread.
class ImapSession : public MailboxClient
{
public:
    ImapSession(ImapAccount account, QString password, int timeoutSeconds = 60);
    ~ImapSession() override;

    Status connect() override;
    void disconnect() override;
    Result<RemoteFolder> select(const QString& folder) override;
    Result<QList<RemoteMessageInfo>> listFrom(quint32 firstUid) override;
    Result<QList<RemoteMessage>> fetch(const QList<quint32>& uids) override;
    Status fetchEach(const QList<quint32>& uids, const MessageSink& sink) override;
    Status markSeen(const QList<quint32>& uids) override;
    Result<QList<quint32>> uidsInRange(quint32 firstUid, quint32 lastUid, bool unseenOnly) override;
    Status move(const QList<quint32>& uids, const QString& targetFolder) override;
    QString certificateFingerprint() const override;

    // Every mailbox (LIST "" "*"), with the SPECIAL-USE attributes when the server has them.
    Result<QList<RemoteMailbox>> listMailboxes();
    // APPEND: stores `raw` byte for byte in `folder` with `flags` ("\\Seen").
    Status append(const QString& folder, const QByteArray& raw, const QStringList& flags);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mixdesk
