#include "secrets/FakeSecretStore.h"

namespace mixdesk {

namespace {
Error fakeFailure(SecretError kind)
{
    return makeSecretError(kind, QStringLiteral("fake secret store failure"));
}
} // namespace

void FakeSecretStore::readPasswordAsync(const QString& key, QObject*, ReadCallback done)
{
    if (m_failure != SecretError::None)
        return done(fakeFailure(m_failure));
    const auto it = m_passwords.constFind(key);
    if (it == m_passwords.cend())
        return done(makeSecretError(SecretError::NotFound, QStringLiteral("no password stored")));
    done(*it);
}

void FakeSecretStore::writePasswordAsync(const QString& key, const QString& password, QObject*,
                                         DoneCallback done)
{
    if (m_failure != SecretError::None)
        return done(fakeFailure(m_failure));
    m_passwords.insert(key, password);
    done(Status());
}

void FakeSecretStore::deletePasswordAsync(const QString& key, QObject*, DoneCallback done)
{
    if (m_failure != SecretError::None)
        return done(fakeFailure(m_failure));
    if (!m_passwords.remove(key))
        return done(makeSecretError(SecretError::NotFound, QStringLiteral("no password stored")));
    done(Status());
}

} // namespace mixdesk
