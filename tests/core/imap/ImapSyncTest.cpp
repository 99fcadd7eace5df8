#include "FakeNoticeStore.h"
#include "StoreTestKit.h"

#include "analysis/NoticeAnalyzer.h"
#include "imap/CertificateTrust.h"
#include "imap/ImapSync.h"
#include "imap/SyncJob.h"
#include "imap/SyncScheduler.h"
#include "secrets/FakeSecretStore.h"

#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mixdesk;
using mixdesk::test::Backend;
using mixdesk::test::FakeNoticeStore;
using mixdesk::test::TestDesk;

namespace {

// What the scripted server holds, shared by every connection to it.
struct FakeServer
{
    struct Folder
    {
        quint32 uidValidity = 1;
        QMap<quint32, RemoteMessage> messages;
        quint32 nextUid = 1;
    };
    QMap<QString, Folder> folders;
    QString password = QStringLiteral("pw");
    int fetchesBeforeDrop = -1;  // drop the connection on that fetch call (once)
    int messagesBeforeDrop = -1; // drop it after sending that many messages (once)
    int fetchCalls = 0;
    int messagesSent = 0;
    bool streamBackwards = false; // IMAP lets a server answer a FETCH in any order
    int connects = 0;
    QList<quint32> seen;
    QList<quint32> moved;
    int afterSyncDrops = 0; // drop the connection on that many mark/move calls
    bool moveTargetMissing = false;

