#pragma once

#include "profile/OperatorProfile.h"
#include "util/Result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace mixdesk {

class NoticeAnalyzer;
class NoticeStore;

// Recomputes stored analyses from the stored raw bytes, in batches (one
// transaction each), analyzing on the thread pool.
class Reanalyzer
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit Reanalyzer(OperatorProfile profile);
    explicit Reanalyzer(std::shared_ptr<const NoticeAnalyzer> analyzer);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    // Notices analyzed by an older analyzer (all of them with `all`); returns how
    // many were recomputed.
    Result<int> run(NoticeStore& store, bool all);
    // Only the notices stored pending (analyzer_version 0, e.g. by the IMAP fetch).
    Result<int> runPending(NoticeStore& store);

private:
    Result<int> runBelow(NoticeStore& store, int version);

    std::shared_ptr<const NoticeAnalyzer> m_analyzer;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_batchSize = 500;
};

} // namespace mixdesk
