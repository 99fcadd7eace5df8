#pragma once

#include "analysis/Analysis.h"
#include "store/Database.h"
#include "store/notices/NoticeRoles.h"
#include "store/notices/NoticeText.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace mixdesk::test {

// The databases every store test runs on: SQLite, and a real PostgreSQL that the
// tests start on 127.0.0.1 (PostgresServer).
enum class Backend
{
    Sqlite,
    Postgres
};
QString backendName(Backend backend);
// Adds the column "backend" and one row per backend to a QTest data table.
void addBackendRows();

// SQLite's plan for `sql` on `db`: its steps joined by '|' ("failed: ..." if it cannot plan).
QString sqliteQueryPlan(const QSqlDatabase& db, const QString& sql);

// The notice as a source would deliver it, digest included.
IncomingNotice testNotice(const QByteArray& raw, const QString& origin = QString(),
                          const QDateTime& receivedAt = QDateTime());

class TestStore;

// One fresh, empty desk database on a backend, and a plain second connection to it
// for checks (what another program would see).
class TestDesk
{
public:
    explicit TestDesk(Backend backend);
    ~TestDesk();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    const StoreLocation& location() const { return m_location; }

    // A new connection, with the inbox's roles; nullptr (and a warning) on failure.
    std::unique_ptr<TestStore> open(const QString& actor = QString()) const;

    // On the plain connection.
    bool exec(const QString& sql);
    QVariant scalar(const QString& sql);
    QString queryPlan(const QString& sql) { return sqliteQueryPlan(plain(), sql); }
    // A trigger that makes INSERTs into `table` fail with "injected" when `condition`
    // (an SQL expression over NEW and the tables) holds.
    bool injectFailure(const QString& name, const QString& table, const QString& condition);

private:
    QSqlDatabase plain();

    Backend m_backend;
    QTemporaryDir m_dir;
    StoreLocation m_location;
    QString m_connection;
    QString m_error;
};

// One connection to a test desk with the inbox's roles, and helpers that build what
// the roles take from raw mail and a given analysis.
class TestStore
{
public:
    explicit TestStore(std::unique_ptr<Database> db);

    Database& db() { return *m_db; }
    NoticeRoles roles() { return m_roles.roles(); }
    NoticeWriter& writer() { return roles().writer; }
    SyncSpool& spool() { return roles().spool; }
    InboxQueries& inbox() { return roles().inbox; }
    NoticeJournal& journal() { return roles().journal; }

    Result<QList<AddResult>> add(const QList<IncomingNotice>& notices,
                                 const QList<Analysis>& analyses);
    Result<QList<AddResult>> spoolNotices(const QList<IncomingNotice>& notices,
                                          const SyncCheckpoint& checkpoint);
    Result<QList<AddResult>> file(const QList<SpooledNotice>& spooled,
                                  const QList<Analysis>& analyses);
    // Reanalysis with the text the analysis was made from (by default, the text of
    // the stored raw bytes).
    Status updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses,
                          const QList<NoticeText>& texts = {});
    // The journal as `user`.
    Result<QList<StatusChange>> setStatus(const QList<qint64>& ids, NoticeStatus status,
                                          const QString& user,
                                          const QList<NoticeStatus>& seen = {});
    Status addNote(qint64 id, const QString& note, const QString& user);
    int count(std::optional<NoticeStatus> status = std::nullopt);

    // A prepared notice from a text and an analysis alone (no raw bytes).
    static PreparedNotice prepared(const NoticeText& text, const Analysis& analysis);

private:
    std::unique_ptr<Database> m_db;
    SqlNoticeRoles m_roles;
};

// Lets this thread query the database for the scope's lifetime: for GUI tests'
// set-up and checks, which the app's GUI thread never does (StoreThreadGuard).
class DirectDatabaseAccess
{
public:
    DirectDatabaseAccess();
    ~DirectDatabaseAccess();
    DirectDatabaseAccess(const DirectDatabaseAccess&) = delete;
    DirectDatabaseAccess& operator=(const DirectDatabaseAccess&) = delete;

private:
    QThread* m_forbidden;
};

} // namespace mixdesk::test
Q_DECLARE_METATYPE(mixdesk::test::Backend)
