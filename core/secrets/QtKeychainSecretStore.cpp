#include "secrets/QtKeychainSecretStore.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace mixdesk {

namespace {

SecretError kindOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretError::Other;
}

// Without a Secret Service on the bus QtKeychain reports OtherError ("Unknown error")
// rather than NoBackendAvailable; both may also mean "not started yet".
bool mayBeStarting(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

Error toError(const QKeychain::Job& job)
{
    SecretError kind = kindOf(job.error());
    // QtKeychain reports a missing or unreachable Secret Service as OtherError with
    // the D-Bus message; tell the user "no keychain" rather than the D-Bus detail.
    static const char* const noBackendHints[] = {"Unknown error",       "Could not connect",
                                                 "ServiceUnknown",      "NoServer",
                                                 "not provided by any", "NoReply"};
    if (kind == SecretError::Other)
        for (const char* hint : noBackendHints)
            if (job.errorString().contains(QLatin1String(hint)))
                kind = SecretError::NoBackend;
    QString message;
    switch (kind) {
    case SecretError::NotFound:
        message = QCoreApplication::translate("SecretStore", "No password stored in the keychain");
        break;
    case SecretError::AccessDenied:
        message = QCoreApplication::translate("SecretStore", "Access to the keychain was denied");
        break;
    case SecretError::NoBackend:
        message = QCoreApplication::translate("SecretStore",
                                              "No keychain available (is a Secret Service such as "
                                              "gnome-keyring or KWallet running?)");
        break;
    default:
        message =
            QCoreApplication::translate("SecretStore", "Keychain error: %1").arg(job.errorString());
        break;
    }
    return makeSecretError(kind, message);
}

// Creates a job with `make`, runs it, retries once when the backend seems not up yet,
// and hands the finished job to `finish` while `context` lives.
template <typename Make, typename Finish>
void runJob(Make make, QObject* context, Finish finish, bool retried = false)
{
    QKeychain::Job* job = make();
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [make, context, finish, retried, guard](QKeychain::Job* j) {
                         if (!guard)
                             return;
                         if (!retried && mayBeStarting(j->error())) {
                             qCDebug(lcSecrets)
                                 << "keychain not ready, retrying once:" << j->errorString();
                             QTimer::singleShot(
                                 QtKeychainSecretStore::retryDelayMs, context,
                                 [make, context, finish] { runJob(make, context, finish, true); });
                             return;
                         }
                         finish(*j);
                     });
    job->start();
}

} // namespace

QtKeychainSecretStore::QtKeychainSecretStore(QString service) : m_service(std::move(service)) {}

void QtKeychainSecretStore::readPasswordAsync(const QString& key, QObject* context,
                                              ReadCallback done)
{
    const QString service = m_service;
    runJob(
        [service, key]() -> QKeychain::Job* {
            auto* job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        context,
        [done](QKeychain::Job& job) {
            if (job.error() != QKeychain::NoError)
                return done(toError(job));
            done(static_cast<QKeychain::ReadPasswordJob&>(job).textData());
        });
}

void QtKeychainSecretStore::writePasswordAsync(const QString& key, const QString& password,
                                               QObject* context, DoneCallback done)
{
    const QString service = m_service;
    runJob(
        [service, key, password]() -> QKeychain::Job* {
            auto* job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(password);
            return job;
        },
        context,
        [done](QKeychain::Job& job) {
            done(job.error() == QKeychain::NoError ? Status() : Status(toError(job)));
        });
}

void QtKeychainSecretStore::deletePasswordAsync(const QString& key, QObject* context,
                                                DoneCallback done)
{
    const QString service = m_service;
    runJob(
        [service, key]() -> QKeychain::Job* {
            auto* job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        context,
        [done](QKeychain::Job& job) {
            done(job.error() == QKeychain::NoError ? Status() : Status(toError(job)));
        });
}

} // namespace mixdesk
