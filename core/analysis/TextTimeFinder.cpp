#include "analysis/TextTimeFinder.h"

#include "analysis/text/WordStartMatcher.h"
#include "util/Utf16Validity.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace mixdesk {
namespace {

// Zone words are matched case-sensitively so that "est" or "ut" in prose do not count.
#define MIXDESK_ZONE                                                                               \
    "(?:(?:UTC|GMT)\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|MESZ|MEZ|CEST|CET|WEST|WET|"   \
    "EEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|EAT|BST|JST|UTC|GMT|UT|"                             \
    "(?i:US[ -]Eastern|US[ -]Pacific|US[ -]Central|US[ -]Mountain|"                                \
    "Eastern(?: Standard| Daylight)? Time|Pacific(?: Standard| Daylight)? Time|"                   \
    "Mountain(?: Standard| Daylight)? Time|"                                                       \
    "Central European(?: Summer)? Time|Mitteleurop\\x{00E4}ische (?:Sommer)?zeit|"                 \
    "deutscher Zeit|German time))(?![A-Za-z0-9])"

#define MIXDESK_TIME(SFX)                                                                          \
    "(?<h" SFX ">\\d{1,2}):(?<mi" SFX ">\\d{2})(?::(?<s" SFX ">\\d{2}))?(?:\\.\\d{1,6})?"          \
    "(?:\\s?(?<ap" SFX ">[AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?"

#define MIXDESK_ZONE_SUFFIX                                                                        \
    "(?:(?<zz>Z)(?![A-Za-z0-9])|[ \\t]*(?:Uhr[ \\t]*)?\\(?(?<zone>" MIXDESK_ZONE                   \
    ")\\)?|[ \\t]*Uhr)?"

#define MIXDESK_MONTHS                                                                             \
    "(?i:jan(?:uary|uar)?|feb(?:ruary|ruar)?|m(?:ar(?:ch)?|\\x{00E4}rz|aerz)|apr(?:il)?|ma[iy]|"   \
    "jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|"             \
    "de[cz](?:ember)?)(?![a-z])"

// The end of a range after a time, so that a zone after it counts for both: "between
// 16:20:44 and 16:31:02 UTC", "von 22:47 bis 23:10 Uhr MESZ".
#define MIXDESK_RANGE_END                                                                          \
    "(?:\\s*(?:and|to|until|bis|und|-|\\x{2013})\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,6})?)?"

// An optional weekday before a date: "on Saturday 18 April 2026", "am Sonntag, 5.4.2026".
#define MIXDESK_WEEKDAY                                                                            \
    "(?:(?i:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"      \
    "sonnabend|sonntag)[a-z]*\\.?,?\\s+)?"

#define MIXDESK_MONABBR "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"

enum class Kind
{
    Apache,
    Iso,
    German,
    Us,
    DayMonth,
    MonthDay,
    TimeFirst,
    Ctime,
    Syslog,
    SnortYearless
};

struct Pattern
{
    Kind kind;
    QRegularExpression re;
};

const QList<Pattern>& patterns()
{
    static const QList<Pattern> list{
        {Kind::Apache,
         QRegularExpression(QStringLiteral(
             "(?<!\\d)(?<d>\\d{1,2})/(?<mon>" MIXDESK_MONABBR ")/(?<y>\\d{4}):(?<h>\\d{2}):"
             "(?<mi>\\d{2}):(?<s>\\d{2})(?:\\s+(?<zone>[+-]\\d{4}))?"))},
        {Kind::Iso,
         QRegularExpression(QStringLiteral(
             "(?<!\\d)(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?:T|[ "
             "\\t]+|[,;]\\s*|\\s+(?:at|um|from|between|von|zwischen|ab)\\s+)" MIXDESK_TIME("")
                 MIXDESK_RANGE_END MIXDESK_ZONE_SUFFIX))},
        // Date and time may stand in neighbouring CSV cells: "01.05.2026;17:22:08".
        {Kind::German,
         QRegularExpression(QStringLiteral(
             "(?<!\\d)(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4})(?:,?\\s+|;\\s*)(?:(?:um|"
             "at|gegen|from|between|von|zwischen|ab)\\s+)?" MIXDESK_TIME("")
                 MIXDESK_RANGE_END MIXDESK_ZONE_SUFFIX))},
        // Also Suricata's fast.log: "04/17/2026-03:22:11.104233".
        {Kind::Us,
         QRegularExpression(QStringLiteral("(?<![\\d/])(?<mo>\\d{1,2})/(?<d>\\d{1,2})/"
                                           "(?<y>\\d{4})(?:,?\\s+(?:at\\s+)?|-)" MIXDESK_TIME("")
                                               MIXDESK_ZONE_SUFFIX))},
        {Kind::DayMonth,
         QRegularExpression(QStringLiteral(
             "(?<!\\d)(?<d>\\d{1,2})\\.?\\s+(?<mon>" MIXDESK_MONTHS ")\\.?,?\\s+(?<y>\\d{4}),?\\s+"
             "(?:(?:at|um|gegen)\\s+)?" MIXDESK_TIME("") MIXDESK_RANGE_END MIXDESK_ZONE_SUFFIX))},
        {Kind::MonthDay,
         QRegularExpression(QStringLiteral(
             "(?<![A-Za-z])(?<mon>" MIXDESK_MONTHS ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
             "(?<y>\\d{4}),?\\s+(?:at\\s+)?(?:(?i:shortly "
             "after|about|around|approximately)\\s+)?" MIXDESK_TIME("")
                 MIXDESK_RANGE_END MIXDESK_ZONE_SUFFIX))},
        {Kind::TimeFirst,
         QRegularExpression(QStringLiteral("(?<![\\d:])" MIXDESK_TIME(
             "") "(?:\\s*(?:and|to|until|bis|-|\\x{2013})\\s*"
                 "\\d{1,2}:\\d{2}(?::\\d{2})?)?[ \\t]*(?:Uhr[ \\t]*)?\\(?(?<zone>" MIXDESK_ZONE
                 ")?\\)?"
                 ",?\\s+(?:on|am)\\s+" MIXDESK_WEEKDAY
                 "(?:(?<d>\\d{1,2})\\.?\\s+(?<mon>" MIXDESK_MONTHS ")\\.?,?\\s+"
                 "(?<y>\\d{4})|(?<mon2>" MIXDESK_MONTHS ")\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
                 "(?<y2>\\d{4})|(?<y3>\\d{4})-(?<mo3>\\d{2})-(?<d3>\\d{2})|"
                 "(?<d4>\\d{1,2})\\.(?<mo4>\\d{1,2})\\.(?<y4>\\d{4}))"))},
        {Kind::Ctime,
         QRegularExpression(QStringLiteral(
             "(?<![\\w/])(?<mon>" MIXDESK_MONABBR ")\\s+(?<d>\\d{1,2})\\s+" MIXDESK_TIME(
                 "") "\\s+(?:(?<zone>" MIXDESK_ZONE ")\\s+)?(?<y>\\d{4})(?!\\d)"))},
        {Kind::Syslog,
         QRegularExpression(QStringLiteral("(?<![\\w/])(?<mon>" MIXDESK_MONABBR
                                           ")\\s+(?<d>\\d{1,2})\\s+(?<h>\\d{2}):(?<mi>\\d{2}):"
                                           "(?<s>\\d{2})(?![\\d:])(?!\\s+\\d{4})"))},
        // Snort's alert log: "04/21-13:05:44.881234", month first, no year.
        {Kind::SnortYearless, QRegularExpression(QStringLiteral(
                                  "(?<![\\d/])(?<mo>\\d{2})/(?<d>\\d{2})-(?<h>\\d{2}):"
                                  "(?<mi>\\d{2}):(?<s>\\d{2})(?:\\.\\d{1,6})?(?![\\d:])"))},
    };
    return list;
}

int monthFromName(const QString& name)
{
    const QString n = name.left(3).toLower();
    static const char* const kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (n == QLatin1String(kNames[i]))
            return i + 1;
    }
    if (n == u"m\u00e4r" || n == u"mae")
        return 3;
    if (n == u"mai")
        return 5;
    if (n == u"okt")
        return 10;
    if (n == u"dez")
        return 12;
    return 0;
}

