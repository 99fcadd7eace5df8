#include "analysis/classify/OwnText.h"

#include "util/LineEnds.h"
#include "util/Utf16Block.h"
#include "util/Utf16Validity.h"

#include <QRegularExpression>

#include <bit>

using namespace Qt::StringLiterals;

namespace mixdesk::OwnText {

namespace {

bool isQuoted(const QString& line)
{
    return line.startsWith(u'>');
}

// The first character after leading white space (a superset of the patterns'
// \s), lower-cased for ASCII; 0 when none. A cheap test that rules out most
// lines before the regular expressions run: they are by far the hottest part
// of the analysis, being tried on every line of every notice.
char16_t firstNonSpace(const QString& line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return c.unicode() < 128 ? char16_t(c.toLower().unicode()) : c.unicode();
    }
    return 0;
}

// "-------- Forwarded complaint --------", "----- Original Message -----",
// "---------- complaint ----------", "Begin forwarded message:".
bool isForwardStart(const QString& line)
{
    static const QRegularExpression dashed(
        uR"(^\s*-{2,}\s*(forwarded|weitergeleitete|original|ursprüngliche|complaint|beschwerde|message|nachricht)[^-]*-{2,}\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begin(
        uR"(^\s*(begin forwarded message|anfang der weitergeleiteten).*:\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Every pattern starts with \s* and then '-' or "begin"/"anfang".
    const char16_t first = firstNonSpace(line);
    if (first != u'-' && first != u'b' && first != u'a')
        return false;
    const auto options = withoutUtfCheckIfValid(line);
    constexpr auto normal = QRegularExpression::NormalMatch;
    return dashed.match(line, 0, normal, options).hasMatch() ||
           begin.match(line, 0, normal, options).hasMatch();
}

// "On Thu, 9 Apr 2026 at 17:02, X wrote:", "Am 03.11.2025 schrieb X:".
bool isReplyAttribution(const QString& line)
{
    static const QRegularExpression wrote(uR"(^\s*(on|am)\s.{4,120}\s(wrote|schrieb)[^:]*:\s*$)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const char16_t first = firstNonSpace(line);
    if (first != u'a' && first != u'o')
        return false;
    return wrote.match(line, 0, QRegularExpression::NormalMatch, withoutUtfCheckIfValid(line))
        .hasMatch();
}

// "----- Ende der ursprünglichen Nachricht -----", "--- end of forwarded message ---",
// or a bare rule closing a "---- complaint ----" block.
bool isForwardEnd(const QString& line)
{
    static const QRegularExpression end(uR"(^\s*-{2,}\s*(end|ende)\b.*-{2,}\s*$)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rule(uR"(^\s*-{10,}\s*$)"_s);
    if (firstNonSpace(line) != u'-') // both patterns start with \s*-
        return false;
    const auto options = withoutUtfCheckIfValid(line);
    constexpr auto normal = QRegularExpression::NormalMatch;
    return end.match(line, 0, normal, options).hasMatch() ||
           rule.match(line, 0, normal, options).hasMatch();
}

} // namespace

QStringList lines(const QString& text)
{
    return normalizedLineEnds(text).split(u'\n');
}

bool isHeaderLine(const QString& line)
{
    static const QRegularExpression header(
        uR"(^(received|from|to|cc|subject|date|message-id|return-path|reply-to|sender|delivered-to|mime-version|content-[a-z-]+|user-agent|x-[a-z0-9-]+|importance|sensitivity|authentication-results|dkim-signature|arc-[a-z-]+|list-[a-z-]+|precedence|in-reply-to|references|envelope-to|original-[a-z-]+|arrival-date|reporting-mta|source-ip|feedback-type|version|incidents|reported-[a-z-]+|report-[a-z]+|schema-url|source|source-type|category|attachment|service|port|occurrences|destination|von|an|gesendet|betreff|datum):)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Every name the expression knows is letters, digits and '-' right from the start of
    // the line up to the colon: prose ("Dear Sir or Madam:", a time "10:42") fails that
    // test without running the expression.
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char16_t c = line.at(i).unicode();
        const bool nameChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                              (c >= u'0' && c <= u'9') || c == u'-';
        if (!nameChar)
            return false;
    }
    return matchChecked(header, line).hasMatch();
}

namespace {

// `quoted`, when given: numbers of lines (ascending) that count as quoted as if they
// began with "> ", whatever they begin with.
QStringList computeOwnLines(const QStringList& lines, const QList<int>* quoted)
{
    QStringList result;
    bool inForward = false;
    bool inHeader = false;
    // After "On ... wrote:" the quoted lines ("> ...") are the earlier mail; the first
    // unquoted line after them is the writer again (a reply written below the quote).
    bool inReply = false;
    bool replyQuoted = false;
    auto nextQuoted = quoted ? quoted->cbegin() : QList<int>::const_iterator();
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        bool marked = false;
        if (quoted) {
            while (nextQuoted != quoted->cend() && *nextQuoted < i)
                ++nextQuoted;
            marked = nextQuoted != quoted->cend() && *nextQuoted == i;
        }
        // A quoted line is never a rule, a reply or a forward start: it is tested first.
        if (inReply) {
            if (marked || isQuoted(line)) {
                replyQuoted = true;
                continue;
            }
            if (isForwardEnd(line)) { // as a forward: a rule closes it
                inReply = false;
                continue;
            }
            if (!replyQuoted || line.trimmed().isEmpty())
                continue;
            inReply = false;
        }
        if (inForward) {
            if (!marked && isForwardEnd(line))
                inForward = false;
            continue;
        }
        if (marked || isQuoted(line))
            continue;
        if (isReplyAttribution(line)) {
            inReply = true;
            replyQuoted = false;
            inHeader = false;
            continue;
        }
        if (isForwardStart(line)) {
            inForward = true;
            inHeader = false;
            continue;
        }
        if (isHeaderLine(line)) {
            inHeader = true;
            continue;
        }
        if (inHeader && !line.isEmpty() && (line[0] == u' ' || line[0] == u'\t'))
            continue; // folded continuation of a pasted header
        inHeader = false;
        result.append(line);
    }
    return result;
}

struct Remembered
{
    QString text;
    QStringList lines;
    QStringList own;
};

// The language detector, the category classifier and the reporter and reference
// extractors each ask for the same notice's lines: the last two texts' lines are kept
// per thread (comparing the text is cheap next to the expressions run per line).
const Remembered& remembered(const QString& text)
{
    thread_local Remembered memo[2];
    thread_local int newest = 0;
    for (int i : {newest, 1 - newest}) {
        if (text.isSharedWith(memo[i].text) || text == memo[i].text)
            return memo[i];
    }
    newest = 1 - newest; // the older slot goes
    Remembered& slot = memo[newest];
    slot.text = text;
    slot.lines = lines(text);
    slot.own = computeOwnLines(slot.lines, nullptr);
    return slot;
}

} // namespace

QStringList ownLines(const QString& text)
{
    return remembered(text).own;
}

QStringList ownLines(const QString& text, const QList<int>& quotedLines)
{
    if (quotedLines.isEmpty())
        return ownLines(text);
    if (!text.contains(u'\r')) // the lines are text.split('\n'): shared with ownLines(text)
        return computeOwnLines(remembered(text).lines, &quotedLines);
    // A lone CR is a line end to lines() but not to the numbers: mark the lines instead.
    QStringList marked = text.split(u'\n');
    for (int line : quotedLines) {
        if (line < marked.size())
            marked[line].prepend(u"> "_s);
    }
    return computeOwnLines(lines(marked.join(u'\n')), nullptr);
}

QString normalized(const QString& text)
{
    // toLower().simplified() in one pass, lower-casing unit by unit: the category rules
    // run on this, and the two Qt passes were 5% of the whole analysis. Runs of printable
    // ASCII, most of a notice, are copied and lower-cased a block at a time.
    const qsizetype size = text.size();
    QString result(size, Qt::Uninitialized);
    const auto* in = reinterpret_cast<const char16_t*>(text.constData());
    auto* out = reinterpret_cast<char16_t*>(result.data());
    qsizetype length = 0;
    bool pendingSpace = false;
    bool surrogates = false;
    qsizetype i = 0;
    // Each unit read yields at most one written (a pending space stands for a blank
    // read), so length + pendingSpace <= i: a block stored at out + length fits.
    while (i < size) {
        while (i + Utf16Block::kSize <= size) {
            const Utf16Block block(in + i);
            const int run = std::countr_one(block.inRange(0x21, 0x7E)); // printable, no blank
            if (run == 0)
                break;
            if (pendingSpace) {
                out[length++] = u' ';
                pendingSpace = false;
            }
            block.storeAsciiLowered(out + length);
            length += run;
            i += run;
            if (run < Utf16Block::kSize)
                break;
        }
        if (i >= size)
            break;
        const char16_t u = in[i++];
        if (u < 128 ? (u == ' ' || (u >= '\t' && u <= '\r')) : QChar::isSpace(u)) {
            pendingSpace = length > 0;
            continue;
        }
        if (pendingSpace) {
            out[length++] = u' ';
            pendingSpace = false;
        }
        if (u < 128) {
            out[length++] = u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
        } else {
            // Surrogate halves map to themselves, so pairs stay whole.
            out[length++] = char16_t(QChar::toLower(char32_t(u)));
            surrogates = surrogates || QChar::isSurrogate(u);
        }
    }
    result.truncate(length);
    // A lone surrogate half becomes U+FFFD, so the result is valid UTF-16 and may be
    // matched without PCRE's validity check.
    for (qsizetype k = 0; surrogates && k < length; ++k) {
        if (QChar::isHighSurrogate(out[k]) && k + 1 < length && QChar::isLowSurrogate(out[k + 1]))
            ++k;
        else if (QChar::isSurrogate(out[k]))
            out[k] = QChar::ReplacementCharacter;
    }
    return result;
}

bool isClosingFormula(const QString& line)
{
    static const QRegularExpression closing(
        uR"(^\s*(kind regards|best regards|warm regards|regards|with regards|sincerely|yours sincerely|yours faithfully|best wishes|many thanks|thanks|thank you|cheers|respectfully|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|viele grüße|viele grüsse|beste grüße|beste grüsse|herzliche grüße|mit besten grüßen|gruß|grüße|hochachtungsvoll)\s*[,.!]?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The longest formula has 24 characters, and one mark may follow: a longer line
    // (without the blanks around it; QChar::isSpace takes more than \s) cannot be
    // one. Most lines are, and need no expression run.
    constexpr qsizetype kLongest = 25;
    qsizetype first = 0;
    qsizetype last = line.size();
    while (first < last && line[first].isSpace())
        ++first;
    while (last > first && line[last - 1].isSpace())
        --last;
    if (last - first > kLongest)
        return false;
    return matchChecked(closing, line).hasMatch();
}

} // namespace mixdesk::OwnText
