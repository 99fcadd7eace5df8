#pragma once

#include "secrets/SecretStore.h"

namespace mixdesk {

// Passwords in the desktop keychain (Secret Service on Linux) through QtKeychain.
// A job that fails because the backend is not up yet (the keyring daemon is often
// started on demand by D-Bus) is retried once after a short delay.
class QtKeychainSecretStore : public SecretStore
{
public:
    explicit QtKeychainSecretStore(QString service = QStringLiteral("mixdesk"));

    void readPasswordAsync(const QString& key, QObject* context, ReadCallback done) override;
    void writePasswordAsync(const QString& key, const QString& password, QObject* context,
                            DoneCallback done) override;
    void deletePasswordAsync(const QString& key, QObject* context, DoneCallback done) override;

    static constexpr int retryDelayMs = 500;

private:
    QString m_service;
};

} // namespace mixdesk
