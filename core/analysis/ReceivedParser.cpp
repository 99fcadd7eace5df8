#include "analysis/ReceivedParser.h"

#include "analysis/text/WhitespaceWords.h"
#include "profile/ExitMatcher.h"

#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>
#include <optional>

namespace mixdesk {
namespace {

using namespace Qt::StringLiterals;

// Bounds for tokens that need a closing character: a stray '[' or '<' in 10 KB of
// junk must not turn tokenizing quadratic.
constexpr qsizetype kMaxLiteral = 128;
constexpr qsizetype kMaxAngle = 512;
constexpr qsizetype kMaxQuoted = 512;
// How many month names from the end a trailing date search tries before giving up.
constexpr int kMaxTrailingDateTries = 8;

bool isWsp(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\f' || c == u'\v';
}

struct Token
{
    enum Kind
    {
        Word,
        Literal,
        Comment
    };
    Kind kind = Word;
    QString text; // Comment: contents without the outer parentheses
};

enum Clause
{
    None,
    From,
    By,
    With,
    Id,
    For,
    Via,
    ClauseCount
};

Clause clauseFor(const QString& word)
{
    static const std::array<std::pair<QLatin1String, Clause>, 6> keywords{{
        {QLatin1String("from"), From},
        {QLatin1String("by"), By},
        {QLatin1String("with"), With},
        {QLatin1String("id"), Id},
        {QLatin1String("for"), For},
        {QLatin1String("via"), Via},
    }};
    for (const auto& [keyword, clause] : keywords) {
        if (word.compare(keyword, Qt::CaseInsensitive) == 0)
            return clause;
    }
    return None;
}

// Undoes header folding. Quoted copies ("> " prefixes on continuation lines) are
// unwrapped too, since analysts paste chains out of quoted replies. A bare line
// break becomes a space so that words on both sides never merge.
QString unfold(const QString& value)
{
    QString out;
    out.reserve(value.size());
    const qsizetype n = value.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = value.at(i);
        if (c != u'\r' && c != u'\n') {
            out.append(c);
            ++i;
            continue;
        }
        while (i < n && (value.at(i) == u'\r' || value.at(i) == u'\n'))
            ++i;
        qsizetype j = i;
        while (j < n && (value.at(j) == u' ' || value.at(j) == u'\t'))
            ++j;
        if (j < n && value.at(j) == u'>') {
            while (j < n && (value.at(j) == u'>' || value.at(j) == u' ' || value.at(j) == u'\t'))
                ++j;
            i = j;
            out.append(u' ');
        } else if (i < n && value.at(i) != u' ' && value.at(i) != u'\t') {
            out.append(u' ');
        }
    }
    return out.trimmed();
}

// For every '(' the index of its matching ')', or -1 when it is never closed.
// One pass with a stack; backslash quotes the next character as in RFC 5322 comments.
QList<qsizetype> matchParentheses(const QString& text)
{
    QList<qsizetype> match(text.size(), -1);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'(') {
            open.append(i);
        } else if (c == u')' && !open.isEmpty()) {
            match[open.takeLast()] = i;
        }
    }
    return match;
}

// Index of the closing character within `limit` characters, or -1.
qsizetype findClose(const QString& text, qsizetype from, QChar close, qsizetype limit)
{
    const qsizetype end = std::min(text.size(), from + limit);
    for (qsizetype i = from; i < end; ++i) {
        if (text.at(i) == close)
            return i;
    }
    return -1;
}

