#include "reanalysis/ReanalysisJob.h"

#include "store/notices/NoticeRoles.h"

#include <QThread>

namespace mixdesk {

ReanalysisJob::ReanalysisJob(StoreLocation location, Database::Options options,
                             OperatorProfile profile, QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_options(std::move(options)),
      m_profile(std::move(profile))
{}

ReanalysisJob::~ReanalysisJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ReanalysisJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReanalysisJob::cancel()
{
    m_cancel = true;
}

void ReanalysisJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread =
        QThread::create([this, location = m_location, options = m_options, profile = m_profile] {
            ReanalysisSummary summary;
            auto store = Database::open(location, options);
            if (!store) {
                summary.error = store.error().message;
            } else {
                SqlNoticeRoles roles(**store);
                summary = ReanalysisSummary::run(
                    roles.roles(), profile, &m_cancel, [this](int done, int total) {
                        QMetaObject::invokeMethod(
                            this, [this, done, total] { emit progress(done, total); },
                            Qt::QueuedConnection);
                    });
            }
            QMetaObject::invokeMethod(
                this, [this, summary] { emit finished(summary); }, Qt::QueuedConnection);
        });
    m_thread->setObjectName(QStringLiteral("mixdesk-reanalysis"));
    m_thread->start();
}

} // namespace mixdesk
