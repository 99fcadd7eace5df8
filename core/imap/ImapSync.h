#pragma once

#include "accounts/ImapAccount.h"
#include "imap/MailboxClient.h"
#include "store/notices/NoticeRoles.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace mixdesk {

class NoticeAnalyzer;

struct FolderSyncResult
{
    QString folder;
    int newNotices = 0; // stored for the first time
    int fetched = 0;    // fetched from the server (duplicates by SHA-256 included)
    bool uidValidityChanged = false;
    QString afterSyncError; // mark-seen/move failed (the notices are stored anyway)
};

struct SyncSummary
{
    QString account;
    QList<FolderSyncResult> folders;
    int reconnects = 0;
    int analysed = 0;      // spooled messages analysed after the fetch (any account's)
    qint64 fetchMs = 0;    // the fetch phase
    qint64 analysisMs = 0; // the analysis phase
    int totalNew() const;
};

struct SyncOptions
{
    int batchSize = 200;
    qint64 maxBatchBytes = 32 * 1024 * 1024;
    int maxReconnects = 3; // per sync, after a dropped connection
    int backoffMs = 500;   // doubled after each reconnect attempt
    const std::atomic_bool* cancel = nullptr;
    // Called after each stored batch: folder, messages done, messages to fetch.
    std::function<void(const QString& folder, int done, int total)> progress;
    // After the fetch, analyse and file the messages it spooled (and any a killed sync
    // left). Off in tests that simulate a crash between the two phases, and in the
    // benchmark that times the fetch alone.
    bool analyse = true;
    // Called after each analysed batch: notices done, notices to analyse.
    std::function<void(int done, int total)> analysisProgress;
    int analysisBatchSize = 200;
};

// Fetches new messages of an account's folders into the store, in two phases.
// Fetch: per folder, compare UIDVALIDITY and the last stored UID with the store's
// checkpoint, fetch only newer UIDs, and put each batch's raw bytes into the store's
// spool together with the new checkpoint in one transaction: the fetch runs at IMAP
// speed, like a mail fetcher filling a Maildir. A dropped connection is retried with
// backoff and resumes from the checkpoint, so nothing is lost and nothing is stored
// twice.
// Analysis: the spooled messages are analysed and filed into the inbox, indexed for
// search (Reanalyzer). A sync killed between the phases leaves spooled messages that
// the next sync (or `mixdesk-cli reanalyze`) files.
class ImapSync
{
public:
    using ClientFactory = std::function<std::unique_ptr<MailboxClient>()>;

    ImapSync(ImapAccount account, ClientFactory clientFactory, NoticeRoles store,
             const NoticeAnalyzer& analyzer);

    Result<SyncSummary> run(const SyncOptions& options = {});
    // The server certificate's SHA-256 when run() failed with UntrustedCertificate.
    const QString& certificateFingerprint() const { return m_fingerprint; }

private:
    Status syncFolder(MailboxClient& client, FolderSyncResult& result, const SyncOptions& options);
    // Marks or moves `uids` as the account says: true when done. A failure that is no
    // dropped connection goes into result.afterSyncError (false); a dropped connection
    // is the error.
    Result<bool> runAfterSyncAction(MailboxClient& client, const QList<quint32>& uids,
                                    FolderSyncResult& result) const;
    Status connectClient(std::unique_ptr<MailboxClient>& client);
    Status analysePending(SyncSummary& summary, const SyncOptions& options);

    ImapAccount m_account;
    ClientFactory m_clientFactory;
    NoticeRoles m_store;
    const NoticeAnalyzer& m_analyzer;
    std::shared_ptr<const NoticeAnalyzer> m_sharedAnalyzer;
    QString m_fingerprint;
};

} // namespace mixdesk
