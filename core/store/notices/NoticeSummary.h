#pragma once

#include "store/notices/NoticeStatus.h"

#include <QDateTime>
#include <QString>

namespace mixdesk {

// A row of the inbox list: what the list view shows, nothing more.
struct NoticeSummary
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString subject;
    QString reporter;
    QString category;
    QString exitIp;
    NoticeStatus status = NoticeStatus::New;
    QDateTime incidentTimeUtc;
    QString language;
    bool parseFailed = false;
};

} // namespace mixdesk
