#include "DovecotServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mixdesk::test {

namespace {

bool portOpen(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(200);
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

struct MailOwner
{
    uid_t uid = 65534;
    gid_t gid = 65534;
};

MailOwner mailOwner()
{
    MailOwner owner;
    if (const passwd* pw = getpwnam("nobody")) {
        owner.uid = pw->pw_uid;
        owner.gid = pw->pw_gid;
    }
    return owner;
}

// Every process below `root`, from /proc (dovecot's imap processes outlive a stopped master).
QList<qint64> descendants(qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children[fields[1].toLongLong()] << pid;
    }
    QList<qint64> result;
    QList<qint64> queue{root};
    while (!queue.isEmpty()) {
        const qint64 pid = queue.takeFirst();
        for (qint64 child : children.value(pid)) {
            result << child;
            queue << child;
        }
    }
    return result;
}

} // namespace

quint16 freeLocalPort()
{
    // High ports only: avoid the ones below 20000 that other services may grab.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0) && server.serverPort() > 20000)
            return server.serverPort();
    }
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

DovecotServer::DovecotServer()
{
    // The mail processes run as "nobody" and the login processes as dovenull: they
    // must be able to walk into the temporary directory.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    m_imapPort = freeLocalPort();
    do
        m_imapsPort = freeLocalPort();
    while (m_imapsPort == m_imapPort);
    if (!writeConfig())
        qWarning("DovecotServer: %s", qPrintable(m_error));
}

DovecotServer::~DovecotServer()
{
    stop();
}

bool DovecotServer::writeConfig()
{
    const QString dir = m_dir.path();
    for (const char* sub : {"run", "state", "home", "ssl"})
        QDir(dir).mkpath(QString::fromLatin1(sub));
    ::chmod(QFile::encodeName(dir + QStringLiteral("/home")).constData(), 0755);

    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/ssl/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/ssl/cert.pem"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=imap.test.example")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    const auto certs = QSslCertificate::fromPath(dir + QStringLiteral("/ssl/cert.pem"));
    if (!certs.isEmpty())
        m_certSha256 = QString::fromLatin1(
            QCryptographicHash::hash(certs.first().toDer(), QCryptographicHash::Sha256).toHex());

    if (!writeFile(dir + QStringLiteral("/passwd"),
                   (user() + QStringLiteral(":{PLAIN}") + password() + QStringLiteral("::::::\n"))
                       .toUtf8()))
        return false;

    const MailOwner owner = mailOwner();
    QString conf;
    conf += QStringLiteral("instance_name = mixdesk-test-%1\n").arg(m_imapPort);
    conf += QStringLiteral("base_dir = %1/run\n").arg(dir);
    conf += QStringLiteral("state_dir = %1/state\n").arg(dir);
    conf += QStringLiteral("log_path = %1/dovecot.log\n").arg(dir);
    conf += QStringLiteral("protocols = imap\n");
    conf += QStringLiteral("listen = 127.0.0.1\n");
    conf += QStringLiteral("ssl = yes\n");
    conf += QStringLiteral("ssl_cert = <%1/ssl/cert.pem\n").arg(dir);
    conf += QStringLiteral("ssl_key = <%1/ssl/key.pem\n").arg(dir);
    conf += QStringLiteral("disable_plaintext_auth = no\n");
    conf += QStringLiteral("auth_mechanisms = plain login\n");
    conf += QStringLiteral("first_valid_uid = 1\n");
    conf += QStringLiteral("mail_location = maildir:%1/home/%u/Maildir\n").arg(dir);
    // The default namespace, with "Gesendet" marked \Sent (RFC 6154) when it exists.
    conf += QStringLiteral("namespace inbox {\n  inbox = yes\n"
                           "  mailbox Gesendet {\n    special_use = \\Sent\n  }\n}\n");
    conf += QStringLiteral("passdb {\n  driver = passwd-file\n  args = %1/passwd\n}\n").arg(dir);
    conf +=
        QStringLiteral("userdb {\n  driver = static\n  args = uid=%1 gid=%2 home=%3/home/%u\n}\n")
            .arg(owner.uid)
            .arg(owner.gid)
            .arg(dir);
    conf += QStringLiteral("service imap-login {\n"
                           "  inet_listener imap {\n    address = 127.0.0.1\n    port = %1\n  }\n"
                           "  inet_listener imaps {\n    address = 127.0.0.1\n    port = %2\n"
                           "    ssl = yes\n  }\n}\n")
                .arg(m_imapPort)
                .arg(m_imapsPort);
    conf += QStringLiteral("service stats {\n  unix_listener stats-reader {\n    mode = 0666\n  }\n"
                           "  unix_listener stats-writer {\n    mode = 0666\n  }\n}\n");
    if (!writeFile(configPath(), conf.toUtf8())) {
        m_error = QStringLiteral("cannot write ") + configPath();
        return false;
    }
    return createFolder(QStringLiteral("INBOX"));
}

