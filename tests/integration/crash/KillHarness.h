#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace mixdesk::test {

// What a desk holds, read from its SQLite file through a read-only connection (so a
// desk left by a kill is seen exactly as the kill left it: nothing is checkpointed or
// repaired by looking).
struct DeskTally
{
    bool opened = false;
    QString integrity;       // PRAGMA integrity_check: "ok" when sound
    QStringList sha256s;     // hex SHA-256 of every notice, sorted
    QMap<QString, int> rows; // rows of each notice table (notice_fts included)
    int orphanContent = 0;   // notice_content rows without their notice
    int noticesWithoutContent = 0;
    int spooledInInbox = 0; // spool rows whose notice is in the inbox as well

    int notices() const { return rows.value(QStringLiteral("notices")); }
    // Every stored notice has its content, its search entry and its one import event.
    bool wholeNotices() const;
    QString describe() const;
};

DeskTally tallyDesk(const QString& sqlitePath);

// Removes a SQLite file with its -wal and -shm.
void removeDesk(const QString& sqlitePath);

struct CliRun
{
    int code = -1; // -1: crashed, killed or timed out
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

// How one kill went: whether the process was still running at the moment (else it
// had finished before: nothing was interrupted) and how long it had run.
struct KillResult
{
    bool killed = false;
    qint64 atMs = 0;
    int exitCode = -1; // when it finished before the kill
};

// Runs mixdesk-cli with per-user folders inside `home`, and kills it with SIGKILL.
class CliRunner
{
public:
    explicit CliRunner(const QString& home);

    CliRun run(const QStringList& args, int timeoutMs = 180000) const;
    // Starts the command and sends SIGKILL after `delayMs` (measured from the start).
    KillResult runAndKill(const QStringList& args, qint64 delayMs) const;

private:
    QProcessEnvironment m_env;
};

// The moments to kill at: `count` delays spread over [0, durationMs), one drawn at
// random inside each of `count` equal slices, so short and long runs are both hit.
// The generator comes from MIXDESK_KILL_SEED when set (to replay a failure), else from
// the system; the seed is printed either way.
class KillMoments
{
public:
    KillMoments();
    quint32 seed() const { return m_seed; }
    QList<qint64> spread(qint64 durationMs, int count);

private:
    quint32 m_seed = 0;
    QRandomGenerator m_random;
};

QString sha256Hex(const QByteArray& bytes);

} // namespace mixdesk::test
