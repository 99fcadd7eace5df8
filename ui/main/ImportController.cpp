#include "main/ImportController.h"

#include "importer/ImportJob.h"

namespace mixdesk {

ImportController::ImportController(QObject* parent) : QObject(parent) {}

ImportController::~ImportController()
{
    delete m_job; // cancels and waits
}

bool ImportController::start(const StoreLocation& location, const Database::Options& options,
                             const OperatorProfile& profile, const QStringList& paths)
{
    if (m_job)
        return false;
    auto* job = new ImportJob(location, options, profile, paths, this);
    m_job = job;
    connect(job, &ImportJob::progress, this, &ImportController::progress);
    connect(job, &ImportJob::errorLine, this, &ImportController::errorLine);
    connect(job, &ImportJob::finished, this, [this, job](const ImportSummary& summary) {
        job->disconnect(this);
        job->deleteLater();
        m_job = nullptr;
        emit finished(summary);
    });
    job->start();
    return true;
}

void ImportController::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace mixdesk
