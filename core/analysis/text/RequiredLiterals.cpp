#include "analysis/text/RequiredLiterals.h"

#include <algorithm>
#include <limits>

namespace mixdesk {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The smallest repeat count of a quantifier at `pos` (1 when there is none) and
// where the quantifier ends. "{" that is no valid quantifier is no quantifier.
struct Quantifier
{
    int min = 1;
    qsizetype end = 0;
};

Quantifier quantifierAt(const QString& p, qsizetype pos)
{
    Quantifier q{1, pos};
    if (pos >= p.size())
        return q;
    const QChar c = p[pos];
    if (c == u'?' || c == u'*') {
        q = {0, pos + 1};
    } else if (c == u'+') {
        q = {1, pos + 1};
    } else if (c == u'{') {
        qsizetype i = pos + 1;
        const qsizetype digits = i;
        while (i < p.size() && isDigit(p[i]))
            ++i;
        if (i == digits)
            return q;
        const int min = p.mid(digits, i - digits).toInt();
        if (i < p.size() && p[i] == u',') {
            ++i;
            while (i < p.size() && isDigit(p[i]))
                ++i;
        }
        if (i >= p.size() || p[i] != u'}')
            return q;
        q = {min, i + 1};
    } else {
        return q;
    }
    // A lazy or possessive marker belongs to the quantifier.
    if (q.end < p.size() && (p[q.end] == u'?' || p[q.end] == u'+'))
        ++q.end;
    return q;
}

// End of the character class that starts at `pos` ("["), past its "]".
qsizetype classEnd(const QString& p, qsizetype pos)
{
    qsizetype i = pos + 1;
    if (i < p.size() && p[i] == u'^')
        ++i;
    if (i < p.size() && p[i] == u']') // a leading "]" is a member
        ++i;
    for (; i < p.size(); ++i) {
        if (p[i] == u'\\')
            ++i;
        else if (p[i] == u'[' && i + 1 < p.size() && p[i + 1] == u':')
            i = p.indexOf(u":]", i + 2) < 0 ? p.size() : p.indexOf(u":]", i + 2) + 1;
        else if (p[i] == u']')
            return i + 1;
    }
    return p.size();
}

// End of the group that starts at `pos` ("("), past its ")".
qsizetype groupEnd(const QString& p, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < p.size(); ++i) {
        if (p[i] == u'\\') {
            ++i;
        } else if (p[i] == u'[') {
            i = classEnd(p, i) - 1;
        } else if (p[i] == u'(') {
            ++depth;
        } else if (p[i] == u')') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return p.size();
}

// The top-level alternatives of a pattern.
QStringList alternatives(const QString& p)
{
    QStringList result;
    qsizetype start = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] == u'\\') {
            ++i;
        } else if (p[i] == u'[') {
            i = classEnd(p, i) - 1;
        } else if (p[i] == u'(') {
            i = groupEnd(p, i) - 1;
        } else if (p[i] == u'|') {
            result.append(p.mid(start, i - start));
            start = i + 1;
        }
    }
    result.append(p.mid(start));
    return result;
}

// Escapes that match no character (assertions): they neither add to nor end a run.
bool isAssertionEscape(QChar c)
{
    return c == u'b' || c == u'B' || c == u'A' || c == u'z' || c == u'Z' || c == u'G';
}

// Where the body of the group at `pos` starts, past "(", "(?:", "(?<name>", "(?i:";
// -1 for a group that matches no characters (lookaround, comment, option setting).
qsizetype groupBodyStart(const QString& p, qsizetype pos)
{
    if (pos + 1 >= p.size() || p[pos + 1] != u'?')
        return pos + 1;
    const QStringView rest = QStringView(p).mid(pos + 2);
    if (rest.startsWith(u'=') || rest.startsWith(u'!') || rest.startsWith(u"<=") ||
        rest.startsWith(u"<!") || rest.startsWith(u'#'))
        return -1;
    if (rest.startsWith(u':') || rest.startsWith(u'|') || rest.startsWith(u'>'))
        return pos + 3;
    if (rest.startsWith(u'<') || rest.startsWith(u"P<") || rest.startsWith(u'\'')) {
        const QChar close = rest.startsWith(u'\'') ? u'\'' : u'>';
        const qsizetype end = p.indexOf(close, pos + 3);
        return end < 0 ? -1 : end + 1;
    }
    // Options: "(?i)" sets them for the rest (no characters), "(?i:" opens a group.
    qsizetype i = pos + 2;
    while (i < p.size() && (p[i].isLetter() || p[i] == u'-' || p[i] == u'^'))
        ++i;
    return (i < p.size() && p[i] == u':') ? i + 1 : -1;
}

// Literals one of which every match of a piece of pattern contains; empty when
// none could be read.
using Requirement = QStringList;

qsizetype shortest(const Requirement& r)
{
    qsizetype n = std::numeric_limits<qsizetype>::max();
    for (const QString& s : r)
        n = std::min(n, s.size());
    return n;
}

