#pragma once

#include "store/notices/NoticeStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mixdesk {

// Filter and order for the inbox; everything is applied in SQL.
struct NoticeQuery
{
    std::optional<NoticeStatus> status;
    bool openOnly = false; // "all open": neither closed nor misdirected
    // The due queue: only notices due on or before this day (overdue ones too).
    QDate dueBy;
    // Hidden notices (Delete in the inbox) are in no view but their own.
    enum class Visibility
    {
        Shown,  // not hidden: every view of the inbox
        Hidden, // the "Hidden" view, where they are restored
        Any     // counts and reanalysis
    };
    Visibility visibility = Visibility::Shown;
    QString category;
    QString exitIp;
    // from <= time < to, on the received or the incident time (UTC).
    enum class DateField
    {
        Received,
        Incident
    };
    DateField dateField = DateField::Received;
    QDateTime from, to;
    QString reporter;
    QString language;
    QString caseReference; // the authority's file number (exactly)
    QString text;          // full-text search, user text: never SQL
    // A campaign: the notices whose analysis names this webmail account or mail server
    // (exactly, ignoring case). Found through the full-text index, then checked
    // against each candidate's analysis, by the store role.
    QString account;
    QString mailServer;
    int limit = 0; // 0: all
    // received, reporter, category, exit_ip, status, subject, incident, language, due,
    // account, mail_server, case_ref, id;
    // ties are broken by id in the same direction.
    QString sortColumn = QStringLiteral("received");
    bool descending = true;

    bool hasCampaign() const { return !account.isEmpty() || !mailServer.isEmpty(); }
    bool operator==(const NoticeQuery&) const = default;
};

} // namespace mixdesk
