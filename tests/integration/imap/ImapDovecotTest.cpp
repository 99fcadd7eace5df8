#include "DovecotServer.h"
#include "FakeNoticeStore.h"

#include "analysis/NoticeAnalyzer.h"
#include "imap/ImapSession.h"
#include "imap/ImapSync.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace mixdesk;
using mixdesk::test::DovecotServer;
using mixdesk::test::FakeNoticeStore;

namespace {

// `padding` bytes of extra body lines make a folder bigger than the kernel's socket
// buffers, so a server stopped mid-sync really cuts the stream.
QByteArray notice(int i, const QByteArray& tag = "n", int padding = 0)
{
    const QByteArray line = "Log excerpt: 198.51.100.23 connected, sent mail, disconnected.\r\n";
    const QByteArray pad = line.repeated(padding / int(line.size()));
    // CRLF line ends: what IMAP servers send, so bytes compare exactly.
    return "Return-Path: <abuse@reporter.example>\r\n"
           "From: Abuse Desk <abuse@reporter.example>\r\n"
           "To: abuse@exit.example\r\n"
           "Subject: Abuse report " +
           tag + QByteArray::number(i) +
           "\r\n"
           "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
           "Message-ID: <" +
           tag + QByteArray::number(i) +
           "@reporter.example>\r\n"
           "\r\n"
           "Traffic from 198.51.100.23 at 2026-11-23T09:58:00Z.\r\n" +
           pad;
}

} // namespace

class ImapDovecotTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void initialSyncIsByteExact();
    void incrementalFetchesOnlyNew();
    void uidValidityChangeMakesNoDuplicates();
    void droppedConnectionReconnectsAndResumes();
    void killedServerThenSyncAgain();
    void wrongPasswordIsClear();
    void connectionRefusedIsClear();
    void untrustedCertificateThenPinned();
    void startTls();
    void markSeenAfterSync();
    void moveAfterSync();
    void afterSyncMissedIsDoneNextTime();
    void folderWithUmlautSyncs();
    void missingFolderIsClear();

private:
    ImapAccount plainAccount(const QString& name = QStringLiteral("dove")) const;
    ImapSync::ClientFactory factory(const ImapAccount& account, QString password = {}) const;
    std::unique_ptr<DovecotServer> m_server;
    NoticeAnalyzer m_analyzer{OperatorProfile{}};
};

void ImapDovecotTest::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral("/usr/sbin/dovecot")));
}

void ImapDovecotTest::init()
{
    m_server = std::make_unique<DovecotServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

ImapAccount ImapDovecotTest::plainAccount(const QString& name) const
{
    ImapAccount a;
    a.name = name;
    a.host = QStringLiteral("127.0.0.1");
    a.port = m_server->imapPort();
    a.security = ImapSecurity::Plain;
    a.user = m_server->user();
    return a;
}

ImapSync::ClientFactory ImapDovecotTest::factory(const ImapAccount& account, QString password) const
{
    if (password.isNull())
        password = m_server->password();
    return [account, password] {
        return std::unique_ptr<MailboxClient>(new ImapSession(account, password, 10));
    };
}

void ImapDovecotTest::initialSyncIsByteExact()
{
    QList<QByteArray> sent;
    for (int i = 0; i < 5; ++i) {
        sent << notice(i);
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), sent.last()));
    }
    FakeNoticeStore store;
    const ImapAccount account = plainAccount();
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-120);
    auto result = sync.run();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->folders.size(), 1);
    QCOMPARE(result->folders[0].newNotices, 5);
    QCOMPARE(store.notices.size(), 5);
    QSet<QByteArray> got;
    for (const IncomingNotice& n : store.notices) {
        got.insert(n.raw);
        QCOMPARE(n.origin, QStringLiteral("imap:dove/INBOX"));
        QVERIFY(n.receivedAt.isValid());
        QVERIFY2(n.receivedAt >= before, qPrintable(n.receivedAt.toString(Qt::ISODate)));
        QCOMPARE(n.receivedAt.timeSpec(), Qt::UTC);
    }
    QCOMPARE(got, QSet<QByteArray>(sent.begin(), sent.end()));
    // BODY.PEEK: the messages stay unread.
    QCOMPARE(m_server->countWithFlag(QStringLiteral("INBOX"), u'S'), 0);
}

