#pragma once

#include "store/BulkWriting.h"
#include "store/SqlDialect.h"
#include "store/StoreLocation.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class QThread;

namespace mixdesk {

// One connection to a desk's database (SQLite file or PostgreSQL), with its dialect,
// its transactions and who is working on it. The store's roles (notice writer, sync
// spool, inbox queries, journal, and each capability's own) are small objects over a
// Database&. A Database belongs to the thread that opened it: use one per thread.
class Database final : public BulkWriting
{
public:
    enum class Upgrade
    {
        Migrate,         // run pending schema migrations (they may take a while)
        RefuseIfPending, // fail with kUpgradePending instead: the caller moves them elsewhere
    };

    // Error::code values.
    static constexpr int kUpgradePending = 1; // migrations are pending (RefuseIfPending)
    static constexpr int kPasswordNeeded = 2; // the server wants a password we lack
    static constexpr int kRetryable = 3;      // two writers collided: run the unit again
    static constexpr int kConnectionLost = 4; // the server went away

    struct Options
    {
        Upgrade upgrade = Upgrade::Migrate;
        QString password; // PostgreSQL; empty: libpq's PGPASSWORD and ~/.pgpass
        QString actor;    // who works on the desk (journal events); empty: the OS user
    };

    static Result<std::unique_ptr<Database>> open(const StoreLocation& location,
                                                  const Options& options);
    static Result<std::unique_ptr<Database>> open(const StoreLocation& location)
    {
        return open(location, Options{});
    }
    static QString defaultSqlitePath(); // in the per-user data location (QStandardPaths)

    ~Database() override;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const SqlDialect& dialect() const { return *m_dialect; }
    const StoreLocation& location() const { return m_location; }
    bool isPostgres() const { return m_dialect->isPostgres(); }
    QSqlDatabase& connection() { return m_db; }

    // A query on this connection. Checks the thread (StoreThreadGuard).
    QSqlQuery query();

    // The operator whose actions the journal records: the profile's name, else the
    // OS user.
    const QString& actor() const { return m_actor; }
    void setActor(const QString& actor);

    // A unit of work (see Transaction): a transaction of its own, or a savepoint
    // inside an open bulk transaction, so that a failed unit undoes only itself.
    Status beginUnit();
    Status commitUnit();
    void rollbackUnit();
    // The error of `query`, typed (kRetryable, kConnectionLost) where it can be.
    Error errorOf(const QString& what, const QSqlQuery& query) const;

    // Bulk writing (import, sync, reanalysis): the units between beginBulk() and
    // commitBulk() share one transaction where the dialect allows it
    // (SqlDialect::bulkSpansBatches). A commit rewrites every index page its notices
    // touched, and at 100 000 notices a batch of 500 touches most of them: one
    // commit per few thousand notices saves most of that. A crash loses the
    // uncommitted units, never part of one. See BulkTransaction.
    Status beginBulk() override;
    Status commitBulk() override;
    bool inBulk() const { return m_inBulk; }
    // After a load that grew the tables a lot (an import, a copy into this desk): the
    // query planner learns their new sizes (SqlDialect::refreshStatistics).
    Status refreshStatistics();

    // Tells the other desks on this database that `topic` changed (PostgreSQL:
    // NOTIFY, delivered when the transaction commits; SQLite: they poll). See
    // ChangeFeed.
    void notifyChanged(const QString& topic);
    static QString changeChannel() { return QStringLiteral("mixdesk_changes"); }

private:
    Database(std::unique_ptr<SqlDialect> dialect, QSqlDatabase db, QString connectionName,
             StoreLocation location);
    static Result<QSqlDatabase> connect(const StoreLocation& location, const SqlDialect& dialect,
                                        const Options& options, const QString& connectionName);
    Status setUp(const Options& options);

    std::unique_ptr<SqlDialect> m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    StoreLocation m_location;
    QString m_actor;
    QThread* m_owner = nullptr;
    bool m_inBulk = false;
    int m_unitDepth = 0; // open units; nested ones are savepoints
};

} // namespace mixdesk
