#include "KillHarness.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtDebug>

#include <signal.h>

#include <algorithm>

namespace mixdesk::test {
namespace {

const QStringList kNoticeTables{QStringLiteral("notices"),       QStringLiteral("notice_content"),
                                QStringLiteral("notice_fts"),    QStringLiteral("notice_origins"),
                                QStringLiteral("notice_events"), QStringLiteral("notice_spool")};

int count(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

bool DeskTally::wholeNotices() const
{
    const int n = notices();
    return rows.value(QStringLiteral("notice_content")) == n &&
           rows.value(QStringLiteral("notice_fts")) == n &&
           rows.value(QStringLiteral("notice_events")) == n && orphanContent == 0 &&
           noticesWithoutContent == 0 && int(sha256s.size()) == n;
}

QString DeskTally::describe() const
{
    QStringList parts;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    parts << QStringLiteral("distinct sha256=%1").arg(sha256s.size())
          << QStringLiteral("orphan content=%1").arg(orphanContent)
          << QStringLiteral("without content=%1").arg(noticesWithoutContent)
          << QStringLiteral("spooled and filed=%1").arg(spooledInInbox)
          << QStringLiteral("integrity=") + integrity;
    return parts.join(QStringLiteral(", "));
}

DeskTally tallyDesk(const QString& sqlitePath)
{
    DeskTally tally;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFile::exists(sqlitePath) && db.open()) {
            tally.opened = true;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                tally.integrity = q.value(0).toString();
            // Killed before the schema was complete: a sound desk without notices.
            const bool schema = count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master "
                                                         "WHERE name = 'notice_spool'")) == 1;
            if (schema && q.exec(QStringLiteral("SELECT DISTINCT lower(hex(sha256)) FROM notices")))
                while (q.next())
                    tally.sha256s << q.value(0).toString();
            std::sort(tally.sha256s.begin(), tally.sha256s.end());
            for (const QString& table : kNoticeTables)
                tally.rows.insert(
                    table, schema ? count(db, QStringLiteral("SELECT COUNT(*) FROM ") + table) : 0);
            if (schema) {
                // Indexes an import suspends while it loads are back once it has finished.
                tally.rows.insert(QStringLiteral("inbox indexes"),
                                  count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master "
                                                           "WHERE type = 'index' AND tbl_name = "
                                                           "'notices' AND sql IS NOT NULL")));
                tally.rows.insert(QStringLiteral("suspended_indexes"),
                                  count(db, QStringLiteral("SELECT COUNT(*) FROM "
                                                           "suspended_indexes")));
                tally.orphanContent =
                    count(db, QStringLiteral("SELECT COUNT(*) FROM notice_content WHERE notice_id "
                                             "NOT IN (SELECT id FROM notices)")) +
                    count(db, QStringLiteral("SELECT COUNT(*) FROM notice_fts WHERE rowid NOT IN "
                                             "(SELECT id FROM notices)"));
                tally.noticesWithoutContent =
                    count(db, QStringLiteral("SELECT COUNT(*) FROM notices WHERE id NOT IN "
                                             "(SELECT notice_id FROM notice_content)"));
                tally.spooledInInbox =
                    count(db, QStringLiteral("SELECT COUNT(*) FROM notice_spool WHERE sha256 IN "
                                             "(SELECT sha256 FROM notices)"));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tally;
}

void removeDesk(const QString& sqlitePath)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(sqlitePath + QLatin1String(suffix));
}

CliRunner::CliRunner(const QString& home) : m_env(QProcessEnvironment::systemEnvironment())
{
    // Per-user locations inside the test's folder: nothing of the real user is touched.
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
}

CliRun CliRunner::run(const QStringList& args, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    QElapsedTimer timer;
    timer.start();
    p.start(cliPath(), args);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(10000);
        r.err = "timed out after " + QByteArray::number(timeoutMs) + " ms\n";
        return r;
    }
    r.ms = timer.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

KillResult CliRunner::runAndKill(const QStringList& args, qint64 delayMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    // Nobody reads the output while it runs: a full pipe must not stall the writer.
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(cliPath(), args);
    p.closeWriteChannel();
    KillResult result;
    if (!p.waitForStarted(30000))
        return result;
    const qint64 left = delayMs - timer.elapsed();
    if (left > 0 && p.waitForFinished(int(left))) {
        result.atMs = timer.elapsed();
        result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return result;
    }
    result.killed = ::kill(pid_t(p.processId()), SIGKILL) == 0;
    result.atMs = timer.elapsed();
    p.waitForFinished(30000);
    if (p.exitStatus() == QProcess::NormalExit) {
        // It finished between the wait and the signal.
        result.killed = false;
        result.exitCode = p.exitCode();
    }
    return result;
}

KillMoments::KillMoments()
{
    const QByteArray given = qgetenv("MIXDESK_KILL_SEED");
    bool ok = false;
    m_seed = given.toUInt(&ok);
    if (!ok)
        m_seed = QRandomGenerator::system()->generate();
    m_random.seed(m_seed);
    qInfo("kill moments from seed %u (replay with MIXDESK_KILL_SEED=%u)", m_seed, m_seed);
}

QList<qint64> KillMoments::spread(qint64 durationMs, int count)
{
    QList<qint64> delays;
    for (int i = 0; i < count; ++i)
        delays << qint64((i + m_random.generateDouble()) * double(durationMs) / count);
    // Shuffled, so a slow machine's drift does not line up with the order.
    for (qsizetype i = delays.size() - 1; i > 0; --i)
        delays.swapItemsAt(i, m_random.bounded(int(i + 1)));
    return delays;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace mixdesk::test
