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

// kill -9 of `mixdesk-cli import` at 20 random moments of a Maildir import, each
// followed by a rerun: the desk is sound after the kill and after the rerun, and then
// holds every message of the Maildir exactly once, as an uninterrupted import does.
class KillDuringImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killAtRandomMomentsThenRerun();

private:
    QStringList importArgs(const QString& db) const;

    QTemporaryDir m_dir;
    QString m_maildir;
    QStringList m_expected; // hex SHA-256 of every message file, sorted
};

namespace {

// Enough that an import commits more than once (every 5000 notices or 3 s) and takes
// a few seconds, so most kills land while it writes; small enough for 21 imports in
// CI's budget.
constexpr int kMessages = 5500;
constexpr int kMoments = 20;

} // namespace

QStringList KillDuringImportTest::importArgs(const QString& db) const
{
    return {QStringLiteral("import"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--profile"),
            corpusFile(QStringLiteral("operator.json")),
            m_maildir};
}

void KillDuringImportTest::initTestCase()
{
    QVERIFY(QFile::exists(cliPath()));
    m_maildir = m_dir.filePath(QStringLiteral("maildir"));
    QProcess gen;
    gen.start(QStringLiteral("/usr/bin/python3"),
              {sharedDir() + QStringLiteral("/tools/gen-corpus.py"), QStringLiteral("-n"),
               QString::number(kMessages), QStringLiteral("--format"), QStringLiteral("maildir"),
               QStringLiteral("--out"), m_maildir, QStringLiteral("--seed"), QStringLiteral("19"),
               QStringLiteral("--jobs"), QStringLiteral("2")});
    QVERIFY(gen.waitForFinished(240000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
    for (const char* sub : {"cur", "new"}) {
        QDirIterator it(m_maildir + u'/' + QLatin1String(sub), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_expected << sha256Hex(file.readAll());
        }
    }
    m_expected.sort();
    m_expected.removeDuplicates();
    QCOMPARE(m_expected.size(), kMessages);
}

void KillDuringImportTest::killAtRandomMomentsThenRerun()
{
    const CliRunner cli(m_dir.path());
    QElapsedTimer timer;
    timer.start();

    // One uninterrupted import: how long it takes, and what it stores.
    const QString referenceDb = m_dir.filePath(QStringLiteral("reference.sqlite"));
    const CliRun reference = cli.run(importArgs(referenceDb));
    QVERIFY2(reference.code == 0, reference.err.constData());
    const DeskTally expected = tallyDesk(referenceDb);
    QCOMPARE(expected.integrity, QStringLiteral("ok"));
    QCOMPARE(expected.sha256s, m_expected); // byte-exact, each once
    QVERIFY2(expected.wholeNotices(), qPrintable(expected.describe()));
    QCOMPARE(expected.rows.value(QStringLiteral("notice_origins")), kMessages);
    qInfo("uninterrupted import of %d messages: %lld ms", kMessages, reference.ms);
    removeDesk(referenceDb);

    KillMoments moments;
    const QList<qint64> delays = moments.spread(reference.ms, kMoments);
    int killed = 0;
    int partial = 0; // kills that left some but not all notices committed
    for (int i = 0; i < delays.size(); ++i) {
        const QString context = QStringLiteral("moment %1 (kill at %2 ms, seed %3)")
                                    .arg(i + 1)
                                    .arg(delays[i])
                                    .arg(moments.seed());
        const QString db = m_dir.filePath(QStringLiteral("moment-%1.sqlite").arg(i + 1));
        const KillResult kill = cli.runAndKill(importArgs(db), delays[i]);
        killed += kill.killed ? 1 : 0;
        QVERIFY2(kill.killed || kill.exitCode == 0, qPrintable(context));

        // What the kill left: a sound file of whole notices, without a half-written one.
        const DeskTally left = tallyDesk(db);
        if (left.opened) {
            QVERIFY2(left.integrity == QLatin1String("ok"),
                     qPrintable(context + u": " + left.describe()));
            QVERIFY2(left.wholeNotices(), qPrintable(context + u": " + left.describe()));
        }
        const int committed = left.notices();
        partial += committed > 0 && committed < kMessages ? 1 : 0;

        const CliRun rerun = cli.run(importArgs(db));
        QVERIFY2(rerun.code == 0, qPrintable(context + u": " + QString::fromUtf8(rerun.err)));
        const QByteArray counts = "imported: " + QByteArray::number(kMessages - committed) +
                                  "\nduplicates: " + QByteArray::number(committed) + "\n";
        QVERIFY2(rerun.out.contains(counts),
                 qPrintable(context + u": " + QString::fromUtf8(rerun.out)));

        const CliRun check = cli.run({QStringLiteral("db"), QStringLiteral("check"),
                                      QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(check.code == 0, qPrintable(context + u": " + QString::fromUtf8(check.out)));
        QVERIFY(
            QJsonDocument::fromJson(check.out).object().value(QStringLiteral("healthy")).toBool());

        const DeskTally after = tallyDesk(db);
        QVERIFY2(after.integrity == QLatin1String("ok"),
                 qPrintable(context + u": " + after.describe()));
        QVERIFY2(after.sha256s == expected.sha256s, qPrintable(context + u": " + after.describe()));
        QVERIFY2(after.rows == expected.rows, qPrintable(context + u": " + after.describe() +
                                                         u" expected " + expected.describe()));
        QVERIFY2(after.wholeNotices(), qPrintable(context + u": " + after.describe()));
        qInfo("%s: %s after %lld ms, %d notices committed; rerun %lld ms; %lld ms so far",
              qPrintable(context), kill.killed ? "killed" : "had finished", kill.atMs, committed,
              rerun.ms, timer.elapsed());
        removeDesk(db);
    }
    qInfo("%d of %d moments killed a running import, %d of them with some notices committed",
          killed, kMoments, partial);
    // A machine much faster than during the first run could finish before some moments;
    // most must still interrupt the import.
    QVERIFY2(killed >= kMoments / 2, qPrintable(QString::number(killed)));
}

QTEST_GUILESS_MAIN(KillDuringImportTest)
#include "KillDuringImportTest.moc"
