#pragma once

#include "accounts/ImapAccount.h"
#include "imap/MailboxClient.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace mixdesk {

class NoticeAnalyzer;
class NoticeStore;

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
    int totalNew() const;
};

struct SyncOptions
{
    int batchSize = 200;
    qint64 maxBatchBytes = 32 * 1024 * 1024;
    int maxReconnects = 3; // per sync, after a dropped connection
    int backoffMs = 500;   // doubled after each reconnect attempt
    const std::atomic_bool* cancel = nullptr;
    // Called after each committed batch: folder, messages done, messages to fetch.
    std::function<void(const QString& folder, int done, int total)> progress;
};

// Fetches new messages of an account's folders into the NoticeStore.
// Per folder: compare UIDVALIDITY and the last stored UID with the store's checkpoint,
// fetch only newer UIDs in batches, analyze, and store each batch together with the
// new checkpoint in one transaction. A dropped connection is retried with backoff and
// resumes from the checkpoint, so nothing is lost and nothing is stored twice.
class ImapSync
{
public:
    using ClientFactory = std::function<std::unique_ptr<MailboxClient>()>;

    ImapSync(ImapAccount account, ClientFactory clientFactory, NoticeStore& store,
             const NoticeAnalyzer& analyzer);

    Result<SyncSummary> run(const SyncOptions& options = {});
    // The server certificate's SHA-256 when run() failed with UntrustedCertificate.
    const QString& certificateFingerprint() const { return m_fingerprint; }

private:
    Status syncFolder(MailboxClient& client, FolderSyncResult& result, const SyncOptions& options);
    Status connectClient(std::unique_ptr<MailboxClient>& client);

    ImapAccount m_account;
    ClientFactory m_clientFactory;
    NoticeStore& m_store;
    const NoticeAnalyzer& m_analyzer;
    std::shared_ptr<const NoticeAnalyzer> m_sharedAnalyzer;
    QString m_fingerprint;
};

} // namespace mixdesk
