#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mixdesk {

// The rows a case folder holds beside its own fields (CaseStore).

// An attached document (a letter, a PDF, a scan), stored with its SHA-256.
struct CaseDocument
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString fileName;
    QString mediaType; // "application/pdf", "image/png", ...
    QString sha256;    // lower-case hex of the stored bytes
    qint64 size = 0;
    QString note;
    QDateTime addedAt;
    QString addedBy;
    bool operator==(const CaseDocument&) const = default;
};

struct CaseNote
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime time;
    QString user;
    QString text;
    bool operator==(const CaseNote&) const = default;
};

// A deadline (answer by) or an appointment (hearing), with a reminder that makes it
// due `remindDays` days before.
struct CaseDeadline
{
    enum class Kind
    {
        Deadline,    // ("deadline")
        Appointment, // ("appointment")
    };
    qint64 id = 0;
    qint64 caseId = 0;
    Kind kind = Kind::Deadline;
    QString title;
    QDateTime dueAt; // UTC
    int remindDays = 3;
    QDateTime doneAt; // invalid while open
    bool isDone() const { return doneAt.isValid(); }
    // Whether the reminder is on at `now`: open, and at most remindDays before it is due.
    bool isDue(const QDateTime& now) const
    {
        return !isDone() && dueAt.isValid() && dueAt.addDays(-remindDays) <= now;
    }
    bool operator==(const CaseDeadline&) const = default;
};
QString deadlineKindId(CaseDeadline::Kind kind);
CaseDeadline::Kind deadlineKindFromId(QStringView id); // Deadline for unknown ids

// Something that happened to a case (opened, status changed, notice linked...).
struct CaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime time;
    QString user;
    QString kind; // "opened", "status", "linked", "unlinked", "document", "deadline", ...
    QString detail;
    bool operator==(const CaseEvent&) const = default;
};

// An open deadline whose reminder is on, with the case it belongs to.
struct DueItem
{
    CaseDeadline deadline;
    QString caseTitle;
    QString caseReference;
    bool overdue = false;
};

} // namespace mixdesk
