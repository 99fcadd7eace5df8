#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mixdesk {

// Why sending failed; stored in Error::code.
enum class SmtpError
{
    None = 0,
    ConnectionFailed,     // could not connect (refused, DNS, timeout)
    ConnectionLost,       // the connection dropped before the server took the message
    AuthenticationFailed, // wrong user or password
    UntrustedCertificate, // the message names the SHA-256 fingerprint to pin
    RecipientRefused,     // the server refused a recipient: nothing was sent
    Refused,              // the server refused the sender or the message
    Password,             // no password (keychain, password command)
    Invalid,              // account or message incomplete
    Other,
};
SmtpError smtpError(const Error& error);
Error makeSmtpError(SmtpError kind, const QString& message);

// A message ready to go: the exact bytes (CRLF line ends) and its envelope.
struct OutgoingMail
{
    QString envelopeFrom;
    QStringList recipients; // To, Cc and Bcc addresses, bare
    QByteArray raw;
};

// Hands a generated message to a server. SmtpSender does it with vmime; unit tests
// use a fake. Blocking: use it off the GUI thread.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    // All or nothing: when any recipient is refused, the message is not sent.
    virtual Status send(const OutgoingMail& mail) = 0;
};

} // namespace mixdesk
