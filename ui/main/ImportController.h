#pragma once

#include "importer/Importer.h"
#include "profile/OperatorProfile.h"
#include "store/Database.h"

#include <QObject>
#include <QPointer>

namespace mixdesk {

class ImportJob;

// Runs one import at a time for the window: a worker thread with its own connection
// to the open desk (ImportJob); progress and the summary come back by signal.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override; // cancels a running import and waits for it

    bool start(const StoreLocation& location, const Database::Options& options,
               const OperatorProfile& profile, const QStringList& paths);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

signals:
    void progress(int done, int total);
    void errorLine(const QString& message);
    void finished(const mixdesk::ImportSummary& summary);

private:
    QPointer<ImportJob> m_job;
};

} // namespace mixdesk
