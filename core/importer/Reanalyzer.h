#pragma once

#include "profile/OperatorProfile.h"
#include "store/RawCodec.h"
#include "store/notices/IncomingNotice.h"
#include "util/Result.h"

#include <QList>

#include <atomic>
#include <functional>
#include <memory>

namespace mixdesk {

class AnalysisBatch;
class NoticeAnalyzer;
class NoticePreparer;
struct NoticeRoles;

// Analyses notices from the store's raw bytes on the thread pool, in batches (each
// written all or nothing, batches grouped into bulk transactions): the messages the
// IMAP fetch spooled, which it files into the inbox, and stored notices whose
// analysis is out of date, which it recomputes.
class Reanalyzer
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit Reanalyzer(OperatorProfile profile);
    explicit Reanalyzer(std::shared_ptr<const NoticeAnalyzer> analyzer);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    // The spooled messages, then the notices analyzed by an older analyzer (all of
    // them with `all`); returns how many were analysed.
    Result<int> run(const NoticeRoles& store, bool all);
    // The spooled messages, and notices synced pending before the spool existed
    // (analyzer_version 0).
    Result<int> runPending(const NoticeRoles& store);

private:
    // One notice to analyse: its bytes and how the store keeps them.
    struct Input
    {
        IncomingNotice notice;
        PackedRaw packed;
    };
    using Read = std::function<Result<Input>(qint64 id)>;
    using Write = std::function<Status(const QList<qint64>& ids, AnalysisBatch& batch)>;
    struct Work;

    Result<int> runBelow(const NoticeRoles& store, int version);
    Result<Work> spoolWork(const NoticeRoles& store);
    Result<Work> outdatedWork(const NoticeRoles& store, int version);
    Result<int> analyse(const NoticeRoles& store, const QList<Work>& work);

    std::shared_ptr<const NoticePreparer> m_preparer;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_batchSize = 500;
};

} // namespace mixdesk
