#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// A scalar from a separate connection, as another process sees the file.
QVariant scalar(const QString& dbPath, const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

} // namespace

class StoreCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QString profile() const { return mixdesk::test::corpusFile(QStringLiteral("operator.json")); }

    QProcessEnvironment env() const
    {
        // Per-user locations inside the test's folder: nothing of the real user is touched.
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return e;
    }

    Run cli(const QStringList& args, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(mixdesk::test::cliPath(), args);
        Run r;
        if (!p.waitForFinished(timeoutMs))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void importListStatusNote()
    {
        Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db(),
                     QStringLiteral("--profile"), profile(), mixdesk::test::corpusDir()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("imported: 30\n"), r.out.constData());
        QVERIFY(r.out.contains("errors: 0\n"));
        // Not a tty: progress comes as whole lines.
        QVERIFY(r.err.contains("imported: 30/30\n"));

        r = cli({QStringLiteral("import"), QStringLiteral("--db"), db(),
                 QStringLiteral("--profile"), profile(), mixdesk::test::corpusDir()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("duplicates: 30\n"));

        r = cli({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 30);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        for (const char* key :
             {"id", "status", "received", "subject", "category", "exit_ip", "incident_time_utc",
              "webmail_account", "problems", "analyzer_version"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QVERIFY(first.value(QStringLiteral("received")).toString().endsWith(u'Z'));

        r = cli({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                 QStringLiteral("--search"), QStringLiteral("Hailstone")});
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
        const qint64 id =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toInteger();

        r = cli({QStringLiteral("status"), QStringLiteral("--db"), db(), QString::number(id),
                 QStringLiteral("--set"), QStringLiteral("forwarded"), QStringLiteral("--user"),
                 QStringLiteral("jana")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray::number(id) + " forwarded\n");
        r = cli({QStringLiteral("note"), QStringLiteral("--db"), db(), QString::number(id),
                 QStringLiteral("Forwarded to the ISP.")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--status"),
                 QStringLiteral("forwarded")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
        QVERIFY(r.out.contains("forwarded"));
        QCOMPARE(
            scalar(db(), QStringLiteral(
                             "SELECT COUNT(*) FROM notice_events WHERE kind IN ('status', 'note')"))
                .toInt(),
            2);

        r = cli({QStringLiteral("status"), QStringLiteral("--db"), db(), QString::number(id),
                 QStringLiteral("--set"), QStringLiteral("bogus")});
        QCOMPARE(r.code, 2);

        r = cli({QStringLiteral("reanalyze"), QStringLiteral("--db"), db(),
                 QStringLiteral("--profile"), profile(), QStringLiteral("--all")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("reanalyzed: 30\n"));
    }

    void unreadableSourceFails()
    {
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db(),
                           QStringLiteral("--profile"), profile(),
                           m_dir.filePath(QStringLiteral("does-not-exist"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("does-not-exist"));
    }

    void defaultDatabaseInDataDir()
    {
        const Run r = cli(
            {QStringLiteral("import"), QStringLiteral("--profile"), profile(),
             mixdesk::test::corpusFile(QStringLiteral("001-larkspur-squirrelmail-inline.eml"))});
        QCOMPARE(r.code, 0);
        const QString path = m_dir.filePath(QStringLiteral("data/MixDesk/mixdesk/mixdesk.sqlite"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void killedImportLeavesConsistentDatabase()
    {
        const QString maildir = m_dir.filePath(QStringLiteral("gen"));
        QProcess gen;
        gen.start(QStringLiteral("/usr/bin/python3"),
                  {mixdesk::test::sharedDir() + QStringLiteral("/tools/gen-corpus.py"),
                   QStringLiteral("-n"), QStringLiteral("2000"), QStringLiteral("--format"),
                   QStringLiteral("maildir"), QStringLiteral("--out"), maildir,
                   QStringLiteral("--seed"), QStringLiteral("1")});
        QVERIFY(gen.waitForFinished(240000));
        QCOMPARE(gen.exitCode(), 0);

        const QString crashDb = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QStringList args{QStringLiteral("import"),
                               QStringLiteral("--db"),
                               crashDb,
                               QStringLiteral("--profile"),
                               profile(),
                               QStringLiteral("--batch-size"),
                               QStringLiteral("100"),
                               maildir};
        QProcess import;
        import.setProcessEnvironment(env());
        import.start(mixdesk::test::cliPath(), args);
        QVERIFY(import.waitForStarted());
        // Kill -9 as soon as a few batches are committed.
        QElapsedTimer timer;
        timer.start();
        int seen = 0;
        while (import.state() == QProcess::Running && timer.elapsed() < 120000) {
            seen = scalar(crashDb, QStringLiteral("SELECT COUNT(*) FROM notices")).toInt();
            if (seen >= 300)
                break;
            QTest::qWait(10);
        }
        const bool killed = import.state() == QProcess::Running;
        if (killed)
            ::kill(pid_t(import.processId()), SIGKILL);
        import.waitForFinished(10000);
        if (!killed)
            qWarning("import finished before it could be killed; checking the rerun only");

        QCOMPARE(scalar(crashDb, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const int afterKill =
            scalar(crashDb, QStringLiteral("SELECT COUNT(*) FROM notices")).toInt();
        QVERIFY(afterKill % 100 == 0 || afterKill == 2000); // whole batches only
        QCOMPARE(scalar(crashDb, QStringLiteral("SELECT COUNT(*) FROM notice_content")).toInt(),
                 afterKill);
        // The import dropped the inbox indexes for its run; a kill after its first
        // commit leaves them dropped, and the next opening, by any command, rebuilds them.
        const QString inboxIndexes =
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'notices' AND sql IS NOT NULL");
        const QString suspended = QStringLiteral("SELECT COUNT(*) FROM suspended_indexes");
        QCOMPARE(scalar(crashDb, inboxIndexes).toInt() + scalar(crashDb, suspended).toInt(), 15);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--db"), crashDb,
                      QStringLiteral("--status"), QStringLiteral("closed")})
                     .code,
                 0);
        QCOMPARE(scalar(crashDb, inboxIndexes).toInt(), 15);
        QCOMPARE(scalar(crashDb, suspended).toInt(), 0);

        const Run r = cli(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(scalar(crashDb, QStringLiteral("SELECT COUNT(*) FROM notices")).toInt(), 2000);
        QCOMPARE(
            scalar(crashDb, QStringLiteral("SELECT COUNT(DISTINCT sha256) FROM notices")).toInt(),
            2000);
        QCOMPARE(scalar(crashDb, QStringLiteral("SELECT COUNT(*) FROM notice_fts")).toInt(), 2000);
        QCOMPARE(scalar(crashDb, inboxIndexes).toInt(), 15);
        QVERIFY(
            r.out.contains(QByteArray("imported: " + QByteArray::number(2000 - afterKill) + "\n")));
        QCOMPARE(scalar(crashDb, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));

        // `list` prints page by page (1 000 rows each): every notice once, newest first.
        const Run listed = cli({QStringLiteral("list"), QStringLiteral("--db"), crashDb});
        QCOMPARE(listed.code, 0);
        const QList<QByteArray> lines = listed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2000);
        QSet<QByteArray> ids;
        QByteArray previousReceived = "9999";
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            ids.insert(fields.value(0));
            const QByteArray received = fields.value(2) + ' ' + fields.value(3);
            QVERIFY2(received <= previousReceived, line.constData());
            previousReceived = received;
        }
        QCOMPARE(ids.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(StoreCliTest)
#include "StoreCliTest.moc"