// The zone named on each line, looked up once per line: searching the line again for
// every time on it was quadratic in a line of many times.
class LineZones
{
public:
    explicit LineZones(const QString& text) : m_text(text) {}

    std::optional<QTimeZone> at(qsizetype pos)
    {
        static const QRegularExpression lineZone(QStringLiteral(
            "(?<![A-Za-z])(?<zone>(?:MESZ|MEZ|CEST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|"
            "EAT|UTC|GMT)(?![A-Za-z0-9]))"));
        if (m_newlines.isEmpty()) {
            m_newlines.append(-1);
            for (qsizetype at = m_text.indexOf(u'\n'); at >= 0; at = m_text.indexOf(u'\n', at + 1))
                m_newlines.append(at);
            m_newlines.append(m_text.size());
        }
        // The newlines around `pos`: the last before it, the first at or after it.
        const auto next = std::lower_bound(m_newlines.cbegin() + 1, m_newlines.cend() - 1, pos);
        const qsizetype start = *std::prev(next) + 1;
        const qsizetype end = *next;
        if (const auto known = m_byLineStart.constFind(start); known != m_byLineStart.cend())
            return *known;
        std::optional<QTimeZone> zone;
        const auto lz = lineZone.match(QStringView(m_text).sliced(start, end - start));
        if (lz.hasMatch())
            zone = TextTimeFinder::zoneFromName(lz.captured(u"zone"));
        m_byLineStart.insert(start, zone);
        return zone;
    }

private:
    const QString& m_text;
    QList<qsizetype> m_newlines; // -1, every '\n', the text's size
    QHash<qsizetype, std::optional<QTimeZone>> m_byLineStart;
};

