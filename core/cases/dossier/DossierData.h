#pragma once

#include "analysis/Analysis.h"
#include "cases/CaseFolder.h"
#include "cases/CaseRecords.h"
#include "cases/CaseTimeline.h"
#include "cases/RetentionChecklist.h"
#include "profile/OperatorProfile.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mixdesk {

// One linked notice as the dossier shows it.
struct DossierNotice
{
    qint64 id = 0;
    QString subject;
    QString reporter;
    QDateTime receivedAt;
    Analysis analysis;
    QString sha256; // lower-case hex of the stored raw bytes
    qint64 size = 0;
};

// Everything the PDF dossier shows, gathered from the store (DossierCollector) so
// that writing it needs no database.
struct DossierData
{
    QString language = QStringLiteral("en"); // "en" or "de": the dossier's, not the UI's
    QDate date;                              // of the dossier
    OperatorProfile profile;
    CaseFolder folder;
    QList<DossierNotice> notices; // by notice id
    QList<CaseDocument> documents;
    QList<CaseNote> notes;
    QList<CaseDeadline> deadlines;
    QList<ChecklistAnswer> checklist;
    QList<TimelineEntry> timeline;
};

} // namespace mixdesk
