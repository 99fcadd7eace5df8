#pragma once

#include "importer/Importer.h"
#include "profile/OperatorProfile.h"
#include "store/Database.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QThread;

namespace mixdesk {

// Runs an import off the GUI thread: a worker thread opens its own connection
// to the database at `location`, and results come back as queued signals (no
// nested event loop). Deleting a running job cancels it and waits for it.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(StoreLocation location, Database::Options options, OperatorProfile profile,
              QStringList sources, QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void errorLine(const QString& message);
    void finished(const mixdesk::ImportSummary& summary);

private:
    StoreLocation m_location;
    Database::Options m_options;
    OperatorProfile m_profile;
    QStringList m_sources;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace mixdesk
