#include "smtp/SmtpSender.h"

#include "accounts/ImapAccount.h"
#include "imap/CertificateTrust.h"
#include "imap/VmimeGuards.h"
#include "mail/VmimePlatform.h"
#include "smtp/SmtpLogging.h"

#include <QCoreApplication>

#include <vmime/net/smtp/SMTPExceptions.hpp>
#include <vmime/vmime.hpp>

#include <sstream>

namespace mixdesk {

SmtpError smtpError(const Error& error)
{
    return SmtpError(error.code);
}

Error makeSmtpError(SmtpError kind, const QString& message)
{
    return Error{message, int(kind)};
}

namespace {

QString tr(const char* text)
{
    // The context lupdate files tr() under in this class's member functions.
    return QCoreApplication::translate("mixdesk::SmtpSender", text);
}

QString whatOf(const std::exception& e)
{
    return QString::fromStdString(e.what()).trimmed();
}

} // namespace

SmtpSender::SmtpSender(SmtpAccount account, QString password, int timeoutSeconds)
    : m_account(std::move(account)), m_password(std::move(password)),
      m_timeoutSeconds(timeoutSeconds)
{
    ensureVmimePlatform();
}

Status SmtpSender::send(const OutgoingMail& mail)
{
    const SmtpAccount& a = m_account;
    if (Status valid = a.validate(); !valid)
        return makeSmtpError(SmtpError::Invalid, valid.error().message);
    if (mail.recipients.isEmpty())
        return makeSmtpError(SmtpError::Invalid, tr("The message has no recipient"));
    const bool smtps = a.security == SmtpSecurity::Smtps;
    const std::string protocol = smtps ? "smtps" : "smtp";
    const std::string prefix = "transport." + protocol + ".";
    vmime::shared_ptr<vmime::net::transport> transport;
    auto verifier =
        vmime::make_shared<PinningVerifier>(normalizeFingerprint(a.trustedFingerprintSha256));
    enum class Stage
    {
        Connect,
        Envelope
    } stage = Stage::Connect;
    try {
        auto session = vmime::net::session::create();
        vmime::propertySet& props = session->getProperties();
        props[prefix + "server.address"] = a.host.toStdString();
        props[prefix + "server.port"] = a.port;
        const bool auth = !a.user.isEmpty();
        props[prefix + "options.need-authentication"] = auth;
        if (auth) {
            props[prefix + "auth.username"] = a.user.toStdString();
            props[prefix + "auth.password"] = m_password.toStdString();
            props[prefix + "options.sasl"] = true;
            props[prefix + "options.sasl.fallback"] = true;
        }
        if (a.security == SmtpSecurity::StartTls) {
            props[prefix + "connection.tls"] = true;
            props[prefix + "connection.tls.required"] = true;
        }
        props[prefix + "options.pipelining"] = false;
        props[prefix + "options.chunking"] = false;
        transport =
            session->getTransport(vmime::utility::url(protocol, a.host.toStdString(), a.port));
        transport->setCertificateVerifier(verifier);
        transport->setTimeoutHandlerFactory(
            vmime::make_shared<TimeoutHandlerFactory>(m_timeoutSeconds));
        transport->connect();

        stage = Stage::Envelope;
        vmime::mailboxList recipients;
        for (const QString& r : mail.recipients)
            recipients.appendMailbox(vmime::make_shared<vmime::mailbox>(r.toStdString()));
        // vmime ends DATA with "\r\n.\r\n" whatever the message ends with: without
        // the message's own last line end, the server stores exactly our bytes.
        const std::string bytes =
            (mail.raw.endsWith("\r\n") ? mail.raw.chopped(2) : mail.raw).toStdString();
        vmime::utility::inputStreamStringAdapter stream(bytes);
        transport->send(vmime::mailbox(mail.envelopeFrom.toStdString()), recipients, stream,
                        bytes.size());
        qCInfo(lcSmtp) << "sent" << bytes.size() << "bytes to" << mail.recipients.size()
                       << "recipients via" << a.host;
        try {
            transport->disconnect();
        } catch (const std::exception& e) {
            qCDebug(lcSmtp) << "QUIT:" << e.what();
        }
        return {};
    } catch (const std::exception& e) {
        const QString detail = whatOf(e);
        qCInfo(lcSmtp) << "send failed:" << detail;
        if (transport) {
            try {
                if (transport->isConnected())
                    transport->disconnect();
            } catch (const std::exception&) {
            }
        }
        if (verifier->rejected)
            return makeSmtpError(SmtpError::UntrustedCertificate,
                                 tr("Untrusted certificate for %1 (%2); its SHA-256 fingerprint "
                                    "is %3")
                                     .arg(a.host, verifier->reason, verifier->fingerprint));
        if (dynamic_cast<const vmime::exceptions::authentication_error*>(&e))
            return makeSmtpError(
                SmtpError::AuthenticationFailed,
                tr("Login to %1 as %2 failed: wrong user name or password").arg(a.host, a.user));
        if (const auto* command = dynamic_cast<const vmime::exceptions::command_error*>(&e)) {
            const QString cmd = QString::fromStdString(command->command());
            QString response = QString::fromStdString(command->response()).trimmed();
            if (const auto* smtp = dynamic_cast<const vmime::net::smtp::SMTPCommandError*>(command);
                smtp && smtp->statusCode() > 0 &&
                !response.startsWith(QString::number(smtp->statusCode())))
                response = QString::number(smtp->statusCode()) + QLatin1Char(' ') + response;
            if (cmd.startsWith(QLatin1String("RCPT"), Qt::CaseInsensitive))
                return makeSmtpError(
                    SmtpError::RecipientRefused,
                    tr("%1 refused a recipient; nothing was sent: %2").arg(a.host, response));
            if (cmd.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive))
                return makeSmtpError(
                    SmtpError::AuthenticationFailed,
                    tr("Login to %1 as %2 failed: %3").arg(a.host, a.user, response));
            if (stage == Stage::Connect)
                return makeSmtpError(
                    SmtpError::ConnectionFailed,
                    tr("%1 refused the connection: %2 %3").arg(a.host, cmd, response));
            return makeSmtpError(SmtpError::Refused,
                                 tr("%1 refused the message (%2): %3").arg(a.host, cmd, response));
        }
        if (stage == Stage::Connect)
            return makeSmtpError(
                SmtpError::ConnectionFailed,
                tr("Cannot connect to %1 port %2: %3").arg(a.host).arg(a.port).arg(detail));
        return makeSmtpError(SmtpError::ConnectionLost,
                             tr("The connection to %1 dropped before the server took the "
                                "message; it was not sent: %2")
                                 .arg(a.host, detail));
    }
}

} // namespace mixdesk
