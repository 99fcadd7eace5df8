#pragma once

#include "store/notices/IncomingNotice.h"
#include "util/BoundedQueue.h"

#include <QStringList>

#include <atomic>
#include <optional>
#include <thread>

namespace mixdesk {

// Reads the sources (MailSource) on a thread of its own, a couple of batches ahead
// of the importer, and hashes every notice. Reading files and SHA-256 then overlap
// the storing thread's SQLite work instead of adding to it.
class SourceReader
{
public:
    struct Batch
    {
        QList<IncomingNotice> notices; // with sha256 set
        QStringList errors;            // sources or messages that could not be read
        QStringList skipped;           // left out on purpose, and why (link loops...)
        int knownTotal = 0;            // notices found so far (MailSource::knownTotal)
    };

    SourceReader(const QStringList& sources, int batchSize);
    ~SourceReader(); // stops reading and waits for the thread

    // The next batch; nullopt once everything was read.
    std::optional<Batch> next() { return m_queue.pop(); }

private:
    BoundedQueue<Batch> m_queue{2};
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

} // namespace mixdesk
