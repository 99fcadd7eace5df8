#pragma once

// vmime's connection guards shared by the IMAP session and the SMTP sender: an
// inactivity timeout and certificate checking with an optional SHA-256 pin. An
// internal header for .cpp files of core/imap and core/smtp only (it includes vmime).

#include <QElapsedTimer>
#include <QString>

#include <vmime/net/timeoutHandler.hpp>
#include <vmime/security/cert/certificateVerifier.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>

namespace mixdesk {

// Gives up after `seconds` without progress: the caller reconnects or reports.
class TimeoutHandlerFactory : public vmime::net::timeoutHandlerFactory
{
public:
    explicit TimeoutHandlerFactory(int seconds) : m_seconds(seconds) {}
    vmime::shared_ptr<vmime::net::timeoutHandler> create() override;

private:
    int m_seconds;
};

// System CAs plus an optional SHA-256 pin. Remembers the server certificate's
// fingerprint so an "untrusted certificate" error can tell the user what to pin.
class PinningVerifier : public vmime::security::cert::certificateVerifier
{
public:
    // The system CAs are read at the first certificate to check (once per process),
    // not here: a plain connection on loopback never needs them, and reading the
    // bundle took longer than connecting and logging in.
    explicit PinningVerifier(QString pin) : m_pin(std::move(pin)) {}

    void verify(vmime::shared_ptr<vmime::security::cert::certificateChain> chain,
                const vmime::string& hostname) override;

    QString fingerprint;
    QString reason;
    bool rejected = false;

private:
    QString m_pin;
    vmime::shared_ptr<vmime::security::cert::defaultCertificateVerifier> m_default;
};

} // namespace mixdesk
