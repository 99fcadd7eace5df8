#pragma once

#include "profile/OperatorProfile.h"
#include "util/Result.h"

#include <atomic>
#include <functional>

namespace mixdesk {

class NoticeStore;

// Recomputes stored analyses from the stored raw bytes, in batches (one
// transaction each), analyzing on the thread pool.
class Reanalyzer
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit Reanalyzer(OperatorProfile profile);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    // Notices analyzed by an older analyzer (all of them with `all`); returns how
    // many were recomputed.
    Result<int> run(NoticeStore& store, bool all);

private:
    OperatorProfile m_profile;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_batchSize = 500;
};

} // namespace mixdesk
