#pragma once

#include "store/notices/NoticeEvent.h"
#include "store/notices/NoticeStatus.h"
#include "util/Result.h"

#include <QDate>
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
    // The operator's deadline and urgency for `ids` (an invalid `due`: none), kept by
    // reanalysis from now on; journalled as "due" with detail "2026-03-09" or "none",
    // followed by " urgent" when urgent.
    virtual Status setDue(const QList<qint64>& ids, const QDate& due, bool urgent) = 0;
    // Hides `ids` from the inbox (or shows them again); the notices stay stored.
    // Journalled as "hidden" or "unhidden" for each notice whose flag changes.
    virtual Status setHidden(const QList<qint64>& ids, bool hidden) = 0;
    virtual Result<QList<NoticeEvent>> events(qint64 id) = 0;
    // All notes, oldest first, one per paragraph.
    virtual Result<QString> notes(qint64 id) = 0;
};

} // namespace mixdesk
