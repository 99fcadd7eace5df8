#include "imap/ImapSync.h"

#include "analysis/NoticeAnalyzer.h"
#include "mail/MailParser.h"
#include "store/NoticeStore.h"
#include "util/Logging.h"

#include <QCoreApplication>
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
      m_analyzer(analyzer)
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

    std::unique_ptr<MailboxClient> client;
    // The first connection fails fast: a wrong password or a refused port will not
    // get better by retrying.
    if (Status connected = connectClient(client); !connected)
        return connected.error();

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
    return summary;
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

    while (done < total) {
        if (cancelled(options))
            return cancelledError();
        // A batch: up to batchSize messages and maxBatchBytes, at least one message.
        QList<quint32> uids;
        qint64 bytes = 0;
        for (int i = done; i < total && uids.size() < options.batchSize; ++i) {
            if (!uids.isEmpty() && bytes + qint64(pending[i].size) > options.maxBatchBytes)
                break;
            uids << pending[i].uid;
            bytes += qint64(pending[i].size);
        }
        auto fetched = client.fetch(uids);
        if (!fetched)
            return fetched.error();

        QList<IncomingNotice> notices;
        QList<Analysis> analyses;
        notices.reserve(fetched->size());
        analyses.reserve(fetched->size());
        for (const RemoteMessage& message : *fetched) {
            // One parse serves both the analysis and the search text, which the
            // store would otherwise extract again (re-parsing) while writing.
            const ParsedMail mail = MailParser::parse(message.raw);
            analyses << m_analyzer.analyze(mail, message.raw);
            notices << IncomingNotice{message.raw, origin, message.internalDate,
                                      NoticeText::fromParsed(mail, message.raw)};
        }
        // Messages expunged meanwhile are simply gone: the checkpoint covers every
        // requested UID.
        const SyncCheckpoint next{m_account.name, folder, remote->uidValidity, uids.last()};
        auto added = m_store.addNotices(notices, analyses, next);
        if (!added)
            return Error{added.error().message, int(ImapError::Store)};
        for (const AddResult& add : *added)
            result.newNotices += add.inserted ? 1 : 0;
        result.fetched += int(fetched->size());
        done += int(uids.size());
        if (options.progress)
            options.progress(folder, done, total);

        // After the commit, never before: a failure here leaves the messages on the
        // server as they were, and they are stored already.
        QList<quint32> fetchedUids;
        for (const RemoteMessage& message : *fetched)
            fetchedUids << message.uid;
        Status after;
        if (m_account.afterSync.action == AfterSync::Action::MarkSeen)
            after = client.markSeen(fetchedUids);
        else if (m_account.afterSync.action == AfterSync::Action::Move)
            after = client.move(fetchedUids, m_account.afterSync.folder);
        if (!after) {
            if (isRetryable(after.error()))
                return after.error();
            result.afterSyncError = after.error().message;
            qCWarning(lcImap) << "after-sync action failed:" << after.error().message;
        }
    }
    return {};
}

} // namespace mixdesk