    void add(const QString& folder, const QByteArray& raw)
    {
        Folder& f = folders[folder];
        RemoteMessage m{f.nextUid++, raw, QDateTime::currentDateTimeUtc()};
        f.messages.insert(m.uid, m);
    }
};

Error lost()
{
    return Error{QStringLiteral("connection lost"), int(ImapError::ConnectionLost)};
}

class FakeClient : public MailboxClient
{
public:
    FakeClient(FakeServer& server, QString password) : m_server(server), m_password(password) {}
    Status connect() override
    {
        ++m_server.connects;
        if (m_password != m_server.password)
            return Error{QStringLiteral("wrong password"), int(ImapError::AuthenticationFailed)};
        m_connected = true;
        return {};
    }
    void disconnect() override { m_connected = false; }
    Result<RemoteFolder> select(const QString& folder) override
    {
        if (!m_connected)
            return lost();
        if (!m_server.folders.contains(folder))
            return Error{QStringLiteral("no folder"), int(ImapError::FolderNotFound)};
        m_folder = folder;
        const auto& f = m_server.folders[folder];
        return RemoteFolder{f.uidValidity, quint32(f.messages.size())};
    }
    Result<QList<RemoteMessageInfo>> listFrom(quint32 firstUid) override
    {
        if (!m_connected)
            return lost();
        QList<RemoteMessageInfo> list;
        for (const RemoteMessage& m : m_server.folders[m_folder].messages)
            if (m.uid >= firstUid)
                list << RemoteMessageInfo{m.uid, quint64(m.raw.size())};
        return list;
    }
    Result<QList<RemoteMessage>> fetch(const QList<quint32>& uids) override
    {
        if (!m_connected)
            return lost();
        if (m_server.fetchCalls++ == m_server.fetchesBeforeDrop) {
            m_connected = false;
            return lost();
        }
        QList<RemoteMessage> out;
        for (quint32 uid : uids)
            if (m_server.folders[m_folder].messages.contains(uid))
                out << m_server.folders[m_folder].messages[uid];
        return out;
    }
    // Streams like a server does, and can drop the connection mid-stream.
    Status fetchEach(const QList<quint32>& uids, const MessageSink& sink) override
    {
        auto messages = fetch(uids);
        if (!messages)
            return messages.error();
        if (m_server.streamBackwards)
            std::reverse(messages->begin(), messages->end());
        for (RemoteMessage& message : *messages) {
            if (m_server.messagesSent++ == m_server.messagesBeforeDrop) {
                m_connected = false;
                return lost();
            }
            if (!sink(std::move(message)))
                return Error{QStringLiteral("stopped"), int(ImapError::Cancelled)};
        }
        return {};
    }
    Status markSeen(const QList<quint32>& uids) override
    {
        if (m_server.afterSyncDrops > 0) {
            --m_server.afterSyncDrops;
            m_connected = false;
            return lost();
        }
        for (quint32 uid : uids)
            if (!m_server.seen.contains(uid))
                m_server.seen << uid;
        return {};
    }
    Status move(const QList<quint32>& uids, const QString&) override
    {
        if (m_server.afterSyncDrops > 0) {
            --m_server.afterSyncDrops;
            m_connected = false;
            return lost();
        }
        if (m_server.moveTargetMissing)
            return Error{QStringLiteral("no such folder"), int(ImapError::ServerError)};
        m_server.moved << uids;
        for (quint32 uid : uids)
            m_server.folders[m_folder].messages.remove(uid);
        return {};
    }
    Result<QList<quint32>> uidsInRange(quint32 firstUid, quint32 lastUid, bool unseenOnly) override
    {
        if (!m_connected)
            return lost();
        QList<quint32> uids;
        for (const RemoteMessage& m : m_server.folders[m_folder].messages)
            if (m.uid >= firstUid && m.uid <= lastUid &&
                !(unseenOnly && m_server.seen.contains(m.uid)))
                uids << m.uid;
        return uids;
    }
    QString certificateFingerprint() const override { return {}; }

private:
    FakeServer& m_server;
    QString m_password;
    QString m_folder;
    bool m_connected = false;
};

QByteArray message(int i)
{
    return "From: reporter@example.net\r\nSubject: notice " + QByteArray::number(i) +
           "\r\n\r\nbody " + QByteArray::number(i) + "\r\n";
}

// Three messages in INBOX, and an empty "Abuse" folder (the account watches both).
void addThreeMessages(FakeServer& server)
{
    for (int i = 0; i < 3; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
}

ImapAccount account()
{
    ImapAccount a;
    a.name = QStringLiteral("acc");
    a.host = QStringLiteral("127.0.0.1");
    a.port = 143;
    a.security = ImapSecurity::Plain;
    a.user = QStringLiteral("u");
    a.folders = {QStringLiteral("INBOX"), QStringLiteral("Abuse")};
    return a;
}

} // namespace

class ImapSyncTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uidSets();
    void pemBundleSplitsPerCertificate();
    void fingerprintFormat();
    void initialThenIncremental();
    void batchesMoveTheCheckpoint();
    void uidValidityChangeRefetchesWithoutDuplicates();
    void droppedConnectionResumes();
    void outOfOrderStreamCheckpointsOnlyWhatArrived();
    void wrongPasswordFailsFast();
    void storeFailureKeepsCheckpoint();
    void afterSyncActions();
    void afterSyncActionMissedIsDoneNextTime();
    void cancelStops();
    void syncJobRunsOffThread();
    void syncJobReportsMissingPassword();
    void schedulerRunsPeriodically();
    void twoPhaseSyncSpoolsThenFiles();
    void spooledLeftByACancelledSyncAreFiledNextRun();
    void noticesSyncedPendingBeforeTheSpoolAreAnalysed();

private:
    NoticeAnalyzer m_analyzer{OperatorProfile{}};
    ImapSync::ClientFactory factory(FakeServer& server, QString password = QStringLiteral("pw"))
    {
        return [&server, password] { return std::make_unique<FakeClient>(server, password); };
    }
    SyncOptions fastOptions(int batch = 200)
    {
        SyncOptions o;
        o.batchSize = batch;
        o.backoffMs = 1;
        return o;
    }
};

void ImapSyncTest::uidSets()
{
    QCOMPARE(uidSetString({1, 2, 3, 5, 7, 8}), QByteArray("1:3,5,7:8"));
    QCOMPARE(uidSetString({9, 4}), QByteArray("4,9"));
    QCOMPARE(uidSetString({42}), QByteArray("42"));
}

