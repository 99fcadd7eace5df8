#include "PostgresServer.h"
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// Team mode: several mixdesk-cli processes (as several operators' desks would) on one
// PostgreSQL database that the test starts on 127.0.0.1, and `db copy` / `db check`
// between SQLite and PostgreSQL.
class TeamModeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresServer* m_server = nullptr;
    QString m_maildir;

    QString profile() const { return corpusFile(u"operator.json"_s); }

    QProcessEnvironment env(const QString& user = u"alice"_s) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_s, m_dir.path());
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        e.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        e.insert(u"USER"_s, user);
        e.insert(u"LOGNAME"_s, user);
        return e;
    }

    Run cli(const QStringList& args, const QString& user = u"alice"_s, int timeoutMs = 240000)
    {
        QProcess p;
        p.setProcessEnvironment(env(user));
        p.start(cliPath(), args);
        Run r;
        if (!p.waitForFinished(timeoutMs))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QProcess* startCli(const QStringList& args, const QString& user = u"alice"_s)
    {
        auto* p = new QProcess(this);
        p->setProcessEnvironment(env(user));
        p->start(cliPath(), args);
        return p;
    }

    // A value from a plain connection to the server, as another program sees it.
    QVariant scalar(const QString& database, const QString& sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"check"_s);
            db.setHostName(u"127.0.0.1"_s);
            db.setPort(m_server->port());
            db.setUserName(PostgresServer::superuser());
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
                else
                    qWarning() << q.lastError().text();
            } else {
                qWarning() << db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return value;
    }

    QString newDatabase()
    {
        const QString name = m_server->createDatabase();
        return name;
    }

    QStringList importArgs(const QString& db, const QStringList& sources)
    {
        return QStringList{u"import"_s, u"--db"_s,         db,      u"--profile"_s,
                           profile(),   u"--batch-size"_s, u"100"_s} +
               sources;
    }

    // The generated notices as two folders of .eml files that share a third of them.
    QStringList overlappingSources()
    {
        QStringList files;
        for (const QString& sub : {u"cur"_s, u"new"_s}) {
            QDir dir(m_maildir + u'/' + sub);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        }
        QStringList a, b;
        for (int i = 0; i < files.size(); ++i) {
            const QString path = files[i];
            if (i < files.size() * 2 / 3)
                a << path;
            if (i >= files.size() / 3)
                b << path;
        }
        QDir().mkpath(m_dir.filePath(u"a"_s));
        QDir().mkpath(m_dir.filePath(u"b"_s));
        for (const QString& f : a)
            QFile::copy(f, m_dir.filePath(u"a/"_s + QFileInfo(f).fileName() + u".eml"_s));
        for (const QString& f : b)
            QFile::copy(f, m_dir.filePath(u"b/"_s + QFileInfo(f).fileName() + u".eml"_s));
        return {m_dir.filePath(u"a"_s), m_dir.filePath(u"b"_s)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_server = PostgresServer::shared(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_maildir = m_dir.filePath(u"gen"_s);
        QProcess gen;
        gen.start(u"/usr/bin/python3"_s,
                  {sharedDir() + u"/tools/gen-corpus.py"_s, u"-n"_s, u"1500"_s, u"--format"_s,
                   u"maildir"_s, u"--out"_s, m_maildir, u"--seed"_s, u"7"_s});
        QVERIFY(gen.waitForFinished(240000));
        QCOMPARE(gen.exitCode(), 0);
    }

    void concurrentOverlappingImportsStoreEachNoticeOnce()
    {
        const QString name = newDatabase();
        const QString url = m_server->url(name);
        const QStringList sources = overlappingSources();
        QProcess* first = startCli(importArgs(url, {sources[0]}), u"alice"_s);
        QProcess* second = startCli(importArgs(url, {sources[1]}), u"bob"_s);
        QVERIFY(first->waitForFinished(300000));
        QVERIFY(second->waitForFinished(300000));
        QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
        QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
        QCOMPARE(scalar(name, u"SELECT COUNT(*) FROM notices"_s).toInt(), 1500);
        QCOMPARE(scalar(name, u"SELECT COUNT(DISTINCT sha256) FROM notices"_s).toInt(), 1500);
        QCOMPARE(scalar(name, u"SELECT COUNT(*) FROM notice_content"_s).toInt(), 1500);
        // The middle third came from both: every such notice names both origins.
        QVERIFY(scalar(name, u"SELECT COUNT(*) FROM notice_origins"_s).toInt() >= 1500 + 490);
        const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, url});
        QVERIFY2(check.code == 0, check.out.constData());
    }

    void aStatusChangeByOneOperatorIsSeenByTheOtherAndJournalled()
    {
        const QString name = newDatabase();
        const QString url = m_server->url(name);
        QCOMPARE(cli(importArgs(url, {m_maildir})).code, 0);
        const QString id = scalar(name, u"SELECT MIN(id) FROM notices"_s).toString();
        QCOMPARE(cli({u"status"_s, u"--db"_s, url, id, u"--set"_s, u"closed"_s}, u"alice"_s).code,
                 0);
        // Bob's desk, another process, sees it at once.
        const Run list =
            cli({u"list"_s, u"--db"_s, url, u"--status"_s, u"closed"_s, u"--json"_s}, u"bob"_s);
        QCOMPARE(list.code, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"id"_s).toVariant().toString(),
                 id);
        // Bob changes it again: both changes stay in the journal, with who made them.
        QCOMPARE(
            cli({u"status"_s, u"--db"_s, url, id, u"--set"_s, u"in-progress"_s}, u"bob"_s).code, 0);
        QCOMPARE(scalar(name, u"SELECT COUNT(*) FROM notice_events WHERE notice_id = %1 AND "
                              u"kind = 'status'"_s.arg(id))
                     .toInt(),
                 2);
        QCOMPARE(scalar(name, u"SELECT COUNT(DISTINCT user_name) FROM notice_events WHERE "
                              u"notice_id = %1 AND kind = 'status'"_s.arg(id))
                     .toInt(),
                 2);
    }

    void aServerStoppedMidImportGivesAClearErrorAndARerunCompletes()
    {
        const QString name = newDatabase();
        const QString url = m_server->url(name);
        QProcess* import = startCli(importArgs(url, {m_maildir}));
        QVERIFY(import->waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (import->state() == QProcess::Running && timer.elapsed() < 120000 &&
               scalar(name, u"SELECT COUNT(*) FROM notices"_s).toInt() < 200)
            QTest::qWait(20);
        const bool stoppedMidway = import->state() == QProcess::Running;
        QVERIFY(m_server->stop());
        QVERIFY(import->waitForFinished(120000));
        if (stoppedMidway) {
            QCOMPARE(import->exitCode(), 1);
            const QString err = QString::fromLocal8Bit(import->readAllStandardError());
            QVERIFY2(err.contains(u"error:"_s), qPrintable(err));
        } else {
            qWarning("the import finished before the server stopped; checking the rerun only");
        }
        QVERIFY2(m_server->restart(), qPrintable(m_server->errorString())); // same port
        // Nothing half-written: every notice has its content, and the check is clean.
        const int stored = scalar(name, u"SELECT COUNT(*) FROM notices"_s).toInt();
        QCOMPARE(scalar(name, u"SELECT COUNT(*) FROM notice_content"_s).toInt(), stored);
        const Run rerun = cli(importArgs(url, {m_maildir}));
        QVERIFY2(rerun.code == 0, rerun.err.constData());
        QVERIFY2(
            rerun.out.contains(QByteArray("imported: " + QByteArray::number(1500 - stored) + "\n")),
            rerun.out.constData());
        QCOMPARE(scalar(name, u"SELECT COUNT(*) FROM notices"_s).toInt(), 1500);
        const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, url});
        QVERIFY2(check.code == 0, check.out.constData());
    }

    void dbCopyMovesADeskToPostgresAndBack()
    {
        const QString sqlite = m_dir.filePath(u"desk.sqlite"_s);
        QCOMPARE(cli(importArgs(sqlite, {m_maildir})).code, 0);
        QCOMPARE(
            cli({u"note"_s, u"--db"_s, sqlite, u"1"_s, u"Weitergeleitet an den Provider"_s}).code,
            0);
        const QString name = newDatabase();
        const QString url = m_server->url(name);
        const Run there = cli({u"db"_s, u"copy"_s, u"--from"_s, sqlite, u"--to"_s, url});
        QVERIFY2(there.code == 0, there.err.constData());
        // A second copy into the now full desk is refused; --append copies nothing twice.
        const Run refused = cli({u"db"_s, u"copy"_s, u"--from"_s, sqlite, u"--to"_s, url});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains("--append"), refused.err.constData());
        QCOMPARE(cli({u"db"_s, u"copy"_s, u"--from"_s, sqlite, u"--to"_s, url, u"--append"_s}).code,
                 0);
        QCOMPARE(scalar(name, u"SELECT COUNT(*) FROM notices"_s).toInt(), 1500);

        const QString back = m_dir.filePath(u"back.sqlite"_s);
        const Run home = cli({u"db"_s, u"copy"_s, u"--from"_s, url, u"--to"_s, back});
        QVERIFY2(home.code == 0, home.err.constData());
        for (const QString& db : {sqlite, url, back}) {
            const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, db, u"--json"_s});
            QVERIFY2(check.code == 0, check.out.constData());
        }
        const auto listOf = [&](const QString& db) {
            return cli({u"list"_s, u"--db"_s, db, u"--search"_s, u"webmail"_s, u"--json"_s}).out;
        };
        const QByteArray original = listOf(sqlite);
        QVERIFY(!original.isEmpty());
        QCOMPARE(listOf(url), original);
        QCOMPARE(listOf(back), original);
    }
};

QTEST_GUILESS_MAIN(TeamModeTest)
#include "TeamModeTest.moc"