void ImapDovecotTest::incrementalFetchesOnlyNew()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i)));
    FakeNoticeStore store;
    const ImapAccount account = plainAccount();
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    QCOMPARE(sync.run()->totalNew(), 3);
    for (int i = 3; i < 5; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i)));
    auto second = sync.run();
    QVERIFY(second.ok());
    QCOMPARE(second->folders[0].fetched, 2);
    QCOMPARE(second->folders[0].newNotices, 2);
    auto third = sync.run();
    QCOMPARE(third->folders[0].fetched, 0);
    QCOMPARE(store.notices.size(), 5);
}

void ImapDovecotTest::uidValidityChangeMakesNoDuplicates()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i)));
    FakeNoticeStore store;
    const ImapAccount account = plainAccount();
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    QCOMPARE(sync.run()->totalNew(), 4);
    const quint32 oldValidity = store.checkpoints.value(QStringLiteral("dove/INBOX")).uidValidity;

    m_server->stop();
    QVERIFY(m_server->resetUidValidity(QStringLiteral("INBOX")));
    QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(99)));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    auto result = sync.run();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->folders[0].uidValidityChanged);
    QCOMPARE(result->folders[0].fetched, 5);
    QCOMPARE(result->folders[0].newNotices, 1);
    QCOMPARE(store.notices.size(), 5);
    QVERIFY(store.checkpoints.value(QStringLiteral("dove/INBOX")).uidValidity != oldValidity);
}

void ImapDovecotTest::droppedConnectionReconnectsAndResumes()
{
    const int total = 1500;
    for (int i = 0; i < total; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i, "big", 16 * 1024)));
    FakeNoticeStore store;
    const ImapAccount account = plainAccount();
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    SyncOptions options;
    options.batchSize = 100;
    options.backoffMs = 200;
    bool restarted = false;
    options.progress = [&](const QString&, int done, int) {
        if (!restarted && done >= 500) {
            restarted = true;
            m_server->stop(); // drops the connection between two batches
            QVERIFY(m_server->start());
        }
    };
    auto result = sync.run(options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(restarted);
    QCOMPARE(result->reconnects, 1);
    QCOMPARE(result->folders[0].fetched, total); // nothing fetched twice
    QCOMPARE(result->folders[0].newNotices, total);
    QCOMPARE(store.notices.size(), total);
}

void ImapDovecotTest::killedServerThenSyncAgain()
{
    const int total = 1500;
    for (int i = 0; i < total; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i, "kill", 16 * 1024)));
    FakeNoticeStore store;
    const ImapAccount account = plainAccount();
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    SyncOptions options;
    options.batchSize = 100;
    options.maxReconnects = 1;
    options.backoffMs = 50;
    int committed = 0;
    bool stopped = false;
    options.progress = [&](const QString&, int done, int) {
        committed = done;
        if (!stopped && done >= 300) {
            stopped = true;
            m_server->stop(); // and it stays down
        }
    };
    auto failed = sync.run(options);
    QVERIFY(!failed.ok());
    QVERIFY2(imapError(failed.error()) == ImapError::ConnectionFailed ||
                 imapError(failed.error()) == ImapError::ConnectionLost,
             qPrintable(failed.error().message));
    // What had arrived before the stop is stored too (the fetching thread runs ahead of
    // the store by a few batches); the rest is not, and nothing is half stored.
    QVERIFY2(committed >= 300 && committed < total, qPrintable(QString::number(committed)));
    QCOMPARE(store.notices.size(), committed);

    QVERIFY(m_server->start());
    options.progress = {};
    auto again = sync.run(options);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->folders[0].fetched, total - committed);
    QCOMPARE(store.notices.size(), total);
    QSet<QByteArray> unique;
    for (const IncomingNotice& n : store.notices)
        unique.insert(n.raw);
    QCOMPARE(unique.size(), total);
}