void ImapSyncTest::pemBundleSplitsPerCertificate()
{
    const QByteArray bundle =
        "# comment\n-----BEGIN CERTIFICATE-----\nAAA\n-----END CERTIFICATE-----\n"
        "junk\n-----BEGIN CERTIFICATE-----\nBBB\n-----END CERTIFICATE-----\n";
    const auto certs = splitPemBundle(bundle);
    QCOMPARE(certs.size(), 2);
    QVERIFY(certs[1].contains("BBB") && !certs[1].contains("AAA"));
    QVERIFY(certs[0].startsWith("-----BEGIN"));
}

void ImapSyncTest::fingerprintFormat()
{
    QCOMPARE(certificateSha256(QByteArray()),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(formatFingerprint(QStringLiteral("abcd01")), QStringLiteral("AB:CD:01"));
}

void ImapSyncTest::initialThenIncremental()
{
    FakeServer server;
    for (int i = 0; i < 5; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    FakeNoticeStore store;
    ImapSync sync(account(), factory(server), store.roles(), m_analyzer);
    auto first = sync.run(fastOptions());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->folders.size(), 2);
    QCOMPARE(first->folders[0].newNotices, 5);
    QCOMPARE(first->folders[1].newNotices, 0);
    QCOMPARE(store.notices.size(), 5);
    QCOMPARE(store.notices[0].origin, QStringLiteral("imap:acc/INBOX"));
    QVERIFY(store.notices[0].receivedAt.isValid());

    server.add(QStringLiteral("INBOX"), message(5));
    server.add(QStringLiteral("Abuse"), message(6));
    const int fetchesBefore = server.fetchCalls;
    auto second = sync.run(fastOptions());
    QVERIFY(second.ok());
    QCOMPARE(second->folders[0].newNotices, 1);
    QCOMPARE(second->folders[0].fetched, 1); // only the new one went over the wire
    QCOMPARE(second->folders[1].newNotices, 1);
    QCOMPARE(server.fetchCalls - fetchesBefore, 2);
    QCOMPARE(store.notices.size(), 7);

    auto third = sync.run(fastOptions());
    QCOMPARE(third->totalNew(), 0);
}

void ImapSyncTest::batchesMoveTheCheckpoint()
{
    FakeServer server;
    for (int i = 0; i < 25; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    FakeNoticeStore store;
    ImapSync sync(account(), factory(server), store.roles(), m_analyzer);
    QList<int> progress;
    SyncOptions options = fastOptions(10);
    options.progress = [&](const QString&, int done, int total) {
        QCOMPARE(total, 25);
        progress << done;
    };
    QVERIFY(sync.run(options).ok());
    QCOMPARE(progress, (QList<int>{10, 20, 25}));
    QCOMPARE(store.batches, 3);
    QCOMPARE(store.checkpoints.value(QStringLiteral("acc/INBOX")).lastUid, 25u);
}

void ImapSyncTest::uidValidityChangeRefetchesWithoutDuplicates()
{
    FakeServer server;
    for (int i = 0; i < 4; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    FakeNoticeStore store;
    ImapSync sync(account(), factory(server), store.roles(), m_analyzer);
    QVERIFY(sync.run(fastOptions()).ok());
    // The server renumbers: new validity, new (lower) UIDs, one more message.
    auto& inbox = server.folders[QStringLiteral("INBOX")];
    QList<RemoteMessage> old = inbox.messages.values();
    inbox.messages.clear();
    inbox.uidValidity = 99;
    inbox.nextUid = 1;
    for (const RemoteMessage& m : old)
        server.add(QStringLiteral("INBOX"), m.raw);
    server.add(QStringLiteral("INBOX"), message(100));
    auto result = sync.run(fastOptions());
    QVERIFY(result.ok());
    QVERIFY(result->folders[0].uidValidityChanged);
    QCOMPARE(result->folders[0].fetched, 5);
    QCOMPARE(result->folders[0].newNotices, 1);
    QCOMPARE(store.notices.size(), 5);
    QCOMPARE(store.checkpoints.value(QStringLiteral("acc/INBOX")).uidValidity, 99u);
}

void ImapSyncTest::droppedConnectionResumes()
{
    FakeServer server;
    for (int i = 0; i < 50; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    server.messagesBeforeDrop = 23; // in the middle of the third batch of 10
    FakeNoticeStore store;
    ImapSync sync(account(), factory(server), store.roles(), m_analyzer);
    auto result = sync.run(fastOptions(10));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->reconnects, 1);
    QCOMPARE(server.connects, 2);
    QCOMPARE(store.notices.size(), 50);
    QCOMPARE(result->folders[0].newNotices, 50);
    QCOMPARE(result->folders[0].fetched, 50); // resumed after the checkpoint: nothing twice
}

void ImapSyncTest::outOfOrderStreamCheckpointsOnlyWhatArrived()
{
    FakeServer server;
    for (int i = 0; i < 30; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    server.streamBackwards = true;
    server.messagesBeforeDrop = 15; // UIDs 30..16 arrived, 1..15 did not
    FakeNoticeStore store;
    ImapSync sync(account(), factory(server), store.roles(), m_analyzer);
    SyncOptions options = fastOptions(10);
    QList<quint32> checkpoints;
    options.progress = [&](const QString&, int, int) {
        checkpoints << store.checkpoints.value(QStringLiteral("acc/INBOX")).lastUid;
    };
    auto result = sync.run(options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->reconnects, 1);
    // The batch of UIDs 30..21 was stored while UID 1 was still missing: it could not
    // move the checkpoint, so the resumed sync fetched everything again, and the
    // store's dedupe kept each notice once.
    QCOMPARE(checkpoints.first(), 0u);
    QCOMPARE(store.checkpoints.value(QStringLiteral("acc/INBOX")).lastUid, 30u);
    QCOMPARE(store.notices.size(), 30);
    QCOMPARE(result->folders[0].newNotices, 30);
}

void ImapSyncTest::wrongPasswordFailsFast()
{
    FakeServer server;
    server.folders[QStringLiteral("INBOX")];
    FakeNoticeStore store;
    ImapSync sync(account(), factory(server, QStringLiteral("bad")), store.roles(), m_analyzer);
    auto result = sync.run(fastOptions());
    QVERIFY(!result.ok());
    QCOMPARE(imapError(result.error()), ImapError::AuthenticationFailed);
    QCOMPARE(server.connects, 1);
}

void ImapSyncTest::storeFailureKeepsCheckpoint()
{
    FakeServer server;
    for (int i = 0; i < 30; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    FakeNoticeStore store;
    store.failAddAfter = 1;
    ImapSync sync(account(), factory(server), store.roles(), m_analyzer);
    auto failed = sync.run(fastOptions(10));
    QVERIFY(!failed.ok());
    QCOMPARE(imapError(failed.error()), ImapError::Store);
    QCOMPARE(store.checkpoints.value(QStringLiteral("acc/INBOX")).lastUid, 10u);
    store.failAddAfter = -1;
    auto retried = sync.run(fastOptions(10));
    QVERIFY(retried.ok());
    QCOMPARE(retried->folders[0].fetched, 20);
    QCOMPARE(store.notices.size(), 30);
}

void ImapSyncTest::afterSyncActions()
{
    FakeServer server;
    addThreeMessages(server);
    FakeNoticeStore store;
    ImapAccount a = account();
    a.afterSync = {AfterSync::Action::MarkSeen, {}};
    ImapSync seen(a, factory(server), store.roles(), m_analyzer);
    QVERIFY(seen.run(fastOptions()).ok());
    QCOMPARE(server.seen, (QList<quint32>{1, 2, 3}));
    const auto checkpoint = store.checkpoint(QStringLiteral("acc"), QStringLiteral("INBOX"));
    QCOMPARE(checkpoint->afterSyncUid, 3u);
    QCOMPARE(checkpoint->afterSyncAction, QStringLiteral("mark-seen"));

    // The user marks one unread again, to come back to it in the mail client: the next
    // syncs leave it so, and mark only what is new.
    server.seen.removeAll(2u);
    server.add(QStringLiteral("INBOX"), message(3));
    QVERIFY(seen.run(fastOptions()).ok());
    QVERIFY(seen.run(fastOptions()).ok());
    QCOMPARE(server.seen, (QList<quint32>{1, 3, 4}));

    // Another action reaches the messages synced before too: they leave the folder.
    server.add(QStringLiteral("INBOX"), message(4));
    a.afterSync = {AfterSync::Action::Move, QStringLiteral("Done")};
    ImapSync move(a, factory(server), store.roles(), m_analyzer);
    QVERIFY(move.run(fastOptions()).ok());
    QCOMPARE(server.moved, (QList<quint32>{1, 2, 3, 4, 5}));
}

void ImapSyncTest::afterSyncActionMissedIsDoneNextTime()
{
    // The connection drops right after a batch is stored, before \Seen is set: the
    // reconnect finds nothing new to fetch, and still marks those messages.
    FakeServer server;
    addThreeMessages(server);
    server.afterSyncDrops = 1;
    FakeNoticeStore store;
    ImapAccount a = account();
    a.afterSync = {AfterSync::Action::MarkSeen, {}};
    ImapSync seen(a, factory(server), store.roles(), m_analyzer);
    auto result = seen.run(fastOptions());
    QVERIFY(result.ok());
    QCOMPARE(store.notices.size(), 3);
    QCOMPARE(server.seen, (QList<quint32>{1, 2, 3}));

    // A move whose target folder is missing: reported, the notices stored; once the
    // folder is there, the next sync moves them, and only them.
    server.add(QStringLiteral("INBOX"), message(3));
    server.moveTargetMissing = true;
    a.afterSync = {AfterSync::Action::Move, QStringLiteral("Done")};
    ImapSync move(a, factory(server), store.roles(), m_analyzer);
    result = move.run(fastOptions());
    QVERIFY(result.ok());
    QCOMPARE(result->folders[0].afterSyncError, QStringLiteral("no such folder"));
    QCOMPARE(store.notices.size(), 4);
    QVERIFY(server.moved.isEmpty());
    server.moveTargetMissing = false;
    result = move.run(fastOptions());
    QVERIFY(result.ok());
    QVERIFY(result->folders[0].afterSyncError.isEmpty());
    QCOMPARE(server.moved, (QList<quint32>{1, 2, 3, 4}));
    QCOMPARE(store.notices.size(), 4);
}

void ImapSyncTest::cancelStops()
{
    FakeServer server;
    for (int i = 0; i < 30; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    FakeNoticeStore store;
    std::atomic_bool cancel{false};
    SyncOptions options = fastOptions(10);
    options.cancel = &cancel;
    options.progress = [&](const QString&, int, int) { cancel = true; };
    ImapSync sync(account(), factory(server), store.roles(), m_analyzer);
    auto result = sync.run(options);
    QVERIFY(!result.ok());
    QCOMPARE(imapError(result.error()), ImapError::Cancelled);
    QCOMPARE(store.notices.size(), 10);
}

void ImapSyncTest::syncJobRunsOffThread()
{
    FakeServer server;
    for (int i = 0; i < 12; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    FakeSecretStore secrets;
    secrets.writePassword(imapSecretKey(QStringLiteral("acc")), QStringLiteral("pw"));
    auto* store = new FakeNoticeStore; // owned by the job's worker through the factory
    FakeNoticeStore* view = store;
    SyncJob job(
        {account()},
        [store] {
            return Result<std::unique_ptr<NoticeRolesHolder>>(
                std::unique_ptr<NoticeRolesHolder>(store));
        },
        OperatorProfile{}, &secrets);
    QThread* mainThread = QThread::currentThread();
    QThread* clientThread = nullptr;
    job.setClientFactory([&](const ImapAccount&, const QString& password) {
        clientThread = QThread::currentThread();
        return std::unique_ptr<MailboxClient>(new FakeClient(server, password));
    });
    SyncOptions options = fastOptions(5);
    job.setOptions(options);
    QSignalSpy progress(&job, &SyncJob::progress);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.at(0).at(0).value<SyncOutcome>();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.totalNew(), 12);
    QVERIFY(clientThread && clientThread != mainThread);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0).at(0).toString(), QStringLiteral("acc/INBOX"));
    QVERIFY(!job.isRunning());
    Q_UNUSED(view);
}

void ImapSyncTest::syncJobReportsMissingPassword()
{
    FakeSecretStore secrets; // empty
    SyncJob job(
        {account()},
        [] {
            return Result<std::unique_ptr<NoticeRolesHolder>>(std::make_unique<FakeNoticeStore>());
        },
        OperatorProfile{}, &secrets);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.at(0).at(0).value<SyncOutcome>();
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors[0].kind, ImapError::Password);
    QCOMPARE(outcome.errors[0].account, QStringLiteral("acc"));
}

void ImapSyncTest::schedulerRunsPeriodically()
{
    FakeServer server;
    server.folders[QStringLiteral("INBOX")];
    server.folders[QStringLiteral("Abuse")];
    FakeSecretStore secrets;
    secrets.writePassword(imapSecretKey(QStringLiteral("acc")), QStringLiteral("pw"));
    SyncScheduler scheduler([&](QObject* parent) {
        auto* job = new SyncJob(
            {account()},
            [] {
                return Result<std::unique_ptr<NoticeRolesHolder>>(
                    std::make_unique<FakeNoticeStore>());
            },
            OperatorProfile{}, &secrets, parent);
        job->setClientFactory([&](const ImapAccount&, const QString& pw) {
            return std::unique_ptr<MailboxClient>(new FakeClient(server, pw));
        });
        return job;
    });
    QSignalSpy started(&scheduler, &SyncScheduler::jobStarted);
    QSignalSpy done(&scheduler, &SyncScheduler::jobFinished);
    scheduler.setInterval(std::chrono::milliseconds(50));
    QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 2, 10000);
    QVERIFY(started.size() >= 2);
    scheduler.setIntervalMinutes(0);
    QCOMPARE(scheduler.interval().count(), 0);
    QTRY_VERIFY(!scheduler.isSyncing());
    QVERIFY(scheduler.syncNow());
    QVERIFY(!scheduler.syncNow()); // one at a time
    QTRY_VERIFY(!scheduler.isSyncing());

    // Whoever hears that a sync finished sees it finished, and may start the next one
    // (the window enables "Sync now", or retries after the user trusted a certificate).
    bool idleWhenFinished = false;
    bool restarted = false;
    auto once = connect(&scheduler, &SyncScheduler::jobFinished, this, [&] {
        idleWhenFinished = !scheduler.isSyncing();
        restarted = scheduler.syncNow();
    });
    const qsizetype before = done.size();
    QVERIFY(scheduler.syncNow());
    QTRY_VERIFY(done.size() > before);
    disconnect(once);
    QVERIFY(idleWhenFinished);
    QVERIFY(restarted);
    QTRY_VERIFY(done.size() > before + 1);
    QTRY_VERIFY(!scheduler.isSyncing());
}

void ImapSyncTest::twoPhaseSyncSpoolsThenFiles()
{
    TestDesk desk(Backend::Sqlite);
    auto store = desk.open();
    QVERIFY(store);
    FakeServer server;
    for (int i = 0; i < 12; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    ImapSync sync(account(), factory(server), store->roles(), m_analyzer);

    // Fetch phase only (as if killed right after it): all spooled, nothing listed yet.
    SyncOptions fetchOnly = fastOptions(5);
    fetchOnly.analyse = false;
    auto fetched = sync.run(fetchOnly);
    QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
    QCOMPARE(fetched->totalNew(), 12);
    QCOMPARE(fetched->analysed, 0);
    QCOMPARE(store->spool().spooledIds()->size(), 12);
    QCOMPARE(store->count(), 0);
    auto checkpoint = store->spool().checkpoint(QStringLiteral("acc"), QStringLiteral("INBOX"));
    QCOMPARE(checkpoint->lastUid, 12u);

    // The next run fetches nothing new and files the spool.
    QList<int> progress;
    SyncOptions options = fastOptions();
    options.analysisBatchSize = 5;
    options.analysisProgress = [&](int done, int total) {
        QCOMPARE(total, 12);
        progress << done;
    };
    auto second = sync.run(options);
    QVERIFY(second.ok());
    QCOMPARE(second->totalNew(), 0);
    QCOMPARE(second->analysed, 12);
    QCOMPARE(progress, (QList<int>{5, 10, 12}));
    QVERIFY(store->spool().spooledIds()->isEmpty());
    QCOMPARE(store->count(), 12);
    QCOMPARE(store->inbox().idsWithAnalyzerVersionBelow(Analysis::kCurrentVersion)->size(), 0);
    NoticeQuery byBody;
    byBody.text = QStringLiteral("body");
    QCOMPARE(store->inbox().queryIds(byBody)->size(), 12);
    const qint64 first = store->inbox().queryIds(NoticeQuery{})->first();
    auto analysis = store->inbox().analysis(first);
    QVERIFY(analysis.ok());
    QCOMPARE(analysis->analyzerVersion, Analysis::kCurrentVersion);
    auto row = store->inbox().summaries({first})->first();
    QVERIFY(!row.category.isEmpty());
    QVERIFY(row.subject.startsWith(QStringLiteral("notice ")));
    QCOMPARE(store->journal().events(first)->first().kind, QStringLiteral("synced"));
    QCOMPARE(*store->inbox().origins(first), QStringList{QStringLiteral("imap:acc/INBOX")});

    // Nothing new, nothing spooled: nothing to do.
    auto third = sync.run(fastOptions());
    QVERIFY(third.ok());
    QCOMPARE(third->totalNew(), 0);
    QCOMPARE(third->analysed, 0);
}

void ImapSyncTest::spooledLeftByACancelledSyncAreFiledNextRun()
{
    TestDesk desk(Backend::Sqlite);
    auto store = desk.open();
    QVERIFY(store);
    FakeServer server;
    for (int i = 0; i < 20; ++i)
        server.add(QStringLiteral("INBOX"), message(i));
    server.folders[QStringLiteral("Abuse")];
    ImapSync sync(account(), factory(server), store->roles(), m_analyzer);
    std::atomic_bool cancel{false};
    SyncOptions options = fastOptions();
    options.analysisBatchSize = 5;
    options.cancel = &cancel;
    // Cancelled in the analysis phase, after its first batch.
    options.analysisProgress = [&](int, int) { cancel = true; };
    auto cancelled = sync.run(options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(imapError(cancelled.error()), ImapError::Cancelled);
    const int filed = store->count();
    const int left = int(store->spool().spooledIds()->size());
    QVERIFY(left > 0 && left < 20);
    QCOMPARE(filed + left, 20);

    // A fresh sync object, as after a restart.
    ImapSync next(account(), factory(server), store->roles(), m_analyzer);
    auto resumed = next.run(fastOptions());
    QVERIFY(resumed.ok());
    QCOMPARE(resumed->totalNew(), 0);
    QCOMPARE(resumed->analysed, left);
    QVERIFY(store->spool().spooledIds()->isEmpty());
    QCOMPARE(store->count(), 20);
    NoticeQuery byBody;
    byBody.text = QStringLiteral("body");
    QCOMPARE(store->inbox().queryIds(byBody)->size(), 20);
}

// Databases synced before the spool hold rows with analysis pending (version 0).
void ImapSyncTest::noticesSyncedPendingBeforeTheSpoolAreAnalysed()
{
    TestDesk desk(Backend::Sqlite);
    auto store = desk.open();
    QVERIFY(store);
    Analysis pending;
    pending.analyzerVersion = 0;
    QVERIFY(store->add({IncomingNotice::fromRaw(message(1))}, {pending}).ok());
    FakeServer server;
    server.folders[QStringLiteral("INBOX")];
    server.folders[QStringLiteral("Abuse")];
    ImapSync sync(account(), factory(server), store->roles(), m_analyzer);
    auto result = sync.run(fastOptions());
    QVERIFY(result.ok());
    QCOMPARE(result->analysed, 1);
    QVERIFY(store->inbox().idsWithAnalyzerVersionBelow(1)->isEmpty());
}

QTEST_GUILESS_MAIN(ImapSyncTest)
#include "ImapSyncTest.moc"
