#include "secrets/SecretStore.h"

#include <QEventLoop>

#include <optional>

namespace mixdesk {

SecretError secretError(const Error& error)
{
    if (error.code < int(SecretError::None) || error.code > int(SecretError::Other))
        return SecretError::Other;
    return SecretError(error.code);
}

Error makeSecretError(SecretError kind, const QString& message)
{
    return Error{message, int(kind)};
}

QString imapSecretKey(const QString& accountName)
{
    return QStringLiteral("imap:") + accountName;
}

namespace {

// Runs an async secret operation to completion with a local event loop. The callback
// may also have run synchronously, in which case no loop is needed.
template <typename R, typename Start> R runBlocking(Start start)
{
    std::optional<R> result;
    QEventLoop loop;
    QObject context;
    start(&context, [&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*result);
}

} // namespace

Result<QString> SecretStore::readPassword(const QString& key)
{
    return runBlocking<Result<QString>>(
        [&](QObject* context, ReadCallback done) { readPasswordAsync(key, context, done); });
}

Status SecretStore::writePassword(const QString& key, const QString& password)
{
    return runBlocking<Status>([&](QObject* context, DoneCallback done) {
        writePasswordAsync(key, password, context, done);
    });
}

Status SecretStore::deletePassword(const QString& key)
{
    return runBlocking<Status>(
        [&](QObject* context, DoneCallback done) { deletePasswordAsync(key, context, done); });
}

} // namespace mixdesk
