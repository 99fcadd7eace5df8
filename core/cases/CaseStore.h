#pragma once

#include "cases/CaseFolder.h"
#include "cases/CaseRecords.h"
#include "cases/RetentionChecklist.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace mixdesk {

// Store role: the case folders and everything in them. Each change records a
// CaseEvent with the operator who made it (Database::actor), for the timeline.
class CaseStore
{
public:
    virtual ~CaseStore() = default;

    // Creates `folder` (its id, createdAt and createdBy are set here; an invalid
    // openedOn becomes today) and links `noticeIds`; returns the stored case.
    virtual Result<CaseFolder> create(const CaseFolder& folder,
                                      const QList<qint64>& noticeIds = {}) = 0;
    // Writes the fields of an existing case. Closing sets closedOn (today) when unset;
    // reopening clears it. A status change is an event of its own.
    virtual Result<CaseFolder> update(const CaseFolder& folder) = 0;
    virtual Status remove(qint64 caseId) = 0; // with everything in it
    virtual Result<CaseFolder> find(qint64 caseId) = 0;
    virtual Result<QList<CaseFolder>> list() = 0; // newest first

    // Links notices (already linked ones are skipped); unknown notice ids fail.
    virtual Status link(qint64 caseId, const QList<qint64>& noticeIds) = 0;
    virtual Status unlink(qint64 caseId, qint64 noticeId) = 0;
    virtual Result<QList<qint64>> linkedNotices(qint64 caseId) = 0; // in notice id order
    virtual Result<QList<qint64>> casesOfNotice(qint64 noticeId) = 0;

    virtual Result<CaseDocument> addDocument(qint64 caseId, const QString& fileName,
                                             const QString& mediaType, const QByteArray& bytes,
                                             const QString& note = QString()) = 0;
    virtual Result<QList<CaseDocument>> documents(qint64 caseId) = 0;
    virtual Result<QByteArray> documentContent(qint64 documentId) = 0;
    virtual Status removeDocument(qint64 documentId) = 0;

    virtual Result<CaseNote> addNote(qint64 caseId, const QString& text) = 0;
    virtual Result<QList<CaseNote>> notes(qint64 caseId) = 0;

    virtual Result<CaseDeadline> addDeadline(const CaseDeadline& deadline) = 0;
    virtual Status setDeadlineDone(qint64 deadlineId, bool done) = 0;
    virtual Status removeDeadline(qint64 deadlineId) = 0;
    virtual Result<QList<CaseDeadline>> deadlines(qint64 caseId) = 0; // by due time
    // Open deadlines of open cases whose reminder is on at `now`, soonest first.
    virtual Result<QList<DueItem>> due(const QDateTime& now) = 0;
    // Every open deadline of an open case due before `until`, reminder on or not,
    // soonest first (`overdue` is left false: DueAgenda decides at its own `now`).
    virtual Result<QList<DueItem>> openDeadlines(const QDateTime& until) = 0;

    virtual Status answerChecklist(qint64 caseId, const ChecklistAnswer& answer) = 0;
    // One answer per rule (completeChecklist), answered or not.
    virtual Result<QList<ChecklistAnswer>> checklist(qint64 caseId) = 0;

    virtual Result<QList<CaseEvent>> events(qint64 caseId) = 0; // oldest first
};

} // namespace mixdesk
