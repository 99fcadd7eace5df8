#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace mixdesk {

// One date-time written in prose, a table or a log line.
struct TextTime
{
    QDateTime utc;
    bool precise = false;      // carries seconds (approximate times like "5:15 PM" do not)
    bool zoneExplicit = false; // a zone or offset was written next to it or on its line
    qsizetype start = 0;       // offsets into the searched text
    qsizetype end = 0;
    QString matched;
};

// Finds date-times in English and German notation: ISO 8601, "06.01.2026 um 14:03 Uhr
// MEZ", "02/05/2026 12:51:33 AM PST", "Tue, 27 Jan 2026 06:31:14 -0700", "January 15,
// 2026 5:15 PM", syslog "Jan 24 04:11:09", Apache "13/Feb/2026:03:12:44 +0100" and
// "between 18:03:27 and 18:47:10 UTC on 16 February 2026". Times without a zone are
// read in the zone stated on their line, else `defaultZone`.
class TextTimeFinder
{
public:
    struct Context
    {
        QTimeZone defaultZone = QTimeZone::utc();
        int defaultYear = 0; // for year-less syslog stamps; 0: skip those
        // When the notice was written: decides "06/01/2026" (US or day-first) by
        // taking the reading closest before it.
        QDateTime reference;
    };

    static QList<TextTime> find(const QString& text, const Context& context);

    // "MEZ", "CEST", "PST", "+0100", "+01:00", "UTC+1", "US Eastern", "Eastern Time"...
    static std::optional<QTimeZone> zoneFromName(const QString& name);
    // A notice-wide statement such as "(Uhrzeiten in MEZ)", "times are CET",
    // "server time is UTC", "their clock runs on MST".
    static std::optional<QTimeZone> statedZone(const QString& text);
};

} // namespace mixdesk