QList<Token> tokenize(const QString& text)
{
    QList<Token> tokens;
    const QList<qsizetype> parens = matchParentheses(text);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isWsp(c) || c == u';' || c == u')') {
            ++i; // ';' before the date separator and stray ')' carry nothing
            continue;
        }
        if (c == u'(') {
            const qsizetype close = parens.at(i);
            if (close < 0) {
                ++i; // unclosed: read what follows as ordinary tokens
                continue;
            }
            tokens.append({Token::Comment, text.mid(i + 1, close - i - 1)});
            i = close + 1;
            continue;
        }
        if (c == u'[') {
            qsizetype close = findClose(text, i + 1, u']', kMaxLiteral);
            if (close >= 0) {
                qsizetype end = close + 1;
                // "[192.0.2.1]:25" (Exim): the port stays with the literal.
                if (end < n && text.at(end) == u':') {
                    qsizetype j = end + 1;
                    while (j < n && text.at(j).isDigit())
                        ++j;
                    if (j > end + 1)
                        end = j;
                }
                tokens.append({Token::Literal, text.mid(i, end - i)});
                i = end;
                continue;
            }
        }
        // A word runs to whitespace or a parenthesis; quoted strings and <...>
        // may contain either and are kept whole.
        const qsizetype start = i;
        while (i < n) {
            const QChar w = text.at(i);
            if (isWsp(w) || w == u'(' || w == u')' || w == u';')
                break;
            if (w == u'"' || w == u'<') {
                const qsizetype close = w == u'"' ? findClose(text, i + 1, u'"', kMaxQuoted)
                                                  : findClose(text, i + 1, u'>', kMaxAngle);
                i = close >= 0 ? close + 1 : i + 1;
                continue;
            }
            ++i;
        }
        tokens.append({Token::Word, text.mid(start, i - start)});
    }
    return tokens;
}

// Index of the last ';' outside comments; when a comment is never closed, the
// last ';' anywhere, so that the broken comment does not swallow the date. A ';'
// inside a closed comment ("(version=TLS1_2; ...)") never separates the date.
qsizetype dateSeparator(const QString& text)
{
    qsizetype lastTop = -1;
    qsizetype lastAny = -1;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            depth = std::max(0, depth - 1);
        } else if (c == u';') {
            lastAny = i;
            if (depth == 0)
                lastTop = i;
        }
    }
    if (lastTop >= 0)
        return lastTop;
    return depth > 0 ? lastAny : -1;
}

bool isStrictIPv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

// Normalised address for one token as mail software writes it ("[IPv6:...]",
// "192.0.2.1:25", "[192.0.2.1]:25", "fe80::1%eth0", "::ffff:192.0.2.1"), or a
// null string. Strict: "4.96" (Exim's version) or "15.2.1544.4" (Exchange's id) are
// not addresses, although inet_aton-style parsers would accept the first.
QString addressFromText(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        text = close < 0 ? text.mid(1) : text.mid(1, close - 1);
        text = text.trimmed();
    }
    if (text.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        text = text.mid(5);
    const qsizetype zone = text.indexOf(u'%');
    if (zone >= 0)
        text.truncate(zone);
    if (text.isEmpty())
        return {};
    if (!text.contains(u':'))
        return isStrictIPv4(text) ? ExitMatcher::normalize(text) : QString();
    // IPv4 with a port.
    const qsizetype colon = text.indexOf(u':');
    if (colon == text.lastIndexOf(u':') && isStrictIPv4(QStringView(text).left(colon)))
        return ExitMatcher::normalize(text.left(colon));
    if (text.count(u':') < 2)
        return {};
    for (const QChar c : std::as_const(text)) {
        const bool hex = c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex && c != u':' && c != u'.')
            return {};
    }
    if (text.contains(u'.')) {
        // Embedded IPv4 must be a real dotted quad.
        const qsizetype last = text.lastIndexOf(u':');
        if (!isStrictIPv4(QStringView(text).mid(last + 1)))
            return {};
    }
    QHostAddress probe;
    if (!probe.setAddress(text) || probe.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    return ExitMatcher::normalize(text);
}

// An address inside a comment of the from clause: "(relay.example [192.0.2.1])",
// "(192.0.2.1)", "([192.0.2.1]:5123 helo=x)", "(user@[192.0.2.1])". HELO arguments
// and key=value pairs are the client's claims, not what the server saw; SquirrelMail's
// "(proxying for X)" repeats a forwarded-for header the client can forge.
QString addressInComment(const QString& content)
{
    const QString lead = content.trimmed();
    if (lead.startsWith(QLatin1String("proxying for"), Qt::CaseInsensitive))
        return {};
    QString flat = content;
    flat.replace(u'(', u' ').replace(u')', u' ').replace(u',', u' ');
    const QStringList words = whitespaceSeparatedWords(flat);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (word.compare(QLatin1String("HELO"), Qt::CaseInsensitive) == 0 ||
            word.compare(QLatin1String("EHLO"), Qt::CaseInsensitive) == 0) {
            ++i;
            continue;
        }
        if (word.contains(u'='))
            continue;
        const qsizetype bracket = word.indexOf(u'[');
        if (bracket >= 0) {
            word = word.mid(bracket);
        } else {
            const qsizetype at = word.lastIndexOf(u'@');
            if (at >= 0)
                word = word.mid(at + 1);
        }
        while (word.endsWith(u'.') || word.endsWith(u';'))
            word.chop(1);
        const QString address = addressFromText(word);
        if (!address.isEmpty())
            return address;
    }
    return {};
}

