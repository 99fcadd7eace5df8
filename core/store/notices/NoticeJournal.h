#pragma once

#include "store/notices/NoticeEvent.h"
#include "store/notices/NoticeStatus.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace mixdesk {

// What setStatus() did to one notice. `before` is the status the notice had when
// the change was written; when the caller says what it saw (`seen`) and another
// operator had changed it meanwhile, `conflict` is set and the journal records
// both changes, so that nothing is lost silently.
struct StatusChange
{
    qint64 id = 0;
    NoticeStatus before = NoticeStatus::New;
    NoticeStatus after = NoticeStatus::New;
    bool conflict = false;
    QString changedBy; // who made the change the caller had not seen
};

// Store role: the journal of each notice: status, notes, events, each with the
// operator who did it (Database::actor).
class NoticeJournal
{
public:
    virtual ~NoticeJournal() = default;

    // Sets the status of `ids` in one unit. `seen`, when given, holds the status the
    // operator saw for each id (same order): a notice changed meanwhile by someone
    // else is still set, and reported as a conflict.
    virtual Result<QList<StatusChange>> setStatus(const QList<qint64>& ids, NoticeStatus status,
                                                  const QList<NoticeStatus>& seen = {}) = 0;
    virtual Status addNote(qint64 id, const QString& note) = 0;
    // Any other event, e.g. kind "mail-sent" with the recipients as detail.
    virtual Status addEvent(qint64 id, const QString& kind, const QString& detail) = 0;
    virtual Result<QList<NoticeEvent>> events(qint64 id) = 0;
    // All notes, oldest first, one per paragraph.
    virtual Result<QString> notes(qint64 id) = 0;
};

} // namespace mixdesk
