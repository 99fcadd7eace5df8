#pragma once

#include "ExitsDependencies.h"

#include "exits/blocks/BlockExport.h"
#include "exits/blocks/BlockRequest.h"
#include "exits/checks/CheckResult.h"
#include "exits/checks/ExitTarget.h"
#include "profile/OperatorProfile.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace mixdesk {

class ReadinessRunner;
class ReadinessScheduler;

// The Exits view's logic: the profile's exits, the checks (on demand and on a
// schedule) with their history, the notice page, the block list. File work
// (profile, history, blocks, template) runs on one worker thread, so writes keep
// their order and the GUI thread never waits; the checks themselves are
// asynchronous and never block. Results come back as signals. The store roles are
// opened on the worker thread (ExitsDependencies::openStores) and live there.
class ExitsController : public QObject
{
    Q_OBJECT
public:
    explicit ExitsController(ExitsDependencies dependencies, QObject* parent = nullptr);
    ~ExitsController() override;

    void load(); // profile, latest results, blocks; emits profileChanged etc.

    const OperatorProfile& profile() const { return m_profile; }
    const QList<ExitTarget>& targets() const { return m_targets; }
    const QList<CheckResult>& latestResults() const { return m_latest; }
    const QList<BlockRequest>& blocks() const { return m_blocks; }

    void checkNow();
    void cancelCheck();
    bool isChecking() const;
    void setScheduleInterval(int intervalMs); // 0: no scheduled checks

    void loadHistory(const QString& ip);
    // Saves the ISP's stance of the exit named `exitName` to the profile.
    void setIspStance(const QString& exitName, const QString& stance, bool informed,
                      const QDate& informedOn);

    void renderNoticePage(const QString& language);
    // Writes the page (and with `withConfigs`, the web server configurations) into `folder`.
    void deployNoticePage(const QString& language, const QString& folder, bool withConfigs);

    void addBlock(const BlockRequest& request);
    void removeBlock(qint64 id);
    // Resolves host names, then writes the active blocks in `format` to `path`.
    void exportBlocks(BlockExport::Format format, const QString& path);

signals:
    void profileChanged();
    void resultsChanged();
    void checkStarted(int total);
    void checkProgress(int done, int total);
    void checkFinished(bool cancelled);
    void historyLoaded(const QString& ip, const QList<mixdesk::CheckResult>& results);
    void noticePageReady(const QString& language, const QString& html);
    void noticePageDeployed(const QStringList& files);
    void blocksChanged();
    void blocksExported(const QString& path);
    void errorOccurred(const QString& message);

private:
    // Runs `work` on the worker thread, then `done` with its result on this thread.
    template <typename Work, typename Done> void inWorker(Work work, Done done);
    void setProfile(const OperatorProfile& profile);
    void reloadBlocks();

    ExitsDependencies m_deps;
    QThreadPool m_worker;
    // Filled and used on the worker thread only; shared so queued work can hold it.
    std::shared_ptr<ExitsStores> m_stores;
    ReadinessRunner* m_runner;
    ReadinessScheduler* m_scheduler;
    OperatorProfile m_profile;
    QList<ExitTarget> m_targets;
    QList<CheckResult> m_latest;
    QList<BlockRequest> m_blocks;
};

} // namespace mixdesk