const Token* firstValue(const QList<Token>& tokens)
{
    for (const Token& token : tokens) {
        if (token.kind != Token::Comment)
            return &token;
    }
    return nullptr;
}

void fillFrom(const QList<Token>& tokens, ReceivedHop& hop)
{
    const Token* first = firstValue(tokens);
    QString firstIp;
    if (first) {
        firstIp = addressFromText(first->text);
        if (firstIp.isEmpty())
            hop.fromHost = first->text;
    }
    QString commentIp;
    QString laterIp;
    for (const Token& token : tokens) {
        if (token.kind == Token::Comment) {
            if (commentIp.isEmpty()) {
                commentIp = addressInComment(token.text);
                if (hop.fromReverseHost.isEmpty() && !commentIp.isEmpty()) {
                    // "(host.example [192.0.2.1])": the name the receiver resolved.
                    const QString name = token.text.section(u'[', 0, 0).trimmed();
                    if (!name.isEmpty() && !name.contains(u' ') && !name.contains(u'=') &&
                        addressFromText(name).isEmpty() &&
                        name.compare(QLatin1String("unknown"), Qt::CaseInsensitive) != 0) {
                        QString host = name.section(u'@', -1); // "(ident@host [..])"
                        if (host.endsWith(u'.'))
                            host.chop(1);
                        hop.fromReverseHost = host;
                    }
                }
            }
        } else if (&token != first && laterIp.isEmpty()) {
            laterIp = addressFromText(token.text);
        }
    }
    if (!commentIp.isEmpty())
        hop.fromIp = commentIp;
    else if (!firstIp.isEmpty())
        hop.fromIp = firstIp;
    else if (!laterIp.isEmpty())
        hop.fromIp = laterIp;
}

QString firstValueText(const QList<Token>& tokens)
{
    const Token* token = firstValue(tokens);
    return token ? token->text : QString();
}

bool isMonthName(QStringView word, int* month = nullptr)
{
    static const std::array<QLatin1String, 12> names{
        QLatin1String("january"), QLatin1String("february"), QLatin1String("march"),
        QLatin1String("april"),   QLatin1String("may"),      QLatin1String("june"),
        QLatin1String("july"),    QLatin1String("august"),   QLatin1String("september"),
        QLatin1String("october"), QLatin1String("november"), QLatin1String("december")};
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word.size() < 3)
        return false;
    for (int i = 0; i < 12; ++i) {
        const QLatin1String name = names[std::size_t(i)];
        if (word.size() > name.size())
            continue;
        // Three-letter abbreviation, the full name, or in between ("Sept").
        if (name.startsWith(word, Qt::CaseInsensitive)) {
            if (month)
                *month = i + 1;
            return true;
        }
    }
    return false;
}