bool DovecotServer::start()
{
    if (isRunning())
        return true;
    m_process = std::make_unique<QProcess>();
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(m_dir.path() + QStringLiteral("/stdout.log"),
                                     QIODevice::Append);
    m_process->setStandardErrorFile(m_dir.path() + QStringLiteral("/stderr.log"),
                                    QIODevice::Append);
    m_process->start(QStringLiteral("/usr/sbin/dovecot"),
                     {QStringLiteral("-F"), QStringLiteral("-c"), configPath()});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("dovecot did not start: ") + m_process->errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("dovecot exited: ") + logText();
            return false;
        }
        if (portOpen(m_imapPort) && portOpen(m_imapsPort))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("dovecot did not open its ports: ") + logText();
    return false;
}

void DovecotServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // Kill the children first: they would keep serving open connections.
        for (qint64 pid : descendants(m_process->processId()))
            ::kill(pid_t(pid), SIGKILL);
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    // Let the listeners go away before a restart on the same ports.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && (portOpen(m_imapPort) || portOpen(m_imapsPort)))
        QThread::msleep(50);
}

bool DovecotServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString DovecotServer::folderPath(const QString& folder) const
{
    const QString root =
        m_dir.path() + QStringLiteral("/home/") + user() + QStringLiteral("/Maildir");
    if (folder == QLatin1String("INBOX"))
        return root;
    return root + QStringLiteral("/.") + QString::fromLatin1(modifiedUtf7(folder));
}

// RFC 3501 5.1.3, as dovecot names Maildir++ folders on disk: printable ASCII as it
// is ('&' as "&-"), other runs as UTF-16 in base64 with ',' for '/', between '&'
// and '-'. Written out here, not taken from the code under test.
QByteArray DovecotServer::modifiedUtf7(const QString& name)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name[i].unicode();
        if (c >= 0x20 && c < 0x7f) {
            out += c == u'&' ? QByteArray("&-") : QByteArray(1, char(c));
            ++i;
            continue;
        }
        QByteArray utf16;
        for (; i < name.size() && (name[i].unicode() < 0x20 || name[i].unicode() >= 0x7f); ++i) {
            utf16 += char(name[i].unicode() >> 8);
            utf16 += char(name[i].unicode() & 0xff);
        }
        out += '&' + utf16.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',') + '-';
    }
    return out;
}

bool DovecotServer::fixOwnership(const QString& path) const
{
    const MailOwner owner = mailOwner();
    bool ok = true;
    // Everything from the user's home down belongs to the mail user.
    const QString home = m_dir.path() + QStringLiteral("/home/") + user();
    ok = ::chown(QFile::encodeName(home).constData(), owner.uid, owner.gid) == 0 && ok;
    QString current = path;
    while (current.startsWith(home) && current != home) {
        ok = ::chown(QFile::encodeName(current).constData(), owner.uid, owner.gid) == 0 && ok;
        current = QFileInfo(current).path();
    }
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = ::chown(QFile::encodeName(it.next()).constData(), owner.uid, owner.gid) == 0 && ok;
    return ok;
}

bool DovecotServer::createFolder(const QString& folder)
{
    const QString path = folderPath(folder);
    for (const char* sub : {"cur", "new", "tmp"})
        if (!QDir().mkpath(path + u'/' + QString::fromLatin1(sub)))
            return false;
    if (folder != QLatin1String("INBOX"))
        writeFile(path + QStringLiteral("/maildirfolder"), {});
    return fixOwnership(path);
}

