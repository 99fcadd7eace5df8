#pragma once

#include "store/session/StoreSession.h"

#include <QObject>

#include <QList>

#include <functional>
#include <memory>

class QTimer;

namespace mixdesk {

class SqlNoticeRoles;

// The worker side of a StoreSession: lives on the session's thread, owns the
// connection, runs the tasks, and watches for other connections' changes.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(StoreSession* session);
    ~StoreWorker() override;

    // On the worker thread.
    void open(const StoreLocation& location, const Database::Options& options,
              const StoreSession::Initializer& initializer);
    StoreContext* context() { return m_context.get(); }
    // Runs `task` now, or, while the database has not been opened yet, once it has
    // (or failed to: then it runs without a context).
    void runWhenOpened(std::function<void()> task);
    void close();

private:
    void openDatabase(const StoreLocation& location, const Database::Options& options,
                      const StoreSession::Initializer& initializer);
    void watchForChanges();
    void pollDataVersion();

    StoreSession* m_session;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlNoticeRoles> m_roles;
    std::unique_ptr<StoreContext> m_context;
    bool m_openDone = false;
    QList<std::function<void()>> m_waiting;
    QTimer* m_poll = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace mixdesk
