#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mixdesk::test {

// tests/support/smtp_fixture_server.py (aiosmtpd) on 127.0.0.1 and a free port. Each
// message it accepts lands byte-exact in a folder, with its envelope beside it.
class SmtpFixtureServer
{
public:
    enum class Mode
    {
        Plain,    // no TLS, no AUTH
        StartTls, // STARTTLS and AUTH required
        Smtps,    // implicit TLS, AUTH required
        Reject,   // plain; refuses every recipient whose address starts with "refused"
        Drop,     // plain; closes the connection after the first line of DATA
    };

    SmtpFixtureServer();
    ~SmtpFixtureServer();

    bool start(Mode mode); // waits until the port accepts connections
    void stop();
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("mixdesk"); }
    QString password() const { return QStringLiteral("s3cret-Smtp"); }
    QString certificateSha256() const { return m_certSha256; }
    QString errorString() const { return m_error; }

    struct Received
    {
        QByteArray raw; // DATA as it arrived, CRLF line ends, dot-stuffing undone
        QString mailFrom;
        QStringList recipients;
        bool tls = false;
        bool authenticated = false;
    };
    QList<Received> messages() const; // in the order they arrived

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_certSha256;
    QString m_error;
};

} // namespace mixdesk::test
