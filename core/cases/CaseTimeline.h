#pragma once

#include "cases/CaseFolder.h"
#include "cases/CaseRecords.h"
#include "cases/RetentionChecklist.h"
#include "store/notices/NoticeEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mixdesk {

// What the timeline knows of one linked notice.
struct TimelineNotice
{
    qint64 id = 0;
    QString subject;
    QDateTime receivedAt;
    QDateTime incidentTimeUtc;
    QList<NoticeEvent> events; // its journal
};

// One line of a case's timeline.
struct TimelineEntry
{
    enum class Source
    {
        Case,      // the case's own events (opened, status, linked...)
        Incident,  // a linked notice's incident time
        Notice,    // a linked notice arrived, or its journal
        Note,      // a note of the case
        Document,  // a document was attached
        Deadline,  // a deadline or appointment falls due
        Checklist, // a retention rule was answered
    };
    QDateTime time; // UTC
    Source source = Source::Case;
    QString kind; // the event's kind ("opened", "status", "received", "due", ...)
    QString text; // what happened, untranslated data (titles, ids, notes)
    QString user;
    qint64 noticeId = 0;
    bool operator==(const TimelineEntry&) const = default;
};

// The timeline of a case, built from everything it holds and its linked notices'
// events, oldest first (same time: in the order of Source).
class CaseTimeline
{
public:
    struct Input
    {
        CaseFolder folder;
        QList<CaseEvent> events;
        QList<CaseNote> notes;
        QList<CaseDocument> documents;
        QList<CaseDeadline> deadlines;
        QList<ChecklistAnswer> checklist;
        QList<TimelineNotice> notices;
    };
    static QList<TimelineEntry> build(const Input& input);
};

} // namespace mixdesk
