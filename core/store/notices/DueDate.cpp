#include "store/notices/DueDate.h"

#include <QDateTime>
#include <QTimeZone>

namespace mixdesk {

qint64 DueDate::toStored(const QDate& day)
{
    if (!day.isValid())
        return kNone;
    return day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

QDate DueDate::fromStored(qint64 stored)
{
    if (stored >= kNone || stored <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(stored, QTimeZone::utc()).date();
}

} // namespace mixdesk
