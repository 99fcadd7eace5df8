#pragma once

#include <QDate>
#include <QtGlobal>

namespace mixdesk {

// How the inbox stores a notice's deadline (column notices.due_at): the day at 00:00
// UTC in milliseconds. A notice without a deadline holds kNone, the last day of the
// year 9999, so that sorting by the due date puts the soonest first and the notices
// without one last, and "due by" is a single range on the column's index.
struct DueDate
{
    static constexpr qint64 kNone = 253402214400000; // 9999-12-31T00:00:00Z

    static qint64 toStored(const QDate& day);
    static QDate fromStored(qint64 stored);
};

} // namespace mixdesk
