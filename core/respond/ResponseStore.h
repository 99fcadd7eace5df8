#pragma once

#include "respond/ResponseDraft.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace mixdesk {

// Store role: responses in the outbox and sent. A draft is saved before it is sent, so
// a failed send or a restart never loses it; only markSent() makes it a sent response.
class ResponseStore
{
public:
    virtual ~ResponseStore() = default;

    // Inserts (id 0) or updates an outbox draft; returns it with id, createdAt, actor.
    virtual Result<ResponseDraft> saveDraft(const ResponseDraft& draft) = 0;
    // A failed attempt: the draft stays in the outbox with the error.
    virtual Status markFailed(qint64 id, const QString& error) = 0;
    // The server took it: the response moves out of the outbox, with the exact bytes.
    virtual Status markSent(qint64 id, const QString& messageId, const QDateTime& sentAt,
                            const QByteArray& raw) = 0;
    // Removes an outbox draft (a sent response stays: it is the record).
    virtual Status discard(qint64 id) = 0;

    virtual Result<ResponseDraft> find(qint64 id) = 0;
    virtual Result<QByteArray> sentRaw(qint64 id) = 0;
    virtual Result<QList<ResponseDraft>> outbox() = 0; // oldest first
    // Every response that forwarded the notice, sent or not, newest first.
    virtual Result<QList<ResponseDraft>> forNotice(qint64 noticeId) = 0;
};

} // namespace mixdesk
