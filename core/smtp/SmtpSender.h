#pragma once

#include "smtp/MailTransport.h"
#include "smtp/SmtpAccount.h"

namespace mixdesk {

// Sends over SMTP with vmime: SMTPS or STARTTLS (required), AUTH when the account has
// a user. The message is sent as the caller generated it, byte for byte (vmime's
// message writer would rewrite encoded headers as raw UTF-8 when the server announces
// SMTPUTF8). Certificates are checked against the system CAs, or pinned by SHA-256.
// One connection per send(); the protocol tracer is never installed.
class SmtpSender : public MailTransport
{
public:
    SmtpSender(SmtpAccount account, QString password, int timeoutSeconds = 60);
    Status send(const OutgoingMail& mail) override;

private:
    SmtpAccount m_account;
    QString m_password;
    int m_timeoutSeconds;
};

} // namespace mixdesk