bool isWeekdayName(QStringView word)
{
    static const std::array<QLatin1String, 7> names{
        QLatin1String("monday"),   QLatin1String("tuesday"), QLatin1String("wednesday"),
        QLatin1String("thursday"), QLatin1String("friday"),  QLatin1String("saturday"),
        QLatin1String("sunday")};
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word.size() < 3)
        return false;
    for (const QLatin1String name : names) {
        if (word.size() <= name.size() && name.startsWith(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

// Offset in seconds east of UTC for a zone token: "+0100", "-0000", "+01:00", or
// one of RFC 5322's obsolete names.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.size() >= 3 && (zone.front() == u'+' || zone.front() == u'-')) {
        QString digits = zone.mid(1).toString();
        digits.remove(u':');
        if (!allDigits(digits) || (digits.size() != 4 && digits.size() != 2))
            return std::nullopt;
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() == 4 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int seconds = hours * 3600 + minutes * 60;
        return zone.front() == u'-' ? -seconds : seconds;
    }
    static const std::array<std::pair<QLatin1String, int>, 13> names{{
        {QLatin1String("UT"), 0},
        {QLatin1String("UTC"), 0},
        {QLatin1String("GMT"), 0},
        {QLatin1String("Z"), 0},
        {QLatin1String("EST"), -5},
        {QLatin1String("EDT"), -4},
        {QLatin1String("CST"), -6},
        {QLatin1String("CDT"), -5},
        {QLatin1String("MST"), -7},
        {QLatin1String("MDT"), -6},
        {QLatin1String("PST"), -8},
        {QLatin1String("PDT"), -7},
        {QLatin1String("UCT"), 0},
    }};
    for (const auto& [name, hours] : names) {
        if (zone.compare(name, Qt::CaseInsensitive) == 0)
            return hours * 3600;
    }
    return std::nullopt;
}

std::optional<QTime> parseTime(QStringView text)
{
    const auto parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    QStringView secondsPart = parts.size() == 3 ? parts.at(2) : QStringView();
    const qsizetype dot = secondsPart.indexOf(u'.');
    if (dot >= 0)
        secondsPart = secondsPart.left(dot); // fractions are dropped
    if (!allDigits(parts.at(0)) || parts.at(0).size() > 2 || !allDigits(parts.at(1)) ||
        parts.at(1).size() != 2 ||
        (parts.size() == 3 && (!allDigits(secondsPart) || secondsPart.size() != 2)))
        return std::nullopt;
    const int hours = parts.at(0).toInt();
    const int minutes = parts.at(1).toInt();
    int seconds = parts.size() == 3 ? secondsPart.toInt() : 0;
    if (seconds == 60)
        seconds = 59; // leap second: close enough for triage
    if (hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    return QTime(hours, minutes, seconds);
}

int fullYear(QStringView digits)
{
    const int year = digits.toInt();
    if (digits.size() == 2)
        return year < 50 ? 2000 + year : 1900 + year; // RFC 5322 4.3
    if (digits.size() == 3)
        return 1900 + year;
    return year;
}

QDateTime makeUtc(int year, int month, int day, QTime time, int offset)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

// ISO 8601 as used in X-ARF and some feedback reports: 2026-01-06T13:03:11Z.
QDateTime parseIsoDate(const QString& text)
{
    static const QRegularExpression iso(
        u"^\\s*(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*"
        "(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)(?![\\w:])"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return {};
    const auto time = parseTime(m.capturedView(4));
    const auto offset = zoneOffset(m.capturedView(5));
    if (!time || !offset)
        return {};
    return makeUtc(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt(),
                   *time, *offset);
}

// The text with (comments) removed; an unclosed comment runs to the end.
QString withoutComments(QStringView text)
{
    QString out;
    out.reserve(text.size());
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'(') {
            ++depth;
            out.append(u' ');
        } else if (c == u')' && depth > 0) {
            --depth;
        } else if (depth == 0) {
            out.append(c);
        }
    }
    return out;
}

// Where a date starts near the end of a Received value that lacks the ';'.
qsizetype trailingDateStart(const QString& text)
{
    struct Span
    {
        qsizetype start;
        QStringView word;
    };
    QList<Span> words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && (isWsp(text.at(i)) || text.at(i) == u','))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isWsp(text.at(i)) && text.at(i) != u',')
            ++i;
        if (i > start)
            words.append({start, QStringView(text).mid(start, i - start)});
    }
    int tries = 0;
    for (qsizetype w = words.size() - 1; w >= 0 && tries < kMaxTrailingDateTries; --w) {
        if (words.at(w).word.size() > 9 || !isMonthName(words.at(w).word))
            continue;
        ++tries;
        qsizetype start = w;
        if (start > 0 && allDigits(words.at(start - 1).word) &&
            words.at(start - 1).word.size() <= 2)
            --start;
        if (start > 0 && isWeekdayName(words.at(start - 1).word))
            --start;
        if (ReceivedParser::parseDate(text.mid(words.at(start).start)).isValid())
            return words.at(start).start;
    }
    return -1;
}

} // namespace

