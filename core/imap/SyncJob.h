#pragma once

#include "accounts/ImapAccount.h"
#include "imap/ImapSync.h"
#include "profile/OperatorProfile.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace mixdesk {

class NoticeRolesHolder;
class SecretStore;

struct AccountSyncError
{
    QString account;
    ImapError kind = ImapError::Other;
    QString message;                // translated, ready to show
    QString certificateFingerprint; // for UntrustedCertificate: pin it and run again
};

// What a SyncJob did: one summary per account that synced, one error per account that did not.
struct SyncOutcome
{
    QList<SyncSummary> summaries;
    QList<AccountSyncError> errors;
    bool cancelled = false;
    bool ok() const { return errors.isEmpty() && !cancelled; }
    int totalNew() const;
};

// Syncs IMAP accounts into the notice store off the GUI thread.
//
//   auto* job = new SyncJob(accounts, [location] { return openNoticeRoles(location); },
//                           profile, &secrets, parent);
//   connect(job, &SyncJob::progress, ...);   // queued to the job's thread
//   connect(job, &SyncJob::finished, ...);   // exactly once, then the job may be deleted
//   job->start();
//
// start() reads keychain passwords asynchronously (no nested event loop), then runs all
// accounts one after the other in a worker thread that opens its own store through
// the factory (one connection per thread). cancel() stops after the current batch.
// An account's error does not stop the others. Passwords never leave the job.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    using StoreFactory = std::function<Result<std::unique_ptr<NoticeRolesHolder>>()>;
    // Test seam: how to talk to a server (default: ImapSession).
    using ClientFactory =
        std::function<std::unique_ptr<MailboxClient>(const ImapAccount&, const QString& password)>;

    SyncJob(QList<ImapAccount> accounts, StoreFactory storeFactory, OperatorProfile profile,
            SecretStore* secrets, QObject* parent = nullptr);
    ~SyncJob() override; // waits for the worker after cancelling it

    void setClientFactory(ClientFactory factory) { m_clientFactory = std::move(factory); }
    void setOptions(const SyncOptions& options) { m_options = options; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `folder` is "ACCOUNT/FOLDER"; done and total count messages to fetch in that folder.
    void progress(const QString& folder, int done, int total);
    void finished(const mixdesk::SyncOutcome& outcome);

private:
    void readNextPassword();
    void startWorker();
    SyncOutcome work();

    QList<ImapAccount> m_accounts;
    StoreFactory m_storeFactory;
    OperatorProfile m_profile;
    SecretStore* m_secrets;
    ClientFactory m_clientFactory;
    SyncOptions m_options;
    QHash<QString, QString> m_passwords; // from the keychain, by account
    QList<AccountSyncError> m_passwordErrors;
    int m_nextPassword = 0;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    QThread* m_thread = nullptr;
};

} // namespace mixdesk

Q_DECLARE_METATYPE(mixdesk::SyncOutcome)
