#include "cases/DueAgenda.h"

#include <algorithm>

namespace mixdesk {
namespace {

QDate localDate(const QDateTime& time)
{
    return time.toLocalTime().date();
}

QDateTime startOfLocalDay(const QDate& date)
{
    return date.startOfDay(Qt::LocalTime);
}

} // namespace

QDateTime DueAgenda::reminderAt(const CaseDeadline& deadline)
{
    return deadline.dueAt.addDays(-deadline.remindDays);
}

QList<DueAgenda::Entry> DueAgenda::entries(const QList<DueItem>& open, const QDateTime& now)
{
    const QDate today = localDate(now);
    QList<Entry> out;
    for (const DueItem& item : open) {
        const CaseDeadline& d = item.deadline;
        if (d.isDone() || !d.dueAt.isValid())
            continue;
        Entry e{item, When::Reminder};
        e.item.overdue = d.dueAt < now;
        const QDate day = localDate(d.dueAt);
        if (e.item.overdue)
            e.when = When::Overdue;
        else if (day == today)
            e.when = When::Today;
        else if (day <= today.addDays(6))
            e.when = When::ThisWeek;
        else if (!d.isDue(now))
            continue;
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return a.item.deadline.dueAt < b.item.deadline.dueAt;
    });
    return out;
}

QList<DueAgenda::Entry> DueAgenda::cameDue(const QList<DueItem>& open, const QDateTime& since,
                                           const QDateTime& now)
{
    const auto within = [&](const QDateTime& t) { return t.isValid() && since < t && t <= now; };
    QList<Entry> out;
    for (const Entry& e : entries(open, now)) {
        const CaseDeadline& d = e.item.deadline;
        if (e.item.overdue ? within(d.dueAt) : within(reminderAt(d)))
            out.append(e);
    }
    return out;
}

QDateTime DueAgenda::nextChange(const QList<DueItem>& open, const QDateTime& now)
{
    QDateTime next;
    const auto consider = [&](const QDateTime& t) {
        if (t.isValid() && t > now && (!next.isValid() || t < next))
            next = t;
    };
    const QDate today = localDate(now);
    for (const DueItem& item : open) {
        const CaseDeadline& d = item.deadline;
        if (d.isDone() || !d.dueAt.isValid() || d.dueAt < now)
            continue;
        consider(d.dueAt);
        consider(reminderAt(d));
        const QDate day = localDate(d.dueAt);
        consider(startOfLocalDay(day));             // becomes "today"
        consider(startOfLocalDay(day.addDays(-6))); // becomes "this week"
        if (day > today)
            consider(startOfLocalDay(today.addDays(1))); // the buckets move at midnight
    }
    return next.isValid() ? next.toUTC() : next;
}

} // namespace mixdesk
