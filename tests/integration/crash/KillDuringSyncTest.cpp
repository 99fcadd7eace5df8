#include "DovecotServer.h"
#include "KillHarness.h"
#include "TestPaths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk::test;

// kill -9 of `mixdesk-cli sync` against a real dovecot at random moments (connecting,
// fetching into the spool, filing the spool into the inbox, marking \Seen), each
// followed by a rerun on the same desk: the desk is sound after the kill and after the
// rerun, and then holds every message of the folder exactly once, as an uninterrupted
// sync does.
class KillDuringSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // The default sync: one thread streams the folder, the other stores it in bulk.
    void killWhileStreaming();
    // With an after-sync action, fetch, store and \Seen alternate batch by batch.
    void killWhileMarkingSeen();

private:
    struct Folder
    {
        QString account;
        QString name;
        int messages = 0;
        QStringList sha256s; // hex SHA-256 of every message as IMAP serves it, sorted
    };
    void fillFolder(Folder& folder, int seed);
    void addAccount(const Folder& folder, const QStringList& extra);
    QStringList syncArgs(const Folder& folder, const QString& db) const;
    void killAtMomentsThenRerun(const Folder& folder, int moments, bool marksSeen);

    QTemporaryDir m_dir;
    DovecotServer m_server;
    Folder m_streamed;
    Folder m_marked;
};

namespace {

// Enough that a sync takes a few seconds, so most kills land while it writes (the
// fetch and the filing each commit every 5000 notices or 3 s: more than once when
// the machine is slow), and small enough for 21 syncs in CI's budget. Marking \Seen
// makes a round trip per batch of 200: fewer messages there.
constexpr int kStreamed = 4000;
constexpr int kMarked = 600;

// The bytes dovecot serves for a Maildir file: every bare LF as CRLF.
QByteArray asServed(const QByteArray& file)
{
    QByteArray served;
    served.reserve(file.size() + file.size() / 40);
    for (qsizetype i = 0; i < file.size(); ++i) {
        if (file[i] == '\n' && (i == 0 || file[i - 1] != '\r'))
            served += '\r';
        served += file[i];
    }
    return served;
}

QString at(const QString& context, const QString& what)
{
    return context + QStringLiteral(": ") + what;
}

} // namespace

