#include "importer/ImportJob.h"

#include "store/notices/NoticeRoles.h"

#include <QThread>

namespace mixdesk {

ImportJob::ImportJob(StoreLocation location, Database::Options options, OperatorProfile profile,
                     QStringList sources, QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_options(std::move(options)),
      m_profile(std::move(profile)), m_sources(std::move(sources))
{}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    // Everything the worker touches is captured by value or is atomic; it talks
    // back only through events queued to this object (dropped if it is gone).
    m_thread = QThread::create([this, location = m_location, options = m_options,
                                profile = m_profile, sources = m_sources] {
        ImportSummary summary;
        auto store = Database::open(location, options);
        if (!store) {
            summary.fatalError = store.error().message;
        } else {
            Importer importer(profile);
            importer.setCancelFlag(&m_cancel);
            importer.setProgress([this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); },
                    Qt::QueuedConnection);
            });
            importer.setErrorLine([this](const QString& message) {
                QMetaObject::invokeMethod(
                    this, [this, message] { emit errorLine(message); }, Qt::QueuedConnection);
            });
            SqlNoticeRoles roles(**store);
            summary = importer.run(sources, roles.roles());
        }
        QMetaObject::invokeMethod(
            this, [this, summary] { emit finished(summary); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("mixdesk-import"));
    m_thread->start();
}

} // namespace mixdesk