bool DovecotServer::deliver(const QString& folder, const QByteArray& raw)
{
    const QString path = folderPath(folder);
    if (!QFileInfo::exists(path + QStringLiteral("/new")) && !createFolder(folder))
        return false;
    const QString name = QStringLiteral("%1.M%2P%3Q%4.mixdesk-test")
                             .arg(QDateTime::currentSecsSinceEpoch())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 1000000)
                             .arg(::getpid())
                             .arg(++m_counter);
    const QString tmp = path + QStringLiteral("/tmp/") + name;
    if (!writeFile(tmp, raw))
        return false;
    const MailOwner owner = mailOwner();
    if (::chown(QFile::encodeName(tmp).constData(), owner.uid, owner.gid) != 0)
        return false;
    return QFile::rename(tmp, path + QStringLiteral("/new/") + name);
}

int DovecotServer::deliverMaildir(const QString& folder, const QString& maildir)
{
    int count = 0;
    for (const char* sub : {"cur", "new"}) {
        QDirIterator it(maildir + u'/' + QString::fromLatin1(sub), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && deliver(folder, file.readAll()))
                ++count;
        }
    }
    return count;
}

bool DovecotServer::resetUidValidity(const QString& folder)
{
    const QString path = folderPath(folder);
    QDir dir(path);
    for (const QString& name : dir.entryList({QStringLiteral("dovecot*")}, QDir::Files))
        dir.remove(name);
    // A fresh uidlist with a validity the folder never had: every message gets a new UID.
    const QByteArray uidlist =
        "3 V" + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 7777) + " N1\n";
    if (!writeFile(path + QStringLiteral("/dovecot-uidlist"), uidlist))
        return false;
    return fixOwnership(path);
}

int DovecotServer::messageCount(const QString& folder) const
{
    const QString path = folderPath(folder);
    return int(QDir(path + QStringLiteral("/cur")).entryList(QDir::Files).size() +
               QDir(path + QStringLiteral("/new")).entryList(QDir::Files).size());
}

int DovecotServer::countWithFlag(const QString& folder, QChar flag) const
{
    int count = 0;
    for (const QString& name :
         QDir(folderPath(folder) + QStringLiteral("/cur")).entryList(QDir::Files)) {
        const qsizetype info = name.lastIndexOf(QLatin1String(":2,"));
        if (info >= 0 && name.mid(info + 3).contains(flag))
            ++count;
    }
    return count;
}

bool DovecotServer::clearSeenOfOne(const QString& folder)
{
    QDir cur(folderPath(folder) + QStringLiteral("/cur"));
    for (const QString& name : cur.entryList(QDir::Files, QDir::Name)) {
        const qsizetype info = name.lastIndexOf(QLatin1String(":2,"));
        if (info < 0 || !name.mid(info + 3).contains(u'S'))
            continue;
        QString unseen = name;
        unseen.replace(info + 3, name.size() - info - 3, name.mid(info + 3).remove(u'S'));
        return cur.rename(name, unseen);
    }
    return false;
}

int DovecotServer::clearSeen(const QString& folder)
{
    QDir cur(folderPath(folder) + QStringLiteral("/cur"));
    int cleared = 0;
    for (const QString& name : cur.entryList(QDir::Files)) {
        const qsizetype info = name.lastIndexOf(QLatin1String(":2,"));
        if (info < 0 || !name.mid(info + 3).contains(u'S'))
            continue;
        QString unseen = name;
        unseen.replace(info + 3, name.size() - info - 3, name.mid(info + 3).remove(u'S'));
        cleared += cur.rename(name, unseen) ? 1 : 0;
    }
    return cleared;
}

QString DovecotServer::logText() const
{
    QString text;
    for (const char* name : {"/dovecot.log", "/stderr.log"}) {
        QFile file(m_dir.path() + QString::fromLatin1(name));
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromLocal8Bit(file.readAll());
    }
    return text;
}

} // namespace mixdesk::test