void KillDuringSyncTest::fillFolder(Folder& folder, int seed)
{
    QVERIFY(folder.name == QLatin1String("INBOX") || m_server.createFolder(folder.name));
    const QString maildir = m_dir.filePath(QStringLiteral("generated-") + folder.name);
    QProcess gen;
    gen.start(QStringLiteral("/usr/bin/python3"),
              {sharedDir() + QStringLiteral("/tools/gen-corpus.py"), QStringLiteral("-n"),
               QString::number(folder.messages), QStringLiteral("--format"),
               QStringLiteral("maildir"), QStringLiteral("--out"), maildir,
               QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--jobs"),
               QStringLiteral("2")});
    QVERIFY(gen.waitForFinished(240000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
    for (const char* sub : {"cur", "new"}) {
        QDirIterator it(maildir + u'/' + QLatin1String(sub), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray raw = file.readAll();
            QVERIFY(m_server.deliver(folder.name, raw));
            folder.sha256s << sha256Hex(asServed(raw));
        }
    }
    folder.sha256s.sort();
    folder.sha256s.removeDuplicates();
    QCOMPARE(folder.sha256s.size(), folder.messages);
}

void KillDuringSyncTest::addAccount(const Folder& folder, const QStringList& extra)
{
    // The password comes from a file, so it is in no argument.
    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile pw(passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write(m_server.password().toUtf8() + '\n');
    pw.close();
    const CliRun added =
        CliRunner(m_dir.path())
            .run(QStringList{QStringLiteral("account"), QStringLiteral("add"), folder.account,
                             QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--port"), QString::number(m_server.imapPort()),
                             QStringLiteral("--security"), QStringLiteral("plain"),
                             QStringLiteral("--user"), m_server.user(),
                             QStringLiteral("--password-command"),
                             QStringLiteral("cat '%1'").arg(passwordFile),
                             QStringLiteral("--folder"), folder.name} +
                 extra);
    QVERIFY2(added.code == 0, added.err.constData());
}

QStringList KillDuringSyncTest::syncArgs(const Folder& folder, const QString& db) const
{
    return {QStringLiteral("sync"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--profile"),
            corpusFile(QStringLiteral("operator.json")),
            folder.account};
}

void KillDuringSyncTest::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(QFile::exists(cliPath()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    m_streamed = {QStringLiteral("streamed"), QStringLiteral("INBOX"), kStreamed, {}};
    fillFolder(m_streamed, 19);
    addAccount(m_streamed, {});
    if (QTest::currentTestFailed())
        return;

    m_marked = {QStringLiteral("marked"), QStringLiteral("Abuse"), kMarked, {}};
    fillFolder(m_marked, 20);
    addAccount(m_marked, {QStringLiteral("--after-sync"), QStringLiteral("mark-seen")});
    if (QTest::currentTestFailed())
        return;
    qInfo("dovecot started, %d messages delivered in %lld ms", kStreamed + kMarked,
          timer.elapsed());
}

void KillDuringSyncTest::killWhileStreaming()
{
    killAtMomentsThenRerun(m_streamed, 20, false);
}

void KillDuringSyncTest::killWhileMarkingSeen()
{
    killAtMomentsThenRerun(m_marked, 10, true);
}

void KillDuringSyncTest::killAtMomentsThenRerun(const Folder& folder, int count, bool marksSeen)
{
    const CliRunner cli(m_dir.path());
    QElapsedTimer timer;
    timer.start();

    // Dovecot indexes the folder on its first opening: a sync that only fetches does
    // that, so the uninterrupted sync measured next takes as long as the ones killed.
    const QString warmDb = m_dir.filePath(QStringLiteral("warm.sqlite"));
    const CliRun warm = cli.run(syncArgs(folder, warmDb) << QStringLiteral("--no-analyze"));
    QVERIFY2(warm.code == 0, warm.err.constData());
    removeDesk(warmDb);

    // One uninterrupted sync: how long it takes, and what it stores.
    m_server.clearSeen(folder.name);
    const QString referenceDb = m_dir.filePath(QStringLiteral("reference.sqlite"));
    const CliRun reference = cli.run(syncArgs(folder, referenceDb));
    QVERIFY2(reference.code == 0, reference.err.constData());
    const QByteArray news = folder.account.toLatin1() + '/' + folder.name.toLatin1() + ": " +
                            QByteArray::number(folder.messages) + " new";
    QVERIFY2(reference.out.contains(news), reference.out.constData());
    const DeskTally expected = tallyDesk(referenceDb);
    QCOMPARE(expected.integrity, QStringLiteral("ok"));
    QCOMPARE(expected.sha256s, folder.sha256s); // byte-exact, each once
    QVERIFY2(expected.wholeNotices(), qPrintable(expected.describe()));
    QCOMPARE(expected.rows.value(QStringLiteral("notice_origins")), folder.messages);
    QCOMPARE(expected.rows.value(QStringLiteral("notice_spool")), 0);
    if (marksSeen)
        QCOMPARE(m_server.countWithFlag(folder.name, u'S'), folder.messages);
    qInfo("uninterrupted sync of %d messages: %lld ms (fetch only: %lld ms)", folder.messages,
          reference.ms, warm.ms);
    removeDesk(referenceDb);

    KillMoments moments;
    const QList<qint64> delays = moments.spread(reference.ms, count);
    int killed = 0;
    int spooled = 0; // kills that left notices in the spool
    int partial = 0; // kills that left some but not all notices in the inbox
    for (int i = 0; i < delays.size(); ++i) {
        const QString context = QStringLiteral("%1, moment %2 (kill at %3 ms, seed %4)")
                                    .arg(folder.account)
                                    .arg(i + 1)
                                    .arg(delays[i])
                                    .arg(moments.seed());
        const QString db = m_dir.filePath(QStringLiteral("moment-%1.sqlite").arg(i + 1));
        m_server.clearSeen(folder.name);
        const KillResult kill = cli.runAndKill(syncArgs(folder, db), delays[i]);
        killed += kill.killed ? 1 : 0;
        QVERIFY2(kill.killed || kill.exitCode == 0, qPrintable(context));

        // What the kill left: a sound file of whole notices, none both spooled and filed.
        const DeskTally left = tallyDesk(db);
        if (left.opened) {
            QVERIFY2(left.integrity == QLatin1String("ok"),
                     qPrintable(at(context, left.describe())));
            QVERIFY2(left.wholeNotices(), qPrintable(at(context, left.describe())));
            QVERIFY2(left.spooledInInbox == 0, qPrintable(at(context, left.describe())));
        }
        const int inSpool = left.rows.value(QStringLiteral("notice_spool"));
        spooled += inSpool > 0 ? 1 : 0;
        partial += left.notices() > 0 && left.notices() < folder.messages ? 1 : 0;
        const int seenAtKill = marksSeen ? m_server.countWithFlag(folder.name, u'S') : 0;

        const CliRun rerun = cli.run(syncArgs(folder, db));
        QVERIFY2(rerun.code == 0, qPrintable(at(context, QString::fromUtf8(rerun.err))));

        const CliRun check = cli.run({QStringLiteral("db"), QStringLiteral("check"),
                                      QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(check.code == 0, qPrintable(at(context, QString::fromUtf8(check.out))));
        QVERIFY(
            QJsonDocument::fromJson(check.out).object().value(QStringLiteral("healthy")).toBool());

        const DeskTally after = tallyDesk(db);
        QVERIFY2(after.integrity == QLatin1String("ok"), qPrintable(at(context, after.describe())));
        QVERIFY2(after.sha256s == expected.sha256s, qPrintable(at(context, after.describe())));
        QVERIFY2(after.rows == expected.rows,
                 qPrintable(at(context, after.describe() + u" expected " + expected.describe())));
        QVERIFY2(after.wholeNotices(), qPrintable(at(context, after.describe())));
        // The action reached every message, those the kill left unmarked included.
        if (marksSeen)
            QVERIFY2(m_server.countWithFlag(folder.name, u'S') == folder.messages,
                     qPrintable(
                         at(context, QString::number(m_server.countWithFlag(folder.name, u'S')))));
        qInfo("%s: %s after %lld ms, %d notices in the inbox, %d in the spool, %d marked "
              "\\Seen; rerun %lld ms; %lld ms so far",
              qPrintable(context), kill.killed ? "killed" : "had finished", kill.atMs,
              left.notices(), inSpool, seenAtKill, rerun.ms, timer.elapsed());
        removeDesk(db);
    }
    qInfo("%d of %d moments killed a running sync; %d left notices in the spool, %d some but "
          "not all in the inbox",
          killed, count, spooled, partial);
    // A machine much faster than during the first run could finish before some moments;
    // most must still interrupt the sync.
    QVERIFY2(killed >= count / 2, qPrintable(QString::number(killed)));
}

QTEST_GUILESS_MAIN(KillDuringSyncTest)
#include "KillDuringSyncTest.moc"