// The more selective of two requirements: longer shortest literal, then fewer literals.
const Requirement& better(const Requirement& a, const Requirement& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() ? b : a;
    if (shortest(a) != shortest(b))
        return shortest(a) > shortest(b) ? a : b;
    return a.size() <= b.size() ? a : b;
}

Requirement requirementOfAlternatives(const QString& pattern);

// The best requirement of one alternative: a run of plain characters, or a group
// every match passes through.
Requirement requirementOfSequence(const QString& a)
{
    Requirement best;
    QString run;
    const auto endRun = [&] {
        if (!run.isEmpty())
            best = better(best, Requirement{run});
        run.clear();
    };
    qsizetype i = 0;
    while (i < a.size()) {
        const QChar c = a[i];
        if (c == u'^' || c == u'$') { // assertions
            ++i;
            continue;
        }
        if (c == u'\\' && i + 1 < a.size() && isAssertionEscape(a[i + 1])) {
            i += 2;
            continue;
        }
        const bool escapedLiteral =
            c == u'\\' && i + 1 < a.size() && !a[i + 1].isLetterOrNumber() && a[i + 1] != u' ';
        const bool plainLiteral = c != u'\\' && c != u'.' && c != u'[' && c != u'(' && c != u')' &&
                                  c != u'|' && c != u'?' && c != u'*' && c != u'+' && c != u'{';
        if (escapedLiteral || plainLiteral) {
            const QChar literal = escapedLiteral ? a[i + 1] : c;
            const qsizetype atomEnd = i + (escapedLiteral ? 2 : 1);
            const Quantifier q = quantifierAt(a, atomEnd);
            if (q.end == atomEnd) {
                run.append(literal);
            } else {
                // Optional: not part of every match. Repeated: the run cannot go on
                // past it, as the copies' count is open.
                if (q.min > 0)
                    run.append(literal);
                endRun();
            }
            i = q.end;
            continue;
        }
        // Anything else matches characters we do not know literally: a class, ".",
        // an escape like \s, a group. Skip it and its quantifier; a group that every
        // match passes through still tells its own requirement.
        endRun();
        qsizetype atomEnd = i + 1;
        if (c == u'[') {
            atomEnd = classEnd(a, i);
        } else if (c == u'(') {
            atomEnd = groupEnd(a, i);
        } else if (c == u'\\') {
            const bool braced =
                i + 2 < a.size() && a[i + 2] == u'{' && (a[i + 1] == u'p' || a[i + 1] == u'P');
            atomEnd = braced ? a.indexOf(u'}', i) + 1 : i + 2;
        }
        if (atomEnd <= i)
            atomEnd = a.size();
        const Quantifier q = quantifierAt(a, atomEnd);
        if (c == u'(' && q.min > 0) {
            const qsizetype body = groupBodyStart(a, i);
            if (body > 0 && atomEnd - 1 > body)
                best = better(best, requirementOfAlternatives(a.mid(body, atomEnd - 1 - body)));
        }
        i = q.end;
    }
    endRun();
    return best;
}

// One literal set for a whole pattern: the union of its alternatives' requirements,
// empty when one alternative has none.
Requirement requirementOfAlternatives(const QString& pattern)
{
    Requirement all;
    for (const QString& alternative : alternatives(pattern)) {
        const Requirement r = requirementOfSequence(alternative);
        if (r.isEmpty())
            return {};
        for (const QString& literal : r) {
            if (!all.contains(literal))
                all.append(literal);
        }
    }
    return all;
}

} // namespace

std::optional<QStringList> RequiredLiterals::of(const QRegularExpression& regex)
{
    if (regex.patternOptions() & QRegularExpression::ExtendedPatternSyntaxOption)
        return std::nullopt;
    return of(regex.pattern());
}

std::optional<QStringList> RequiredLiterals::of(const QString& pattern)
{
    // Syntax that changes what the characters mean, or escapes followed by digits
    // or names that are not literal: leave such patterns alone. Case options do not
    // matter: LiteralScanner ignores case anyway.
    if (pattern.contains(u"(*"))
        return std::nullopt;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern[i] == u'\\') {
            const QChar next = pattern[i + 1];
            if (isDigit(next) || QStringView(u"QxcogkNu").contains(next))
                return std::nullopt;
            ++i; // the escaped character
        } else if (pattern[i] == u'(' && pattern[i + 1] == u'?') {
            // Extended mode ("x") would make spaces and "#" syntax.
            qsizetype j = i + 2;
            while (j < pattern.size() &&
                   (pattern[j].isLetter() || pattern[j] == u'-' || pattern[j] == u'^')) {
                if (pattern[j] == u'x')
                    return std::nullopt;
                ++j;
            }
            if (j < pattern.size() && pattern[j] != u')' && pattern[j] != u':' && j > i + 2)
                return std::nullopt; // not an option group after all
        }
    }
    const Requirement literals = requirementOfAlternatives(pattern);
    if (literals.isEmpty())
        return std::nullopt;
    return literals;
}

} // namespace mixdesk
