#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mixdesk::test {

// A private dovecot on 127.0.0.1 for integration tests: its own config, passwd-file
// user, Maildir, self-signed certificate, base and state dirs, all in a temporary
// directory. Plain IMAP (with STARTTLS) and IMAPS each on a free high port.
// Runs as root with mail processes as "nobody"; stderr goes to a file (else ctest hangs).
class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer(); // stops the server

    bool start(); // waits until both ports accept connections
    void stop();  // kills every dovecot process of this instance: open connections drop
    bool isRunning() const;
    QString errorString() const { return m_error; }

    quint16 imapPort() const { return m_imapPort; }
    quint16 imapsPort() const { return m_imapsPort; }
    QString user() const { return QStringLiteral("abuse"); }
    QString password() const { return QStringLiteral("s3cret-Pass"); }
    QString certificateSha256() const { return m_certSha256; } // lower-case hex of the DER

    // Maildir of a folder ("INBOX" or a subfolder name), created when missing.
    QString folderPath(const QString& folder) const;
    static QByteArray modifiedUtf7(const QString& name);
    bool createFolder(const QString& folder);
    // Delivers a message byte-exact into the folder's new/ (as dovecot's LDA would).
    bool deliver(const QString& folder, const QByteArray& raw);
    // Copies every file of a Maildir's cur/ and new/ into the folder; returns the count.
    int deliverMaildir(const QString& folder, const QString& maildir);
    // Forgets the folder's UIDs so the server reports a new UIDVALIDITY.
    bool resetUidValidity(const QString& folder);
    // Messages in the folder, and how many of them carry a Maildir flag ('S' = \Seen).
    int messageCount(const QString& folder) const;
    int countWithFlag(const QString& folder, QChar flag) const;
    // What a mail client does to mark a message unread: takes \Seen ('S') off the
    // Maildir name of one that has it. False when none has it.
    bool clearSeenOfOne(const QString& folder);
    // Takes \Seen off every message of the folder; returns how many had it.
    int clearSeen(const QString& folder);

    QString logText() const;
    QString configPath() const { return m_dir.path() + QStringLiteral("/dovecot.conf"); }

private:
    bool writeConfig();
    bool fixOwnership(const QString& path) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    QString m_certSha256;
    QString m_error;
    int m_counter = 0;
};

// A free TCP port on 127.0.0.1 (bound once, then released).
quint16 freeLocalPort();

} // namespace mixdesk::test
