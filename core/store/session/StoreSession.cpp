#include "store/session/StoreSession.h"

#include "store/session/StoreWorker.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>

namespace mixdesk {

StoreSession::StoreSession(StoreLocation location, Database::Options options, QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_options(std::move(options))
{
    qRegisterMetaType<mixdesk::Error>("mixdesk::Error");
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("mixdesk-store"));
    m_worker = new StoreWorker(this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

StoreSession::~StoreSession()
{
    // Queued work still runs (a status change the user made is not dropped); its
    // results go nowhere.
    // The last task: after every one handed in before it. The worker object itself
    // goes once its thread has ended.
    StoreWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void StoreSession::open()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, location = m_location, options = m_options,
         init = m_initializer] { worker->open(location, options, init); },
        Qt::QueuedConnection);
}

void StoreSession::setActor(const QString& actor)
{
    m_options.actor = actor.trimmed();
    post(this, [actor = m_options.actor](StoreContext* c) {
        if (c)
            c->db.setActor(actor);
        return std::function<void()>([] {});
    });
}

void StoreSession::post(QObject* context, Task task)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, receiver, task = std::move(task)] {
            worker->runWhenOpened([this, worker, receiver, task] {
                std::function<void()> deliver = task(worker->context());
                // Checked on this session's thread, where `receiver` lives.
                QMetaObject::invokeMethod(
                    this,
                    [receiver, deliver = std::move(deliver)] {
                        if (receiver)
                            deliver();
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void StoreSession::waitForIdle()
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

QString StoreSession::notOpenMessage()
{
    return QCoreApplication::translate("StoreSession", "No database is open.");
}

} // namespace mixdesk
