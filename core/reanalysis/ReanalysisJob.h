#pragma once

#include "profile/OperatorProfile.h"
#include "reanalysis/ReanalysisSummary.h"
#include "store/Database.h"

#include <QObject>

#include <atomic>

class QThread;

namespace mixdesk {

// Re-analyses every stored notice off the GUI thread (as ImportJob imports): a worker
// thread with its own connection; progress and the summary come back as queued
// signals. Deleting a running job cancels it and waits for it.
class ReanalysisJob : public QObject
{
    Q_OBJECT
public:
    ReanalysisJob(StoreLocation location, Database::Options options, OperatorProfile profile,
                  QObject* parent = nullptr);
    ~ReanalysisJob() override;

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void finished(const mixdesk::ReanalysisSummary& summary);

private:
    StoreLocation m_location;
    Database::Options m_options;
    OperatorProfile m_profile;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace mixdesk
