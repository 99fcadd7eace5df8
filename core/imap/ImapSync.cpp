#include "imap/ImapSync.h"

#include "analysis/NoticeAnalyzer.h"
#include "importer/Reanalyzer.h"
#include "store/HeaderSummary.h"
#include "store/NoticeStore.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace mixdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImapSync", text);
}

bool cancelled(const SyncOptions& options)
{
    return options.cancel && options.cancel->load();
}

Error cancelledError()
{
    return Error{tr("Sync cancelled"), int(ImapError::Cancelled)};
}

bool isRetryable(const Error& error)
{
    const ImapError kind = imapError(error);
    return kind == ImapError::ConnectionLost || kind == ImapError::ConnectionFailed;
}

} // namespace

int SyncSummary::totalNew() const
{
    int total = 0;
    for (const FolderSyncResult& folder : folders)
        total += folder.newNotices;
    return total;
}

ImapSync::ImapSync(ImapAccount account, ClientFactory clientFactory, NoticeStore& store,
                   const NoticeAnalyzer& analyzer)
    : m_account(std::move(account)), m_clientFactory(std::move(clientFactory)), m_store(store),
      m_analyzer(analyzer),
      // Not owned: the caller keeps the analyzer alive for the sync's lifetime.
      m_sharedAnalyzer(&analyzer, [](const NoticeAnalyzer*) {})
{}

Status ImapSync::connectClient(std::unique_ptr<MailboxClient>& client)
{
    client = m_clientFactory();
    Status connected = client->connect();
    if (!connected && imapError(connected.error()) == ImapError::UntrustedCertificate)
        m_fingerprint = client->certificateFingerprint();
    return connected;
}

Result<SyncSummary> ImapSync::run(const SyncOptions& options)
{
    SyncSummary summary;
    summary.account = m_account.name;
    m_fingerprint.clear();

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<MailboxClient> client;
    // The first connection fails fast: a wrong password or a refused port will not
    // get better by retrying.
    if (Status connected = connectClient(client); !connected)
        return connected.error();

    qCDebug(lcImap) << "connected to" << m_account.host << "in" << timer.elapsed() << "ms";
    int reconnectsLeft = options.maxReconnects;
    int backoffMs = options.backoffMs;
    for (const QString& folder : m_account.folders) {
        FolderSyncResult result;
        result.folder = folder;
        while (true) {
            if (cancelled(options))
                return cancelledError();
            Status synced =
                client ? syncFolder(*client, result, options)
                       : Status(Error{tr("Not connected"), int(ImapError::ConnectionLost)});
            if (synced)
                break;
            if (!isRetryable(synced.error()) || reconnectsLeft <= 0)
                return synced.error();
            qCInfo(lcImap) << "connection to" << m_account.host << "lost, reconnecting in"
                           << backoffMs << "ms:" << synced.error().message;
            --reconnectsLeft;
            ++summary.reconnects;
            client.reset();
            QThread::msleep(backoffMs);
            backoffMs *= 2;
            if (Status connected = connectClient(client); !connected) {
                client.reset();
                if (!isRetryable(connected.error()))
                    return connected.error();
            }
        }
        summary.folders << result;
    }
    if (client)
        client->disconnect();
    summary.fetchMs = timer.elapsed();
    qCDebug(lcImap) << "fetch phase of" << m_account.name << "took" << summary.fetchMs << "ms";
    if (options.analyse) {
        if (Status analysed = analysePending(summary, options); !analysed)
            return analysed.error();
    }
    return summary;
}

Status ImapSync::analysePending(SyncSummary& summary, const SyncOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    Reanalyzer reanalyzer(m_sharedAnalyzer);
    reanalyzer.setBatchSize(options.analysisBatchSize);
    reanalyzer.setCancelFlag(options.cancel);
    if (options.analysisProgress)
        reanalyzer.setProgress(options.analysisProgress);
    auto analysed = reanalyzer.runPending(m_store);
    if (!analysed)
        return Error{analysed.error().message, int(ImapError::Store)};
    summary.analysed = *analysed;
    summary.analysisMs = timer.elapsed();
    qCDebug(lcImap) << "analysis phase:" << summary.analysed << "notices in" << summary.analysisMs
                   << "ms";
    // What is left stays pending for the next sync.
    if (cancelled(options))
        return cancelledError();
    return {};
}

