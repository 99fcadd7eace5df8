#include "imap/ImapSync.h"

#include "analysis/NoticeAnalyzer.h"
#include "importer/Reanalyzer.h"
#include "store/BulkTransaction.h"
#include "util/BoundedQueue.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include <thread>

namespace mixdesk {

namespace {

// The name an action's progress is saved under (SyncCheckpoint::afterSyncAction). A
// move is one action whatever its target: moved messages have left the folder.
QString afterSyncActionName(AfterSync::Action action)
{
    switch (action) {
    case AfterSync::Action::MarkSeen:
        return QStringLiteral("mark-seen");
    case AfterSync::Action::Move:
        return QStringLiteral("move");
    case AfterSync::Action::None:
        break;
    }
    return {};
}

bool cancelled(const SyncOptions& options)
{
    return options.cancel && options.cancel->load();
}

Error cancelledError()
{
    return Error{QCoreApplication::translate("ImapSync", "Sync cancelled"),
                 int(ImapError::Cancelled)};
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

ImapSync::ImapSync(ImapAccount account, ClientFactory clientFactory, NoticeRoles store,
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
                       : Status(Error{QCoreApplication::translate("ImapSync", "Not connected"),
                                      int(ImapError::ConnectionLost)});
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
    // What is left stays in the spool for the next sync.
    if (cancelled(options))
        return cancelledError();
    return {};
}

Result<bool> ImapSync::runAfterSyncAction(MailboxClient& client, const QList<quint32>& uids,
                                          FolderSyncResult& result) const
{
    Status after;
    if (m_account.afterSync.action == AfterSync::Action::MarkSeen)
        after = client.markSeen(uids);
    else if (m_account.afterSync.action == AfterSync::Action::Move)
        after = client.move(uids, m_account.afterSync.folder);
    if (!after) {
        // A dropped connection is retried with the folder; anything else is reported,
        // and the next sync tries again: the notices are stored either way.
        if (isRetryable(after.error()))
            return after.error();
        result.afterSyncError = after.error().message;
        qCWarning(lcImap) << "after-sync action failed:" << after.error().message;
        return false;
    }
    return true;
}

Status ImapSync::syncFolder(MailboxClient& client, FolderSyncResult& result,
                            const SyncOptions& options)
{
    const QString& folder = result.folder;
    auto checkpoint = m_store.spool.checkpoint(m_account.name, folder);
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

    // What this sync has stored and acted on, saved with every batch.
    SyncCheckpoint reached{m_account.name, folder, remote->uidValidity, lastUid};
    reached.afterSyncAction = afterSyncActionName(m_account.afterSync.action);
    if (lastUid > 0 && checkpoint->afterSyncAction == reached.afterSyncAction)
        reached.afterSyncUid = qMin(checkpoint->afterSyncUid, lastUid);
    // Whether the action has reached every message stored so far: after a failure,
    // reached.afterSyncUid stays below it, and the next sync tries again from there.
    bool actionComplete = true;
    const auto acted = [&](const QList<quint32>& uids, quint32 upTo) -> Status {
        const auto done = runAfterSyncAction(client, uids, result);
        if (!done)
            return done.error();
        actionComplete = actionComplete && *done;
        if (!actionComplete || upTo <= reached.afterSyncUid)
            return {};
        reached.afterSyncUid = upTo;
        if (Status saved = m_store.spool.saveCheckpoint(reached); !saved)
            return Error{saved.error().message, int(ImapError::Store)};
        return {};
    };

    // Messages synced before whose after-sync action failed or never ran (connection
    // lost, a kill, a missing target folder, the action turned on since) get it now:
    // those above what the action has reached. Not those below: a message the user
    // marked unread again after it was marked \Seen stays unread.
    if (m_account.afterSync.action != AfterSync::Action::None && lastUid > reached.afterSyncUid) {
        auto missed = client.uidsInRange(reached.afterSyncUid + 1, lastUid,
                                         m_account.afterSync.action == AfterSync::Action::MarkSeen);
        if (!missed)
            return missed.error();
        if (Status after = acted(*missed, lastUid); !after)
            return after;
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

    // A fetched batch, hashed and packed for the spool.
    struct Prepared
    {
        QList<quint32> fetchedUids;
        QList<FetchedNotice> notices;
        quint32 checkpointUid = 0; // every requested UID up to this one is in the store
        int covered = 0;           // requested UIDs this batch accounts for
    };
    const auto add = [&origin](Prepared& batch, RemoteMessage&& message) {
        batch.fetchedUids << message.uid;
        // The store takes digest and packed bytes as they are: work done here, on the
        // fetching thread, is taken off the storing one.
        FetchedNotice fetched;
        fetched.packed = RawCodec::pack(message.raw);
        fetched.notice =
            IncomingNotice::fromRaw(std::move(message.raw), origin, message.internalDate);
        batch.notices << std::move(fetched);
    };
    int next = 0; // index in `pending` of the first message not yet requested

    // Fetches the next batch (up to batchSize messages and maxBatchBytes, at least one)
    // with one command. Messages the store has already (same bytes, e.g. after a
    // UIDVALIDITY change) are recognised by their digest when stored.
    auto prepare = [&]() -> Result<std::unique_ptr<Prepared>> {
        auto prepared = std::make_unique<Prepared>();
        QList<quint32> uids;
        qint64 bytes = 0;
        while (next < total && uids.size() < options.batchSize) {
            if (!uids.isEmpty() && bytes + qint64(pending[next].size) > options.maxBatchBytes)
                break;
            uids << pending[next].uid;
            bytes += qint64(pending[next].size);
            ++next;
        }
        auto fetched = client.fetch(uids);
        if (!fetched)
            return fetched.error();
        prepared->notices.reserve(fetched->size());
        for (RemoteMessage& message : *fetched)
            add(*prepared, std::move(message));
        // Messages expunged meanwhile are simply gone: the checkpoint covers every
        // requested UID.
        prepared->checkpointUid = uids.last();
        prepared->covered = int(uids.size());
        return prepared;
    };

    // Stores a prepared batch with the checkpoint in one transaction, then runs the
    // after-sync action (after the commit, never before: a failure there leaves the
    // messages on the server as they were, and they are stored already).
    auto commit = [&](Prepared& prepared) -> Status {
        reached.lastUid = prepared.checkpointUid;
        auto added = m_store.spool.spool(prepared.notices, reached);
        if (!added)
            return Error{added.error().message, int(ImapError::Store)};
        for (const AddResult& add : *added)
            result.newNotices += add.inserted ? 1 : 0;
        result.fetched += int(prepared.fetchedUids.size());
        done += prepared.covered;
        if (options.progress)
            options.progress(folder, done, total);
        if (m_account.afterSync.action == AfterSync::Action::None)
            return {};
        return acted(prepared.fetchedUids, prepared.checkpointUid);
    };

    // After-sync actions use the connection too: with one, fetch and store alternate.
    if (m_account.afterSync.action != AfterSync::Action::None) {
        while (done < total) {
            if (cancelled(options))
                return cancelledError();
            auto prepared = prepare();
            if (!prepared)
                return prepared.error();
            if (Status committed = commit(**prepared); !committed)
                return committed;
        }
        return {};
    }

    // Otherwise a fetching thread streams all new messages with one command (the
    // server never waits for us), hashes and packs them, and hands them over in
    // batches, while this thread spools them: network and CPU work on one core, SQLite
    // on the other. Batches are stored in order, each with a checkpoint below which
    // every requested UID has arrived, so whatever fails or is cancelled, the store
    // holds a prefix of the folder and the next run resumes after it.
    if (total == 0)
        return {};
    BoundedQueue<std::unique_ptr<Prepared>> queue(4);
    Status fetchStatus;
    std::thread fetcher([&] {
        QHash<quint32, int> indexOfUid;
        indexOfUid.reserve(total);
        QList<quint32> uids;
        uids.reserve(total);
        for (int i = 0; i < total; ++i) {
            indexOfUid.insert(pending[i].uid, i);
            uids << pending[i].uid;
        }
        QList<bool> arrived(total, false);
        int covered = 0;    // pending[0, covered) all arrived
        int handedOver = 0; // of those, accounted for by batches already queued
        quint32 checkpointUid = lastUid;
        auto batch = std::make_unique<Prepared>();
        qint64 bytes = 0;
        const auto handOver = [&]() {
            batch->checkpointUid = checkpointUid;
            batch->covered = covered - handedOver;
            handedOver = covered;
            bytes = 0;
            return queue.push(std::exchange(batch, std::make_unique<Prepared>()));
        };
        fetchStatus = client.fetchEach(uids, [&](RemoteMessage&& message) {
            if (cancelled(options))
                return false;
            if (const auto i = indexOfUid.constFind(message.uid); i != indexOfUid.cend())
                arrived[*i] = true;
            while (covered < total && arrived[covered])
                checkpointUid = pending[covered++].uid;
            bytes += message.raw.size();
            add(*batch, std::move(message));
            if (batch->notices.size() >= options.batchSize || bytes >= options.maxBatchBytes)
                return handOver();
            return true;
        });
        if (fetchStatus) {
            // The server sent all there is: UIDs it skipped were expunged meanwhile.
            covered = total;
            checkpointUid = uids.isEmpty() ? lastUid : uids.last();
            handOver();
        } else if (cancelled(options)) {
            fetchStatus = cancelledError();
        }
        queue.finish();
    });
    // Batches share bulk transactions, each batch still with its checkpoint: a kill
    // loses the uncommitted batches and their checkpoints together, and the next run
    // fetches them again.
    const auto storeError = [](const Status& s) {
        return Status(Error{s.error().message, int(ImapError::Store)});
    };
    BulkTransaction bulk(m_store.bulk);
    Status stored = bulk.begin();
    if (!stored)
        stored = storeError(stored);
    // Which side is the bottleneck shows in the debug log.
    QElapsedTimer clock;
    clock.start();
    qint64 waitedMs = 0;
    qint64 storingMs = 0;
    while (stored) {
        auto prepared = queue.pop();
        waitedMs += clock.restart();
        if (!prepared)
            break;
        if (cancelled(options))
            stored = cancelledError();
        else
            stored = commit(**prepared);
        if (stored) {
            if (Status s = bulk.stored(int((*prepared)->notices.size())); !s)
                stored = storeError(s);
        }
        storingMs += clock.restart();
    }
    queue.close();
    // What was stored stays, also after an error or a cancel.
    if (Status committed = bulk.commit(); !committed && stored)
        stored = storeError(committed);
    fetcher.join();
    qCDebug(lcImap) << "storing took" << storingMs << "ms, waiting for fetched batches" << waitedMs
                    << "ms";
    if (!stored)
        return stored;
    return fetchStatus;
}

} // namespace mixdesk
