#pragma once

#include "cases/CaseFolder.h"
#include "cases/CaseRecords.h"
#include "cases/CaseTimeline.h"
#include "cases/RetentionChecklist.h"
#include "store/notices/NoticeSummary.h"

#include <QList>
#include <QMetaType>

namespace mixdesk {

// One case with everything in it, read on the store's worker for the case pane.
struct CaseDetails
{
    CaseFolder folder;
    QList<NoticeSummary> notices;
    QList<CaseDocument> documents;
    QList<CaseNote> notes;
    QList<CaseDeadline> deadlines;
    QList<ChecklistAnswer> checklist;
    QList<TimelineEntry> timeline;
};

} // namespace mixdesk

Q_DECLARE_METATYPE(mixdesk::CaseDetails)