Status ImapSync::syncFolder(MailboxClient& client, FolderSyncResult& result,
                            const SyncOptions& options)
{
    const QString& folder = result.folder;
    auto checkpoint = m_store.syncCheckpoint(m_account.name, folder);
    if (!checkpoint)
        return Error{checkpoint.error().message, int(ImapError::Store)};
    auto remote = client.select(folder);
    if (!remote)
        return remote.error();

    quint32 lastUid = checkpoint->lastUid;
    if (checkpoint->uidValidity != remote->uidValidity) {
        // UIDs of the old validity mean nothing now: start over; the store's SHA-256
        // dedupe keeps the messages we already have from appearing twice.
        if (checkpoint->uidValidity != 0) {
            qCInfo(lcImap) << "UIDVALIDITY of" << m_account.name << folder << "changed from"
                           << checkpoint->uidValidity << "to" << remote->uidValidity;
            result.uidValidityChanged = true;
        }
        lastUid = 0;
    }

    QList<RemoteMessageInfo> pending;
    if (remote->exists > 0) {
        auto listed = client.listFrom(lastUid + 1);
        if (!listed)
            return listed.error();
        pending = std::move(*listed);
    }
    const int total = int(pending.size());
    int done = 0;
    const QString origin = QStringLiteral("imap:") + m_account.name + u'/' + folder;

    // A fetched batch with the list columns of a header-only scan.
    struct Prepared
    {
        QList<quint32> uids; // requested
        QList<quint32> fetchedUids;
        QList<IncomingNotice> notices;
        QList<Analysis> analyses; // pending: computed after the fetch phase
    };
    int next = 0; // index in `pending` of the first message not yet requested

    // Fetches the next batch (up to batchSize messages and maxBatchBytes, at least one).
    // Notices the store has already (same bytes, e.g. after a UIDVALIDITY change) are
    // not inserted again, so they are not even scanned.
    auto prepare = [&]() -> Result<std::unique_ptr<Prepared>> {
        auto prepared = std::make_unique<Prepared>();
        qint64 bytes = 0;
        while (next < total && prepared->uids.size() < options.batchSize) {
            if (!prepared->uids.isEmpty() &&
                bytes + qint64(pending[next].size) > options.maxBatchBytes)
                break;
            prepared->uids << pending[next].uid;
            bytes += qint64(pending[next].size);
            ++next;
        }
        auto fetched = client.fetch(prepared->uids);
        if (!fetched)
            return fetched.error();
        QList<QByteArray> digests;
        digests.reserve(fetched->size());
        for (const RemoteMessage& message : *fetched)
            digests << NoticeStore::sha256(message.raw);
        auto known = m_store.knownSha256(digests);
        if (!known)
            return Error{known.error().message, int(ImapError::Store)};
        prepared->notices.reserve(fetched->size());
        prepared->analyses.reserve(fetched->size());
        for (qsizetype i = 0; i < fetched->size(); ++i) {
            RemoteMessage& message = (*fetched)[i];
            prepared->fetchedUids << message.uid;
            IncomingNotice notice;
            notice.origin = origin;
            notice.receivedAt = message.internalDate;
            if (known->contains(digests[i])) {
                notice.text = NoticeText{}; // only its origin is recorded
                prepared->analyses << Analysis{};
            } else {
                const HeaderSummary header = HeaderSummary::scan(message.raw);
                notice.text = header.text();
                prepared->analyses << header.pendingAnalysis();
            }
            notice.sha256 = digests[i]; // the store reuses it
            notice.raw = std::move(message.raw);
            prepared->notices << std::move(notice);
        }
        return prepared;
    };

    // Stores a prepared batch with the checkpoint in one transaction, then runs the
    // after-sync action (after the commit, never before: a failure there leaves the
    // messages on the server as they were, and they are stored already).
    auto commit = [&](Prepared& prepared) -> Status {
        // Messages expunged meanwhile are simply gone: the checkpoint covers every
        // requested UID.
        const SyncCheckpoint checkpoint{m_account.name, folder, remote->uidValidity,
                                        prepared.uids.last()};
        auto added = m_store.addNotices(prepared.notices, prepared.analyses, checkpoint);
        if (!added)
            return Error{added.error().message, int(ImapError::Store)};
        for (const AddResult& add : *added)
            result.newNotices += add.inserted ? 1 : 0;
        result.fetched += int(prepared.fetchedUids.size());
        done += int(prepared.uids.size());
        if (options.progress)
            options.progress(folder, done, total);
        Status after;
        if (m_account.afterSync.action == AfterSync::Action::MarkSeen)
            after = client.markSeen(prepared.fetchedUids);
        else if (m_account.afterSync.action == AfterSync::Action::Move)
            after = client.move(prepared.fetchedUids, m_account.afterSync.folder);
        if (!after) {
            if (isRetryable(after.error()))
                return after.error();
            result.afterSyncError = after.error().message;
            qCWarning(lcImap) << "after-sync action failed:" << after.error().message;
        }
        return {};
    };

    // Batch k+1 is fetched before batch k is stored (the server streams while the
    // store commits). After-sync actions use the connection too, so with one they run
    // unpipelined.
    const bool pipelined = m_account.afterSync.action == AfterSync::Action::None;
    std::unique_ptr<Prepared> current;
    while (done < total) {
        if (cancelled(options))
            return cancelledError();
        if (!current) {
            auto prepared = prepare();
            if (!prepared)
                return prepared.error();
            current = std::move(*prepared);
        }
        std::unique_ptr<Prepared> following;
        if (pipelined && next < total) {
            auto prepared = prepare();
            if (!prepared)
                return prepared.error(); // `current` is dropped uncommitted: fetched again
            following = std::move(*prepared);
        }
        if (Status committed = commit(*current); !committed)
            return committed;
        current = std::move(following);
    }
    return {};
}

} // namespace mixdesk