ReceivedHop ReceivedParser::parse(const QString& value)
{
    ReceivedHop hop;
    hop.raw = unfold(value);
    // Callers sometimes hand over the whole line; the field name is not part of the value.
    if (hop.raw.startsWith(QLatin1String("Received:"), Qt::CaseInsensitive))
        hop.raw = hop.raw.mid(9).trimmed();

    QString clauses = hop.raw;
    const qsizetype separator = dateSeparator(hop.raw);
    if (separator >= 0) {
        clauses = hop.raw.left(separator);
        hop.dateText = hop.raw.mid(separator + 1).trimmed();
    } else {
        const qsizetype start = trailingDateStart(hop.raw);
        if (start >= 0) {
            clauses = hop.raw.left(start);
            hop.dateText = hop.raw.mid(start).trimmed();
        }
    }
    if (!hop.dateText.isEmpty()) {
        hop.dateUtc = parseDate(hop.dateText);
        if (!hop.dateUtc.isValid()) {
            // "; id 123 Tue, 6 Jan 2026 ...": the date is not right after the ';'.
            const qsizetype start = trailingDateStart(hop.dateText);
            if (start > 0)
                hop.dateUtc = parseDate(hop.dateText.mid(start));
        }
    }

    std::array<QList<Token>, ClauseCount> parts;
    std::array<bool, ClauseCount> seen{};
    Clause current = None;
    for (const Token& token : tokenize(clauses)) {
        if (token.kind == Token::Comment)
            hop.comments.append(token.text);
        if (token.kind == Token::Word) {
            const Clause keyword = clauseFor(token.text);
            if (keyword != None) {
                // A repeated keyword starts a clause we ignore: the first one counts.
                current = seen[keyword] ? None : keyword;
                seen[keyword] = true;
                continue;
            }
        }
        if (current != None)
            parts[current].append(token);
    }

    fillFrom(parts[From], hop);
    hop.byHost = firstValueText(parts[By]);
    // "with" is a protocol word: a literal or a leading comment is not one.
    for (const Token& token : std::as_const(parts[With])) {
        if (token.kind == Token::Word) {
            hop.with = token.text;
            break;
        }
    }
    hop.id = firstValueText(parts[Id]);
    hop.forAddress = firstValueText(parts[For]);
    if (hop.forAddress.startsWith(u'<') && hop.forAddress.endsWith(u'>'))
        hop.forAddress = hop.forAddress.mid(1, hop.forAddress.size() - 2);
    hop.via = firstValueText(parts[Via]);
    if (hop.via.isEmpty() && !parts[Via].isEmpty())
        hop.via = parts[Via].constFirst().text.trimmed(); // "via ([192.0.2.1])"
    return hop;
}

QDateTime ReceivedParser::parseDate(const QString& text)
{
    if (const QDateTime iso = parseIsoDate(text); iso.isValid())
        return iso;

    QString flat = withoutComments(text);
    flat.replace(u',', u' ');
    const QStringList words = whitespaceSeparatedWords(flat);
    qsizetype i = 0;
    auto next = [&]() -> QStringView {
        return i < words.size() ? QStringView(words.at(i++)) : QStringView();
    };
    if (i < words.size() && !isMonthName(words.at(i)) && isWeekdayName(words.at(i)))
        ++i;

    int day = 0;
    int month = 0;
    int year = 0;
    std::optional<QTime> time;
    QStringView word = next();
    if (allDigits(word) && word.size() <= 2) {
        // RFC 5322: day month year time zone
        day = word.toInt();
        if (!isMonthName(next(), &month))
            return {};
        const QStringView yearWord = next();
        if (!allDigits(yearWord) || yearWord.size() < 2 || yearWord.size() > 4)
            return {};
        year = fullYear(yearWord);
        time = parseTime(next());
    } else if (isMonthName(word, &month)) {
        // asctime: month day time year [zone]
        const QStringView dayWord = next();
        if (!allDigits(dayWord) || dayWord.size() > 2)
            return {};
        day = dayWord.toInt();
        time = parseTime(next());
        const QStringView yearWord = i < words.size() ? QStringView(words.at(i)) : QStringView();
        if (allDigits(yearWord) && yearWord.size() == 4) {
            year = yearWord.toInt();
            ++i;
        } else {
            return {};
        }
    } else {
        return {};
    }
    if (!time)
        return {};
    // The zone must follow at once: a zone-less date is not a point in time, and a
    // later "(CET)" comment was already dropped in favour of the numeric offset.
    const auto offset = zoneOffset(next());
    if (!offset)
        return {};
    return makeUtc(year, month, day, *time, *offset);
}

} // namespace mixdesk