void ImapDovecotTest::wrongPasswordIsClear()
{
    FakeNoticeStore store;
    const ImapAccount account = plainAccount();
    ImapSync sync(account, factory(account, QStringLiteral("wrong")), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY(!result.ok());
    QCOMPARE(imapError(result.error()), ImapError::AuthenticationFailed);
    QVERIFY2(result.error().message.contains(QLatin1String("wrong user name or password")),
             qPrintable(result.error().message));
}

void ImapDovecotTest::connectionRefusedIsClear()
{
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.port = test::freeLocalPort();
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY(!result.ok());
    QCOMPARE(imapError(result.error()), ImapError::ConnectionFailed);
    QVERIFY2(result.error().message.contains(QString::number(account.port)),
             qPrintable(result.error().message));
}

void ImapDovecotTest::untrustedCertificateThenPinned()
{
    QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(1)));
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.security = ImapSecurity::Imaps;
    account.port = m_server->imapsPort();
    ImapSync refused(account, factory(account), store.roles(), m_analyzer);
    auto result = refused.run();
    QVERIFY(!result.ok());
    QCOMPARE(imapError(result.error()), ImapError::UntrustedCertificate);
    QVERIFY(!m_server->certificateSha256().isEmpty());
    QCOMPARE(refused.certificateFingerprint(), m_server->certificateSha256());
    QVERIFY2(result.error().message.contains(m_server->certificateSha256()),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("Untrusted certificate")));
    QCOMPARE(store.notices.size(), 0);

    account.trustedFingerprintSha256 = refused.certificateFingerprint();
    ImapSync pinned(account, factory(account), store.roles(), m_analyzer);
    auto ok = pinned.run();
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(ok->totalNew(), 1);

    // A pin for some other certificate does not help.
    account.trustedFingerprintSha256 = QString(64, u'0');
    ImapSync wrongPin(account, factory(account), store.roles(), m_analyzer);
    QCOMPARE(imapError(wrongPin.run().error()), ImapError::UntrustedCertificate);
}

void ImapDovecotTest::startTls()
{
    QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(1)));
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.security = ImapSecurity::StartTls;
    ImapSync unpinned(account, factory(account), store.roles(), m_analyzer);
    auto refused = unpinned.run();
    QVERIFY(!refused.ok());
    QCOMPARE(imapError(refused.error()), ImapError::UntrustedCertificate); // TLS did happen
    account.trustedFingerprintSha256 = m_server->certificateSha256();
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->totalNew(), 1);
}

void ImapDovecotTest::markSeenAfterSync()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i)));
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.afterSync = {AfterSync::Action::MarkSeen, {}};
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY(result.ok());
    QVERIFY(result->folders[0].afterSyncError.isEmpty());
    QCOMPARE(m_server->countWithFlag(QStringLiteral("INBOX"), u'S'), 4);
}

void ImapDovecotTest::moveAfterSync()
{
    QVERIFY(m_server->createFolder(QStringLiteral("Done")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i)));
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.afterSync = {AfterSync::Action::Move, QStringLiteral("Done")};
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY(result.ok());
    QVERIFY2(result->folders[0].afterSyncError.isEmpty(),
             qPrintable(result->folders[0].afterSyncError));
    QCOMPARE(result->totalNew(), 3);
    QCOMPARE(m_server->messageCount(QStringLiteral("INBOX")), 0);
    QCOMPARE(m_server->messageCount(QStringLiteral("Done")), 3);
    QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(7)));
    auto second = sync.run();
    QCOMPARE(second->folders[0].fetched, 1);
    QCOMPARE(m_server->messageCount(QStringLiteral("Done")), 4);
}

