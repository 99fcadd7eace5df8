#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace mixdesk {

// In-memory secrets for unit tests; answers synchronously. `failWith` makes every
// following call fail with that error (e.g. NoBackend) until cleared.
class FakeSecretStore : public SecretStore
{
public:
    void readPasswordAsync(const QString& key, QObject* context, ReadCallback done) override;
    void writePasswordAsync(const QString& key, const QString& password, QObject* context,
                            DoneCallback done) override;
    void deletePasswordAsync(const QString& key, QObject* context, DoneCallback done) override;

    void failWith(SecretError error) { m_failure = error; }
    const QHash<QString, QString>& contents() const { return m_passwords; }

private:
    QHash<QString, QString> m_passwords;
    SecretError m_failure = SecretError::None;
};

} // namespace mixdesk
