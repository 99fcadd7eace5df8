#pragma once

#include "cases/CaseRecords.h"

#include <QDateTime>
#include <QList>

namespace mixdesk {

// What is due, for the Cases view's Due list and the reminders while the app runs,
// from the open deadlines of open cases (CaseStore::openDeadlines). Days are those of
// the local calendar. Pure logic: the UI asks it when to look again (nextChange), so
// it needs one timer and no polling.
class DueAgenda
{
public:
    enum class When
    {
        Overdue,  // the due time has passed
        Today,    // due later today
        ThisWeek, // due within the next six days
        Reminder, // later, but its reminder is on (remindDays before)
    };
    struct Entry
    {
        DueItem item; // `overdue` set at `now`
        When when = When::Reminder;
    };

    // The entries shown at `now`, soonest first: overdue, due today or this week,
    // and later deadlines whose reminder is on.
    static QList<Entry> entries(const QList<DueItem>& open, const QDateTime& now);
    // The entries whose reminder came on, or which became overdue, after `since` and
    // at or before `now`: what to notify of once. A deadline added with its reminder
    // already on is not among them (the operator just typed it in).
    static QList<Entry> cameDue(const QList<DueItem>& open, const QDateTime& since,
                                const QDateTime& now);
    // The first moment after `now` at which entries() or cameDue() would change (a
    // reminder comes on, a deadline passes, a new day starts); invalid if never.
    static QDateTime nextChange(const QList<DueItem>& open, const QDateTime& now);

    // When the deadline's reminder comes on: remindDays before it is due.
    static QDateTime reminderAt(const CaseDeadline& deadline);
};

} // namespace mixdesk
