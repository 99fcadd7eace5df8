#pragma once

#include "store/Database.h"
#include "store/notices/NoticeRoles.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace mixdesk {

class StoreWorker;

// What work handed to a StoreSession sees on the worker thread.
struct StoreContext
{
    Database& db;
    NoticeRoles roles;
};

// The GUI's access to a desk's database. A worker thread owns the connection and
// runs every read and write in the order they were handed in; each result comes
// back to the caller's thread by a queued call. The GUI thread never waits on the
// database: not for a query, not for a write, not for a schema upgrade.
//
//     session->run<QList<qint64>>(this,
//         [query](StoreContext& c) { return c.roles.inbox.queryIds(query); },
//         [this](Result<QList<qint64>> ids) { ... });
//
// The session also reports changes other connections made (another operator's desk
// on PostgreSQL, the import and sync jobs' own connections): changed().
class StoreSession : public QObject
{
    Q_OBJECT
public:
    // Runs once on the worker right after the database opened (the demo fills
    // itself here).
    using Initializer = std::function<Status(StoreContext&)>;

    StoreSession(StoreLocation location, Database::Options options, QObject* parent = nullptr);
    ~StoreSession() override; // lets queued work finish, closes the connection, joins

    void setInitializer(Initializer initializer) { m_initializer = std::move(initializer); }
    // Opens (creating or upgrading) the database on the worker: opened() or openFailed().
    void open();
    bool isOpen() const { return m_open; }
    const StoreLocation& location() const { return m_location; }
    // For jobs that open a connection of their own (import, sync): the same
    // database, password and operator.
    const Database::Options& options() const { return m_options; }
    // The operator the journal names from now on (the profile's name changed); empty:
    // the OS user. Work handed in before keeps the author it had.
    void setActor(const QString& actor);

    // Runs `work` on the worker; `done` gets its result on this session's thread, and
    // only while `context` exists. Work handed in before the database is open waits
    // for it; when it could not be opened, `done` gets that error.
    template <typename T>
    void run(QObject* context, std::function<Result<T>(StoreContext&)> work,
             std::function<void(Result<T>)> done)
    {
        post(context, [work = std::move(work), done = std::move(done)](StoreContext* c) {
            std::shared_ptr<Result<T>> result =
                std::make_shared<Result<T>>(c ? work(*c) : Result<T>(Error{notOpenMessage()}));
            return std::function<void()>([done, result] { done(std::move(*result)); });
        });
    }

    // Blocks the calling (non-GUI) thread until every queued piece of work ran. Tests.
    void waitForIdle();
    // How often the worker asks SQLite whether another connection committed.
    static constexpr int kPollMs = 1000;

signals:
    void opened();
    void openFailed(const mixdesk::Error& error);
    // Another connection changed the database; `topic` says what ("notices",
    // "journal", a capability's own), or is empty when the database cannot tell.
    void changed(const QString& topic);

private:
    friend class StoreWorker;
    using Task = std::function<std::function<void()>(StoreContext*)>;
    void post(QObject* context, Task task);
    static QString notOpenMessage();

    StoreLocation m_location;
    Database::Options m_options;
    Initializer m_initializer;
    QThread* m_thread = nullptr;
    StoreWorker* m_worker = nullptr;
    bool m_open = false;
};

} // namespace mixdesk
