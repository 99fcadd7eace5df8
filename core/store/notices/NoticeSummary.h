#pragma once

#include "store/notices/NoticeStatus.h"

#include <QDate>
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
    QDate due;              // the deadline; invalid: none
    bool urgent = false;    // the notice says it is urgent (or the operator does)
    bool dueEdited = false; // due date and urgency set by the operator: reanalysis keeps them
    bool hidden = false;    // hidden from the inbox (Delete); shown by the "Hidden" view
    QString account;        // the webmail account, mail server and case reference the
    QString mailServer;     // analysis found (empty for notices stored before schema 9
    QString caseReference;  // until reanalysed)
};

} // namespace mixdesk