// The spans of the times found so far, apart from each other, by start: whether a new
// match overlaps one is a lookup, not a scan of everything found.
class Spans
{
public:
    bool overlaps(qsizetype start, qsizetype end) const
    {
        // The span with the last start before `end` has the furthest end of those.
        auto it = m_ends.lower_bound(end);
        if (it == m_ends.begin())
            return false;
        --it;
        return it->second > start;
    }
    void add(qsizetype start, qsizetype end) { m_ends.emplace(start, end); }

private:
    std::map<qsizetype, qsizetype> m_ends;
};

// Every pattern above holds a clock time, "H:MM" or "HH:MM", and runs only over the
// text around one: a plain search would try all nine patterns at every digit and
// month-like letter of a long notice. A date is not read with its time when more
// than kBefore characters come between them.
constexpr qsizetype kBefore = 160;
constexpr qsizetype kAfter = 200;

struct Window
{
    qsizetype start;
    qsizetype end;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QList<Window> windowsAroundClockTimes(QStringView text)
{
    QList<Window> windows;
    const qsizetype n = text.size();
    for (qsizetype colon = text.indexOf(u':'); colon >= 0; colon = text.indexOf(u':', colon + 1)) {
        if (colon == 0 || colon + 2 >= n || !isDigit(text[colon - 1]) ||
            !isDigit(text[colon + 1]) || !isDigit(text[colon + 2]))
            continue;
        const Window w{std::max<qsizetype>(0, colon - kBefore), std::min(n, colon + kAfter)};
        if (!windows.isEmpty() && w.start <= windows.back().end)
            windows.back().end = w.end;
        else
            windows.append(w);
    }
    return windows;
}

QString firstNonEmpty(const QRegularExpressionMatch& m, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString v = m.captured(QString::fromLatin1(name));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

std::optional<QTimeZone> TextTimeFinder::zoneFromName(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    static const QRegularExpression numeric(
        QStringLiteral("^(?:(?:UTC|GMT)\\s?)?([+-])(\\d{1,2})(?::?(\\d{2}))?$"));
    const auto m = numeric.match(name);
    if (m.hasMatch()) {
        const int sign = m.captured(1) == u"-" ? -1 : 1;
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return QTimeZone(sign * (hours * 3600 + minutes * 60));
    }
    struct Fixed
    {
        const char* name;
        int hours;
    };
    static const Fixed kFixed[] = {{"UTC", 0},  {"GMT", 0},  {"UT", 0},   {"Z", 0},    {"MEZ", 1},
                                   {"CET", 1},  {"MESZ", 2}, {"CEST", 2}, {"WET", 0},  {"WEST", 1},
                                   {"EET", 2},  {"EEST", 3}, {"EST", -5}, {"EDT", -4}, {"CST", -6},
                                   {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7},
                                   {"EAT", 3},  {"BST", 1},  {"JST", 9}};
    for (const Fixed& f : kFixed) {
        if (name == QLatin1String(f.name))
            return f.hours == 0 ? QTimeZone::utc() : QTimeZone(f.hours * 3600);
    }
    const QString lower = name.toLower();
    if (lower.contains(u"eastern"))
        return QTimeZone("America/New_York");
    if (lower.contains(u"pacific"))
        return QTimeZone("America/Los_Angeles");
    if (lower.contains(u"mountain"))
        return QTimeZone("America/Denver");
    if (lower.contains(u"us") && lower.contains(u"central"))
        return QTimeZone("America/Chicago");
    if (lower.contains(u"central european") || lower.contains(u"mitteleurop") ||
        lower.contains(u"deutscher zeit") || lower.contains(u"german time"))
        return QTimeZone("Europe/Berlin");
    return std::nullopt;
}

std::optional<QTimeZone> TextTimeFinder::statedZone(const QString& text)
{
    // The match reads at most 11 characters of keyword, 40 between, 28 of zone name
    // ("Central European Summer Time") and one more for the look-ahead.
    constexpr qsizetype kReach = 100;
    static const WordStartMatcher keywords(
        QRegularExpression(QStringLiteral(
            "(?i:\\b(?:times?|timestamps?|uhrzeit(?:en)?|zeitangaben|zeiten|zeitstempel|"
            "time\\s?zone|zeitzone|clock)\\b)[^.\\n;:]{0,40}?(?<![A-Za-z])(?<zone>" MIXDESK_ZONE
            ")")),
        {QStringLiteral("time"), QStringLiteral("uhrzeit"), QStringLiteral("zeit"),
         QStringLiteral("clock")},
        kReach);
    static const QRegularExpression zoneRe(
        QStringLiteral("(?<![A-Za-z])(?<zone>" MIXDESK_ZONE ")"));
    for (const QRegularExpressionMatch& m : keywords.matches(text)) {
        // "US Eastern (EST)": the abbreviation written next to the region name wins.
        const qsizetype from = m.capturedStart(u"zone");
        qsizetype to = text.indexOf(u'\n', from);
        if (to < 0)
            to = text.size();
        const QString window = text.mid(from, std::min<qsizetype>(to - from, 40));
        std::optional<QTimeZone> region;
        auto zones = zoneRe.globalMatch(window);
        while (zones.hasNext()) {
            const QString name = zones.next().captured(u"zone");
            const auto zone = zoneFromName(name);
            if (!zone)
                continue;
            if (!zone->id().contains('/'))
                return zone;
            if (!region)
                region = zone;
        }
        if (region)
            return region;
    }
    return std::nullopt;
}

QList<TextTime> TextTimeFinder::find(const QString& text, const Context& context)
{
    QList<TextTime> found;
    Spans spans;
    LineZones lineZones(text);
    const QList<Window> windows = windowsAroundClockTimes(text);
    // PCRE need not check each window again when the text is valid UTF-16 and the
    // window splits no surrogate pair (else it checks, and refuses the window).
    const bool valid = isValidUtf16(text);
    const auto optionsFor = [&](const Window& w) {
        const bool whole =
            valid && !text[w.start].isLowSurrogate() && !text[w.end - 1].isHighSurrogate();
        return whole ? QRegularExpression::DontCheckSubjectStringMatchOption
                     : QRegularExpression::NoMatchOption;
    };
    for (const Pattern& p : patterns()) {
        for (const Window& window : windows) {
            // The view ends with the window, but starts with the text, so that look-behinds
            // see what precedes the window.
            auto it = p.re.globalMatch(QStringView(text).left(window.end), window.start,
                                       QRegularExpression::NormalMatch, optionsFor(window));
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const qsizetype start = m.capturedStart();
                const qsizetype end = m.capturedEnd();
                if (spans.overlaps(start, end))
                    continue;
                int year = firstNonEmpty(m, {"y", "y2", "y3", "y4"}).toInt();
                int day = firstNonEmpty(m, {"d", "d2", "d3", "d4"}).toInt();
                int month = firstNonEmpty(m, {"mo", "mo3", "mo4"}).toInt();
                if (month == 0)
                    month = monthFromName(firstNonEmpty(m, {"mon", "mon2"}));
                const bool yearless = p.kind == Kind::Syslog || p.kind == Kind::SnortYearless;
                if (yearless) {
                    if (context.defaultYear <= 0)
                        continue;
                    year = context.defaultYear;
                    // A log without years, read in January: "Dec 31" is last year's (a
                    // date months after the notice; days after is a wrong clock).
                    if (context.reference.isValid() &&
                        QDate(year, month, day) > context.reference.date().addDays(31))
                        --year;
                }
                int hour = m.captured(u"h").toInt();
                const int minute = m.captured(u"mi").toInt();
                const QString secText = m.captured(u"s");
                const int second = secText.toInt();
                const QString ap = m.captured(u"ap").toLower();
                if (!ap.isEmpty()) {
                    if (hour < 1 || hour > 12)
                        continue;
                    if (ap == u"p" && hour < 12)
                        hour += 12;
                    else if (ap == u"a" && hour == 12)
                        hour = 0;
                }
                if (p.kind == Kind::Us && month > 12 && day <= 12)
                    std::swap(month, day); // day-first after all
                QDate date(year, month, day);
                if (p.kind == Kind::Us && month != day && month <= 12 && day <= 12 &&
                    context.reference.isValid()) {
                    // Ambiguous: take the reading closest before the notice was written.
                    const QDate other(year, day, month);
                    const QDate ref = context.reference.date().addDays(1);
                    auto distance = [&](const QDate& d) {
                        return d <= ref ? d.daysTo(ref) : 100000 + ref.daysTo(d);
                    };
                    if (other.isValid() && distance(other) < distance(date))
                        date = other;
                }
                const QTime time(hour, minute, second);
                if (!date.isValid() || !time.isValid() || year < 1990 || year > 2100)
                    continue;
                std::optional<QTimeZone> zone;
                bool explicitZone = false;
                if (!m.captured(u"zz").isEmpty()) {
                    zone = QTimeZone::utc();
                } else if (!m.captured(u"zone").isEmpty()) {
                    zone = zoneFromName(m.captured(u"zone"));
                }
                if (zone) {
                    explicitZone = true;
                } else {
                    zone = lineZones.at(start);
                    explicitZone = zone.has_value();
                }
                if (!zone)
                    zone = context.defaultZone;
                TextTime t;
                t.utc = QDateTime(date, time, *zone).toUTC();
                if (!t.utc.isValid())
                    continue;
                t.precise = !secText.isEmpty();
                t.zoneExplicit = explicitZone;
                t.start = start;
                t.end = end;
                t.matched = m.captured();
                spans.add(start, end);
                found.append(t);
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TextTime& a, const TextTime& b) { return a.start < b.start; });
    return found;
}

} // namespace mixdesk
