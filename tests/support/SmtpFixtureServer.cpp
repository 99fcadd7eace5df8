#include "SmtpFixtureServer.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

namespace mixdesk::test {

SmtpFixtureServer::SmtpFixtureServer() = default;

SmtpFixtureServer::~SmtpFixtureServer()
{
    stop();
}

bool SmtpFixtureServer::start(Mode mode)
{
    static const char* const kModes[] = {"plain", "starttls", "smtps", "reject", "drop"};
    QStringList args{sourceDir() + QStringLiteral("/tests/support/smtp_fixture_server.py"),
                     m_dir.filePath(QStringLiteral("mail")),
                     QString::fromLatin1(kModes[int(mode)])};
    QDir(m_dir.path()).mkpath(QStringLiteral("mail"));
    if (mode == Mode::StartTls || mode == Mode::Smtps) {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.setStandardErrorFile(m_dir.filePath(QStringLiteral("openssl.log")));
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=smtp.test.example"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl could not make a certificate");
            return false;
        }
        const auto certs = QSslCertificate::fromPath(cert);
        if (!certs.isEmpty())
            m_certSha256 = QString::fromLatin1(
                QCryptographicHash::hash(certs.first().toDer(), QCryptographicHash::Sha256)
                    .toHex());
        args << cert << key;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("stderr.log")));
    m_process->start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!m_process->canReadLine() && !deadline.hasExpired() &&
           m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(200);
    m_port = m_process->readLine().trimmed().toUShort();
    if (m_port == 0) {
        QFile log(m_dir.filePath(QStringLiteral("stderr.log")));
        log.open(QIODevice::ReadOnly);
        m_error =
            QStringLiteral("the SMTP fixture printed no port: ") + QString::fromUtf8(log.readAll());
    }
    return m_port != 0;
}

void SmtpFixtureServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QList<SmtpFixtureServer::Received> SmtpFixtureServer::messages() const
{
    QList<Received> list;
    const QString dir = m_dir.filePath(QStringLiteral("mail"));
    for (int n = 1;; ++n) {
        QFile eml(QStringLiteral("%1/%2.eml").arg(dir).arg(n));
        QFile json(QStringLiteral("%1/%2.json").arg(dir).arg(n));
        if (!eml.open(QIODevice::ReadOnly) || !json.open(QIODevice::ReadOnly))
            break;
        Received r;
        r.raw = eml.readAll();
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        r.mailFrom = o.value(QStringLiteral("mail_from")).toString();
        for (const QJsonValue& v : o.value(QStringLiteral("rcpt_tos")).toArray())
            r.recipients << v.toString();
        r.tls = o.value(QStringLiteral("tls")).toBool();
        r.authenticated = o.value(QStringLiteral("authenticated")).toBool();
        list << r;
    }
    return list;
}

} // namespace mixdesk::test
