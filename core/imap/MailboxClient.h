#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mixdesk {

// Why an IMAP operation failed; stored in Error::code.
enum class ImapError
{
    None = 0,
    ConnectionFailed,     // could not connect (refused, DNS, timeout)
    ConnectionLost,       // the connection dropped mid-session: worth a reconnect
    AuthenticationFailed, // wrong user or password
    UntrustedCertificate, // see MailboxClient::certificateFingerprint()
    FolderNotFound,
    ServerError, // the server answered NO/BAD
    Password,    // no password (keychain, password command)
    Store,       // the notice store failed
    Cancelled,
    Other,
};

ImapError imapError(const Error& error);

struct RemoteFolder
{
    quint32 uidValidity = 0;
    quint32 exists = 0;
};

// A mailbox as LIST names it, with its attributes ("\\HasNoChildren", "\\Sent"...).
struct RemoteMailbox
{
    QString name;
    QStringList attributes;
};

struct RemoteMessageInfo
{
    quint32 uid = 0;
    quint64 size = 0;
};

struct RemoteMessage
{
    quint32 uid = 0;
    QByteArray raw;         // BODY.PEEK[]: byte-exact, and the \Seen flag untouched
    QDateTime internalDate; // INTERNALDATE, in UTC
};

// The IMAP operations a sync needs, on one connection with one selected folder.
// ImapSession implements it with vmime; unit tests use a scripted fake.
class MailboxClient
{
public:
    virtual ~MailboxClient() = default;

    virtual Status connect() = 0;
    virtual void disconnect() = 0;
    virtual Result<RemoteFolder> select(const QString& folder) = 0;
    // Messages of the selected folder with UID >= firstUid, ascending.
    virtual Result<QList<RemoteMessageInfo>> listFrom(quint32 firstUid) = 0;
    virtual Result<QList<RemoteMessage>> fetch(const QList<quint32>& uids) = 0;
    // Hands each message to `sink` as it arrives (in the server's order, one command for
    // all of `uids`), so the server keeps sending while the caller works. `sink` returns
    // false to stop; the connection is then closed and the result is Cancelled.
    // The default fetches everything first.
    using MessageSink = std::function<bool(RemoteMessage&& message)>;
    virtual Status fetchEach(const QList<quint32>& uids, const MessageSink& sink);
    virtual Status markSeen(const QList<quint32>& uids) = 0;
    // UIDs of the selected folder's messages from `firstUid` to `lastUid`, only the
    // unseen ones if `unseenOnly`: what an after-sync action missed (UID SEARCH).
    virtual Result<QList<quint32>> uidsInRange(quint32 firstUid, quint32 lastUid,
                                               bool unseenOnly) = 0;
    virtual Status move(const QList<quint32>& uids, const QString& targetFolder) = 0;
    // SHA-256 (lower-case hex) of the server certificate when connect() failed with
    // UntrustedCertificate; empty otherwise.
    virtual QString certificateFingerprint() const = 0;
};

// "1:5,7,9:12" for sorted or unsorted UIDs.
QByteArray uidSetString(QList<quint32> uids);

} // namespace mixdesk
