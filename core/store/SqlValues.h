#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace mixdesk::sql {

// Times are stored as milliseconds since the epoch, UTC; 0 means unknown.
inline qint64 toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

inline QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
inline QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline Error queryError(const QString& what, const QSqlQuery& query)
{
    return Error{what + QStringLiteral(": ") + query.lastError().text()};
}

} // namespace mixdesk::sql
