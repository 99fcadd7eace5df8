#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mixdesk {

// Why a secret operation failed; stored in Error::code.
enum class SecretError
{
    None = 0,
    NotFound,     // no password stored under that key
    AccessDenied, // the user or the keychain refused
    NoBackend,    // no keychain (Secret Service) reachable
    Other,
};

SecretError secretError(const Error& error);
Error makeSecretError(SecretError kind, const QString& message);

// The keychain key for an IMAP account's password.
QString imapSecretKey(const QString& accountName); // "imap:NAME"

// Passwords behind an interface: QtKeychain in the app, FakeSecretStore in unit tests.
//
// The *Async functions are the primitive: they never block and call `done` on the
// thread that called them, through that thread's event loop (or directly), and only
// while `context` is alive. Use them on the GUI thread.
// The blocking functions run a local QEventLoop until the job is done: use them only
// in the CLI and in worker threads, never on the GUI thread.
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Status)>;

    virtual ~SecretStore() = default;

    virtual void readPasswordAsync(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void writePasswordAsync(const QString& key, const QString& password, QObject* context,
                                    DoneCallback done) = 0;
    virtual void deletePasswordAsync(const QString& key, QObject* context, DoneCallback done) = 0;

    Result<QString> readPassword(const QString& key);
    Status writePassword(const QString& key, const QString& password);
    Status deletePassword(const QString& key);
};

} // namespace mixdesk