void ImapDovecotTest::afterSyncMissedIsDoneNextTime()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(i)));
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.afterSync = {AfterSync::Action::Move, QStringLiteral("Done")}; // not there yet
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY(result.ok());
    QVERIFY(!result->folders[0].afterSyncError.isEmpty());
    QCOMPARE(result->totalNew(), 3);
    QCOMPARE(m_server->messageCount(QStringLiteral("INBOX")), 3);

    QVERIFY(m_server->createFolder(QStringLiteral("Done")));
    result = sync.run();
    QVERIFY(result.ok());
    QVERIFY2(result->folders[0].afterSyncError.isEmpty(),
             qPrintable(result->folders[0].afterSyncError));
    QCOMPARE(result->folders[0].fetched, 0);
    QCOMPARE(m_server->messageCount(QStringLiteral("INBOX")), 0);
    QCOMPARE(m_server->messageCount(QStringLiteral("Done")), 3);

    // Marking: turned on after a sync, it reaches the messages synced before.
    QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(5)));
    account.afterSync = {};
    ImapSync plain(account, factory(account), store.roles(), m_analyzer);
    QVERIFY(plain.run().ok());
    QCOMPARE(m_server->countWithFlag(QStringLiteral("INBOX"), u'S'), 0);
    account.afterSync = {AfterSync::Action::MarkSeen, {}};
    ImapSync seen(account, factory(account), store.roles(), m_analyzer);
    QVERIFY(seen.run().ok());
    QCOMPARE(m_server->countWithFlag(QStringLiteral("INBOX"), u'S'), 1);

    // Marked unread again by the user, it stays so; a new message is marked.
    QVERIFY(m_server->clearSeenOfOne(QStringLiteral("INBOX")));
    QCOMPARE(m_server->countWithFlag(QStringLiteral("INBOX"), u'S'), 0);
    QVERIFY(m_server->deliver(QStringLiteral("INBOX"), notice(6)));
    auto third = seen.run();
    QVERIFY(third.ok());
    QCOMPARE(third->folders[0].fetched, 1);
    QCOMPARE(m_server->countWithFlag(QStringLiteral("INBOX"), u'S'), 1);
    QCOMPARE(m_server->messageCount(QStringLiteral("INBOX")), 2);
}

void ImapDovecotTest::folderWithUmlautSyncs()
{
    // "Beschwerden Ä&Ö" travels as "Beschwerden &AMQ-&-&ANY-" (modified UTF-7).
    const QString folder = QStringLiteral("Beschwerden \u00C4&\u00D6");
    QCOMPARE(DovecotServer::modifiedUtf7(folder), QByteArray("Beschwerden &AMQ-&-&ANY-"));
    QVERIFY(m_server->createFolder(folder));
    QVERIFY(m_server->createFolder(QStringLiteral("Erledigt \u00DC")));
    for (int i = 0; i < 2; ++i)
        QVERIFY(m_server->deliver(folder, notice(i)));
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.folders = {folder};
    account.afterSync = {AfterSync::Action::Move, QStringLiteral("Erledigt \u00DC")};
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY2(result->folders[0].afterSyncError.isEmpty(),
             qPrintable(result->folders[0].afterSyncError));
    QCOMPARE(result->totalNew(), 2);
    QCOMPARE(store.notices.first().origin, QStringLiteral("imap:dove/") + folder);
    QCOMPARE(m_server->messageCount(folder), 0);
    QCOMPARE(m_server->messageCount(QStringLiteral("Erledigt \u00DC")), 2);
}

void ImapDovecotTest::missingFolderIsClear()
{
    FakeNoticeStore store;
    ImapAccount account = plainAccount();
    account.folders = {QStringLiteral("NoSuchFolder")};
    ImapSync sync(account, factory(account), store.roles(), m_analyzer);
    auto result = sync.run();
    QVERIFY(!result.ok());
    QCOMPARE(imapError(result.error()), ImapError::FolderNotFound);
    QVERIFY(result.error().message.contains(QLatin1String("NoSuchFolder")));
}

QTEST_GUILESS_MAIN(ImapDovecotTest)
#include "ImapDovecotTest.moc"
