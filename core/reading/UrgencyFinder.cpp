#include "reading/UrgencyFinder.h"

#include "mail/ParsedMail.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

// German and English month names (and the usual abbreviations) to numbers.
int monthNumber(const QString& name)
{
    static const QList<QStringList> kMonths{{u"jan"_s, u"januar"_s, u"january"_s, u"jänner"_s},
                                            {u"feb"_s, u"februar"_s, u"february"_s},
                                            {u"mär"_s, u"märz"_s, u"mar"_s, u"march"_s, u"maerz"_s},
                                            {u"apr"_s, u"april"_s},
                                            {u"mai"_s, u"may"_s},
                                            {u"jun"_s, u"juni"_s, u"june"_s},
                                            {u"jul"_s, u"juli"_s, u"july"_s},
                                            {u"aug"_s, u"august"_s},
                                            {u"sep"_s, u"sept"_s, u"september"_s},
                                            {u"okt"_s, u"oct"_s, u"oktober"_s, u"october"_s},
                                            {u"nov"_s, u"november"_s},
                                            {u"dez"_s, u"dec"_s, u"dezember"_s, u"december"_s}};
    const QString lower = name.toLower().remove(u'.');
    for (int i = 0; i < kMonths.size(); ++i) {
        if (kMonths.at(i).contains(lower))
            return i + 1;
    }
    return 0;
}

const QString kMonthPattern =
    u"(?:jan(?:uar|uary)?|jänner|feb(?:ruar|ruary)?|mär(?:z)?|maerz|mar(?:ch)?|apr(?:il)?|"
    "mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|oct(?:ober)?|"
    "nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\\.?"_s;

// The sentence (or line) around [start, end), shortened to about 100 characters.
QString context(const QString& text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && start - from < 60 && text.at(from - 1) != u'\n' &&
           !(text.at(from - 1) == u'.' && from >= 2 && text.at(from - 2).isLetter()))
        --from;
    QString words = text.mid(from, end - from).simplified();
    if (from < start - 59)
        words.prepend(u"\u2026"_s);
    return words;
}

QDate dateFrom(const QRegularExpressionMatch& m)
{
    if (!m.captured(u"d1").isEmpty())
        return QDate(m.captured(u"y1").toInt(), m.captured(u"m1").toInt(),
                     m.captured(u"d1").toInt());
    if (!m.captured(u"y2").isEmpty())
        return QDate(m.captured(u"y2").toInt(), m.captured(u"m2").toInt(),
                     m.captured(u"d2").toInt());
    if (!m.captured(u"d3").isEmpty())
        return QDate(m.captured(u"y3").toInt(), monthNumber(m.captured(u"m3")),
                     m.captured(u"d3").toInt());
    if (!m.captured(u"d4").isEmpty())
        return QDate(m.captured(u"y4").toInt(), monthNumber(m.captured(u"m4")),
                     m.captured(u"d4").toInt());
    return {};
}

} // namespace

Urgency UrgencyFinder::find(const QList<MailHeader>& headers, const QString& subject,
                            const QString& text, const QDateTime& sent)
{
    Urgency u;
    for (const MailHeader& h : headers) {
        const QString name = h.name.toLower();
        const QString value = h.value.trimmed().toLower();
        const bool high =
            (name == u"importance" && value.startsWith(u"high")) ||
            (name == u"priority" && value.startsWith(u"urgent")) ||
            (name == u"x-priority" && (value.startsWith(u'1') || value.startsWith(u'2')));
        if (high)
            u.urgencyEvidence << h.name + u": "_s + h.value.trimmed();
    }
    static const QRegularExpression urgentWord(
        u"\\b(EILT|Eilt|eilig|Eilsache|dringend|Dringend|DRINGEND|urgent|Urgent|URGENT)\\b"_s);
    if (const auto m = urgentWord.match(subject); m.hasMatch())
        u.subjectWord = m.captured(1);
    const QString head = text.left(20000);
    if (const auto m = urgentWord.match(head); m.hasMatch())
        u.urgencyEvidence << context(head, m.capturedStart(), m.capturedEnd());
    u.urgent = !u.urgencyEvidence.isEmpty() || !u.subjectWord.isEmpty();

    // A deadline: a trigger word, then a date.
    static const QRegularExpression deadline(
        u"\\b(?:bis\\s+(?:zum\\s+|spätestens\\s+(?:zum\\s+|am\\s+)?)?|spätestens\\s+(?:am\\s+|"
        "bis\\s+(?:zum\\s+)?)?|Frist\\s+(?:bis\\s+)?(?:zum\\s+)?|by\\s+|before\\s+|until\\s+|"
        "no\\s+later\\s+than\\s+|deadline:?\\s+|due\\s+(?:by\\s+|on\\s+)?)"
        "(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|"
        "Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:the\\s+|den\\s+)?)?"
        "(?:(?<d1>\\d{1,2})\\.\\s?(?<m1>\\d{1,2})\\.\\s?(?<y1>\\d{4})|"
        "(?<y2>\\d{4})-(?<m2>\\d{2})-(?<d2>\\d{2})|"
        "(?<d3>\\d{1,2})\\.?\\s+(?:of\\s+)?(?<m3>"_s +
            kMonthPattern +
            u")\\s+(?<y3>\\d{4})|"
            "(?<m4>"_s +
            kMonthPattern + u")\\s+(?<d4>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y4>\\d{4}))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QDate sentDate = sent.isValid() ? sent.toUTC().date() : QDate();
    for (auto it = deadline.globalMatch(head); it.hasNext();) {
        const auto m = it.next();
        const QDate date = dateFrom(m);
        // "vom 27.02. bis 28.02.2026" is when something happened, not a deadline.
        if (!date.isValid() || (sentDate.isValid() && date <= sentDate))
            continue;
        u.due = date;
        u.dueEvidence = context(head, m.capturedStart(), m.capturedEnd());
        break;
    }
    if (!u.due.isValid() && sentDate.isValid()) {
        static const QRegularExpression within(
            u"\\b(?:innerhalb\\s+(?:von\\s+)?|binnen\\s+|within\\s+|in\\s+the\\s+next\\s+)"
            "(?<n>\\d{1,3})\\s+(?<unit>Werktagen|Arbeitstagen|Tagen|Stunden|business\\s+days|"
            "working\\s+days|days|hours)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (const auto m = within.match(head); m.hasMatch()) {
            const int n = m.captured(u"n").toInt();
            const QString unit = m.captured(u"unit").toLower();
            const bool hours = unit.startsWith(u"stunden") || unit.startsWith(u"hours");
            const bool workdays = unit.startsWith(u"werk") || unit.startsWith(u"arbeit") ||
                                  unit.startsWith(u"business") || unit.startsWith(u"working");
            QDate due = sentDate;
            if (hours) {
                due = sent.toUTC().addSecs(qint64(n) * 3600).date();
            } else if (workdays) {
                for (int left = n; left > 0;) {
                    due = due.addDays(1);
                    if (due.dayOfWeek() < 6)
                        --left;
                }
            } else {
                due = due.addDays(n);
            }
            u.due = due;
            u.dueEvidence = context(head, m.capturedStart(), m.capturedEnd());
        }
    }
    return u;
}

} // namespace mixdesk
