#include "store/session/StoreWorker.h"

#include "util/Logging.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <utility>

namespace mixdesk {

StoreWorker::StoreWorker(StoreSession* session) : m_session(session) {}

StoreWorker::~StoreWorker() = default;

void StoreWorker::runWhenOpened(std::function<void()> task)
{
    if (m_openDone)
        task();
    else
        m_waiting.append(std::move(task));
}

void StoreWorker::open(const StoreLocation& location, const Database::Options& options,
                       const StoreSession::Initializer& initializer)
{
    close();
    openDatabase(location, options, initializer);
    m_openDone = true;
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const auto& task : waiting)
        task();
}

void StoreWorker::openDatabase(const StoreLocation& location, const Database::Options& options,
                               const StoreSession::Initializer& initializer)
{
    auto db = Database::open(location, options);
    if (!db) {
        const Error error = db.error();
        QMetaObject::invokeMethod(
            m_session,
            [session = m_session, error] {
                session->m_open = false;
                emit session->openFailed(error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_db = std::move(*db);
    m_roles = std::make_unique<SqlNoticeRoles>(*m_db);
    m_context = std::make_unique<StoreContext>(StoreContext{*m_db, m_roles->roles()});
    if (initializer) {
        if (Status s = initializer(*m_context); !s) {
            const Error error = s.error();
            close();
            QMetaObject::invokeMethod(
                m_session, [session = m_session, error] { emit session->openFailed(error); },
                Qt::QueuedConnection);
            return;
        }
    }
    watchForChanges();
    QMetaObject::invokeMethod(
        m_session,
        [session = m_session] {
            session->m_open = true;
            emit session->opened();
        },
        Qt::QueuedConnection);
}

void StoreWorker::close()
{
    delete m_poll;
    m_poll = nullptr;
    m_context.reset();
    m_roles.reset();
    m_db.reset();
}

void StoreWorker::watchForChanges()
{
    QSqlDriver* driver = m_db->connection().driver();
    if (m_db->isPostgres() && driver) {
        // NOTIFY from every other connection: other desks, this desk's import and sync.
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (source == QSqlDriver::SelfSource)
                    return;
                const QString topic = payload.toString();
                QMetaObject::invokeMethod(
                    m_session, [session = m_session, topic] { emit session->changed(topic); },
                    Qt::QueuedConnection);
            });
        if (!driver->subscribeToNotification(Database::changeChannel()))
            qCWarning(lcStore) << "cannot listen for other desks' changes";
        return;
    }
    // SQLite tells whether another connection committed since we last asked.
    m_poll = new QTimer(this);
    m_poll->setInterval(StoreSession::kPollMs);
    connect(m_poll, &QTimer::timeout, this, &StoreWorker::pollDataVersion);
    m_poll->start();
    pollDataVersion();
}

void StoreWorker::pollDataVersion()
{
    if (!m_db)
        return;
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        QMetaObject::invokeMethod(
            m_session, [session = m_session] { emit session->changed(QString()); },
            Qt::QueuedConnection);
}

} // namespace mixdesk
