#include "analysis/AddressRoles.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

constexpr qsizetype kMaxSentence = 300;    // how far a sentence reaches each way
constexpr qsizetype kMaxLine = 400;        // how much of a line the structure tests read
constexpr qsizetype kMaxCueDistance = 120; // how far before an address its cue may stand

const char* const kRoleIds[] = {"unknown", "source", "suspect", "victim", "not-source", "own"};

// Cues in the words before an address. The last one before it decides; the groups
// are tried in this order at each position, so "not from" is a negation and not "from".
// A negation is also "this is not about X" / "es geht nicht um (die Adresse) X" and a
// bare "not" right before the address ("port scan - not X"); the cue text ends where
// the address starts, so "$" is the address's position.
const QRegularExpression& cueRe()
{
    static const QRegularExpression re(
        uR"((?<ns>\b(?:not|nicht|never|nie|keine?)\s+(?:[\w-]+\s+){0,2}?(?:from|von|vom|by|durch|aus|originat\w*(?:\s+(?:from|in|at|von|aus))?)\b|\b(?:not|nicht)\s+(?:[\w-]+\s+){0,1}?(?:about|regarding|concerning|um|betreffend|bez(?:ü|ue)glich)\b|\b(?:not|nicht)\s*:?\s*$|\bnot\s+(?:the\s+)?(?:source|origin)\b|\bnicht\s+(?:die\s+|der\s+)?(?:quelle|ursprung)\b|\bother\s+than\b|\bau(?:ß|ss)er\b|\bexcept\b)|)"
        uR"((?<su>\bgegen\s+(?:sie|ihn|ihren?|den\s+inhaber\w*|die\s+inhaberin)\b|\bagainst\s+you\b|\bbeschuldigt\w*|\btatverd(?:ä|ae|a)cht\w*|\bverd(?:ä|ae|a)chtig\w*|\bsuspect\w*|\banschluss\w*)|)"
        uR"((?<vi>\b(?:destination|dest|dst|target|victim|opfer|ziel\w*|against|gegen|attacked|angegriffen\w*)(?:[_ -]?(?:ip|addr\w*|host|port|system|server))?\b|->|=>|→)|)"
        uR"((?<ow>\b(?:our|unser\w*)\s+(?:[\w-]+\s+){0,3}?(?:server|host|system|mail\s?server|mx|honeypot\w*|network|netz|website|webseite|webshop|machine|rechner|firewall|ip|address|adresse)\b)|)"
        uR"((?<so>\b(?:from|von|vom|source|src|quelle|origin\w*|originat\w*|attacker|angreif\w*|sender|absender|client|remote|rip|by|durch|(?<!\w)über|ueber|via|using|mittels|(?:be)?nutz\w*|genutzt\w*|verwende\w*|used)(?:[_ -]?(?:ip|addr\w*|host|address|adresse))?\b))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct Cue
{
    AddressRole role = AddressRole::Unknown;
    qsizetype start = -1;
    QString text;
};

// All cues in [from, to) of `text`, in order.
QList<Cue> cuesIn(const QString& text, qsizetype from, qsizetype to)
{
    QList<Cue> cues;
    if (to <= from)
        return cues;
    auto it = cueRe().globalMatch(QStringView(text).left(to), from);
    while (it.hasNext()) {
        const auto m = it.next();
        Cue c;
        c.start = m.capturedStart();
        c.text = m.captured(0).simplified();
        if (m.capturedLength(u"ns") > 0)
            c.role = AddressRole::NotSource;
        else if (m.capturedLength(u"su") > 0)
            c.role = AddressRole::Suspect;
        else if (m.capturedLength(u"vi") > 0)
            c.role = AddressRole::Victim;
        else if (m.capturedLength(u"ow") > 0)
            c.role = AddressRole::Own;
        else
            c.role = AddressRole::Source;
        cues.append(c);
    }
    return cues;
}

qsizetype lineStartAt(const QString& text, qsizetype pos)
{
    qsizetype i = pos;
    while (i > 0 && text[i - 1] != u'\n' && pos - i < kMaxLine)
        --i;
    return i;
}

enum class LineKind
{
    Blank,
    Structured, // a table row, JSON, a bullet, "key: value", tab-separated
    Stamped,    // starts with a date or clock time: a log line, unless prose wrapped there
    Ambiguous,  // starts with another number or an address
    Prose
};

bool isAsciiDigitAt(QStringView s, qsizetype i)
{
    return i < s.size() && s[i] >= u'0' && s[i] <= u'9';
}

// The line begins with a date or clock time: "2026-02-10", "10.02.2026", "02/10/2026",
// "04:11", "10/Feb/2026:", "Feb  3 04:11".
bool startsWithStamp(QStringView line)
{
    qsizetype digits = 0;
    while (isAsciiDigitAt(line, digits))
        ++digits;
    if (digits == 4)
        return line.size() > 7 && line[4] == u'-' && isAsciiDigitAt(line, 5) &&
               isAsciiDigitAt(line, 6) && line[7] == u'-';
    if (digits == 1 || digits == 2) {
        if (digits >= line.size())
            return false;
        const QChar sep = line[digits];
        if (sep == u':')
            return isAsciiDigitAt(line, digits + 1) && isAsciiDigitAt(line, digits + 2);
        if (sep == u'.' || sep == u'/') {
            if (sep == u'/' && digits + 1 < line.size() && line[digits + 1].isUpper())
                return true; // Apache "10/Feb/2026"
            qsizetype j = digits + 1;
            qsizetype second = 0;
            while (isAsciiDigitAt(line, j + second))
                ++second;
            j += second;
            return (second == 1 || second == 2) && j < line.size() && line[j] == sep &&
                   isAsciiDigitAt(line, j + 1) && isAsciiDigitAt(line, j + 2);
        }
        return false;
    }
    static constexpr QStringView kMonths[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                              u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    if (digits == 0 && line.size() > 4) {
        for (QStringView m : kMonths) {
            if (line.startsWith(m)) {
                qsizetype j = 3;
                if (line[j] != u' ')
                    return false;
                while (j < line.size() && line[j] == u' ')
                    ++j;
                return isAsciiDigitAt(line, j);
            }
        }
    }
    return false;
}

// "key: value" or "key=value": a letter, up to 30 name characters, ':' or '=' and a space.
bool startsWithKey(QStringView line)
{
    if (line.isEmpty() ||
        !((line[0] >= u'a' && line[0] <= u'z') || (line[0] >= u'A' && line[0] <= u'Z')))
        return false;
    for (qsizetype i = 1; i < line.size() && i <= 31; ++i) {
        const QChar c = line[i];
        if (c == u':' || c == u'=') {
            if (i + 1 >= line.size() || !line[i + 1].isSpace())
                return false;
            // A value is short; "For your information: our sensors saw ..." is prose.
            return line.sliced(i + 1).trimmed().count(u' ') < 5;
        }
        if (!(c.isLetterOrNumber() || c == u'_' || c == u' ' || c == u'.' || c == u'(' ||
              c == u')' || c == u'/' || c == u'-'))
            return false;
    }
    return false;
}

LineKind kindOf(const QString& text, qsizetype start)
{
    qsizetype i = start;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    if (i >= text.size() || text[i] == u'\n' || text[i] == u'\r')
        return LineKind::Blank;
    const QChar c = text[i];
    if (c == u'|' || c == u'{' || c == u'"' || c == u'[' || c == u'<' || c == u'-' || c == u'*' ||
        c == u'=' || c == u'+')
        return LineKind::Structured;
    // Only the first kMaxLine characters are read: searching the whole line for its end
    // made a line of 40 000 addresses quadratic (issue 19).
    const QStringView head = QStringView(text).sliced(i, std::min(text.size() - i, kMaxLine));
    qsizetype end = head.indexOf(u'\n');
    if (end < 0)
        end = head.size();
    const QStringView line = head.first(end);
    if (startsWithStamp(line))
        return LineKind::Stamped;
    // CSV rows, with commas or (German spreadsheets) semicolons between the cells.
    if (startsWithKey(line) || line.contains(u'\t') || line.contains(u'|') ||
        ((line.count(u',') >= 2 || line.count(u';') >= 2) && !line.contains(u' ')))
        return LineKind::Structured;
    return c.isDigit() ? LineKind::Ambiguous : LineKind::Prose;
}

// A line that is a log line, a table row, JSON or a "key: value" pair rather than prose
// wrapped across lines: a line starting with a number is prose when the line before
// it is prose that has not ended its sentence ("... the first hit was at\n2026-02-21").
bool structuredLine(const QString& text, qsizetype start)
{
    const LineKind kind = kindOf(text, start);
    if (kind == LineKind::Prose)
        return false;
    if (kind == LineKind::Blank || kind == LineKind::Structured)
        return true;
    if (start >= 2 && text[start - 2] != u'\n') {
        const qsizetype previous = lineStartAt(text, start - 1);
        const LineKind before = kindOf(text, previous);
        qsizetype last = start - 2;
        while (last > previous &&
               (text[last] == u' ' || text[last] == u'\t' || text[last] == u'\r'))
            --last;
        const QChar end = text[last];
        if ((before == LineKind::Prose || before == LineKind::Ambiguous) && end != u'.' &&
            end != u':' && end != u'!' && end != u'?')
            return false;
    }
    return true;
}

// One table: its delimiter and the role of each column (by index, or by the
// character position where the column starts for tables aligned with spaces).
struct Table
{
    QChar delimiter; // '|', '\t', ',', ';' or ' ' (aligned)
    QList<QString> names;
    QList<AddressRole> roles;
    QList<qsizetype> starts; // aligned tables: column start offsets in the line
};

AddressRole columnRole(const QString& cell)
{
    static const QRegularExpression victim(
        uR"(\b(?:destination|dest|dst|target|ziel\w*|victim|opfer|to|nach|local|lip)(?:[_ -]?(?:ip|addr\w*|host|port))?\b|^(?:d|dst|dest)(?:[_ -]?ip)?$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression source(
        uR"(\b(?:source|src|quelle|from|von|attacker|angreifer\w*|origin\w*|client|remote|rip|offender|offending)(?:[_ -]?(?:ip|addr\w*|host|port))?\b|^(?:s|src)(?:[_ -]?ip)?$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString c = cell.trimmed();
    if (source.match(c).hasMatch())
        return AddressRole::Source;
    if (victim.match(c).hasMatch())
        return AddressRole::Victim;
    return AddressRole::Unknown;
}

QStringList splitCells(QStringView line, QChar delimiter)
{
    QStringList cells;
    for (const QStringView cell : line.split(delimiter))
        cells.append(cell.toString().remove(u'"').trimmed());
    return cells;
}

// A header row: no address, cells split by one delimiter, at least one column with a role.
std::optional<Table> headerOf(QStringView line)
{
    if (line.size() > kMaxLine)
        return std::nullopt;
    Table t;
    for (QChar d : {u'|', u'\t', u';', u','}) {
        if (line.count(d) >= 1 + (d == u'|' ? 1 : 0)) {
            t.delimiter = d;
            t.names = splitCells(line, d);
            break;
        }
    }
    if (t.delimiter.isNull()) {
        static const QRegularExpression cell(uR"(\S+(?: \S+)*)"_s);
        auto it = cell.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            t.names.append(m.captured(0));
            t.starts.append(m.capturedStart());
        }
        if (t.names.size() < 2)
            return std::nullopt;
        t.delimiter = u' ';
    }
    bool any = false;
    for (const QString& n : std::as_const(t.names)) {
        // Column names are short: a longer cell is prose with a comma in it.
        if (n.size() > 40 || n.count(u' ') > 3)
            return std::nullopt;
        const AddressRole r = columnRole(n);
        t.roles.append(r);
        any = any || r != AddressRole::Unknown;
    }
    if (!any || t.names.size() < 2)
        return std::nullopt;
    return t;
}

// Where the cells of a delimited row end: the offsets of its delimiters outside quotes.
// Computed once per row, so that finding the column of each address on it is a binary
// search, not a scan from the row's start (a line of 20 000 addresses under a header with
// a comma was quadratic, issue 19).
QList<qsizetype> cellEnds(const Table& table, QStringView line)
{
    QList<qsizetype> ends;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (line[i] == table.delimiter && !quoted)
            ends.append(i);
    }
    return ends;
}

// The column of `pos` (an offset into the row) in a row of `table`: -1 when it does not
// fit. `ends` are the row's cellEnds (unused for tables aligned with spaces).
int columnOf(const Table& table, const QList<qsizetype>& ends, qsizetype pos)
{
    if (table.delimiter == u' ') {
        // The columns' starts are in order: a binary search, not a scan per address (a
        // line of 20 000 addresses read as a table was quadratic, issue 19).
        const auto after = std::upper_bound(table.starts.cbegin(), table.starts.cend(), pos + 2);
        return int(after - table.starts.cbegin()) - 1;
    }
    const int column = int(std::lower_bound(ends.cbegin(), ends.cend(), pos) - ends.cbegin());
    return column < table.names.size() ? column : -1;
}

bool onlyListSeparators(QStringView between)
{
    static const QRegularExpression re(
        uR"(^[\s,;/&()\[\]]*(?:and|und|or|oder|sowie|as well as)?[\s,;/&()\[\]]*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(between).hasMatch();
}

// "X -> Y", "X:port => Y": X is the source.
bool arrowFollows(const QString& text, qsizetype end)
{
    qsizetype i = end;
    if (i < text.size() && text[i] == u':') {
        ++i;
        while (i < text.size() && text[i].isDigit())
            ++i;
    }
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    const QStringView rest = QStringView(text).sliced(i, std::min<qsizetype>(2, text.size() - i));
    return rest.startsWith(u"->") || rest.startsWith(u"=>") || rest.startsWith(u"→");
}

// A verb of attack between a source address and the next one ("scanning", "attacked").
QString attackVerbBetween(const QString& text, qsizetype from, qsizetype to)
{
    if (to - from < 4)
        return {};
    static const QRegularExpression verb(
        uR"(\b(?:scann(?:ing|ed)|scans|prob(?:ing|ed)|attack(?:ing|ed|s)|target(?:ing|ed|s)|hitting|flood(?:ing|ed)|griff\s+\w+\s+an|scannte|angegriffen)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = verb.match(QStringView(text).left(to), from);
    return m.hasMatch() ? m.captured(0) : QString();
}

// "..., it was not involved", "(not the source)", "war nicht beteiligt" right after an address.
QString denialAfter(const QString& text, qsizetype end)
{
    static const QRegularExpression denial(
        uR"(\G[^\n.]{0,25}?\b(?:(?:was|is|were|are|has\s+been)\s+not\s+(?:involved|the\s+source|responsible|the\s+origin)|not\s+the\s+source|(?:war|ist)\s+nicht\s+(?:beteiligt|die\s+quelle|verantwortlich))\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype stop = std::min(text.size(), end + 80);
    const auto m = denial.match(QStringView(text).left(stop), end);
    return m.hasMatch() ? m.captured(0).simplified() : QString();
}

} // namespace

const char* addressRoleId(AddressRole role)
{
    return kRoleIds[static_cast<int>(role)];
}

std::pair<qsizetype, qsizetype> AddressRoleFinder::sentenceAround(const QString& text,
                                                                  qsizetype pos)
{
    const qsizetype n = text.size();
    const qsizetype lineStart = lineStartAt(text, pos);
    const bool structured = structuredLine(text, lineStart);
    qsizetype start = pos;
    while (start > 0 && pos - start < kMaxSentence) {
        const QChar c = text[start - 1];
        if (c == u'\n') {
            if (structured || start < 2 || text[start - 2] == u'\n' ||
                structuredLine(text, lineStartAt(text, start - 1)))
                break;
        } else if ((c == u' ' || c == u'\t') && start >= 2 &&
                   (text[start - 2] == u'.' || text[start - 2] == u'!' || text[start - 2] == u'?' ||
                    text[start - 2] == u';')) {
            break;
        }
        --start;
    }
    qsizetype end = pos;
    while (end < n && end - pos < kMaxSentence) {
        const QChar c = text[end];
        if (c == u'\n') {
            if (structured || end + 1 >= n || text[end + 1] == u'\n' ||
                structuredLine(text, end + 1))
                break;
        } else if ((c == u'.' || c == u'!' || c == u'?' || c == u';') &&
                   (end + 1 >= n || text[end + 1].isSpace())) {
            ++end;
            break;
        }
        ++end;
    }
    return {start, end};
}

QList<RoledAddress> AddressRoleFinder::find(const QString& text,
                                            const QList<AddressMention>& mentions,
                                            const QList<qsizetype>* lineStarts)
{
    QList<RoledAddress> out;
    if (mentions.isEmpty())
        return out;

    // Line starts and the table header in force on each line with an address.
    QList<qsizetype> ownStarts;
    if (!lineStarts) {
        ownStarts.append(0);
        for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
            ownStarts.append(i + 1);
    }
    const QList<qsizetype>& starts = lineStarts ? *lineStarts : ownStarts;
    const auto lineOf = [&starts](qsizetype pos) {
        return int(std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin()) - 1;
    };
    // The header row in force on each line with an address: the nearest line above it in
    // its block (no blank line between) that is neither a row with an address nor a rule.
    // Each line is looked at once: the search back stops at the previous address line.
    static const QRegularExpression rule(uR"(^[\s\-=+|:_]+$)"_s);
    const auto lineView = [&](int l) {
        const qsizetype s = starts[l];
        const qsizetype e = l + 1 < starts.size() ? starts[l + 1] - 1 : text.size();
        return QStringView(text).sliced(s, e - s);
    };
    QHash<int, Table> tableOfLine;
    QHash<int, std::optional<Table>> headers; // by header line
    int lastAddressLine = -1;
    int lastCandidate = -1;
    for (const AddressMention& m : mentions) {
        const int l = lineOf(m.start);
        if (l == lastAddressLine)
            continue;
        int candidate = -1;
        bool stopped = false;
        int k = l - 1;
        for (; k > lastAddressLine && k >= 0 && l - k <= 200; --k) {
            const QStringView line = lineView(k);
            if (line.trimmed().isEmpty() || line.size() > kMaxLine) {
                stopped = true;
                break;
            }
            if (rule.match(line).hasMatch())
                continue;
            candidate = k;
            stopped = true;
            break;
        }
        if (!stopped && k == lastAddressLine && lastAddressLine >= 0)
            candidate = lastCandidate; // only rules or nothing since the last row
        lastAddressLine = l;
        lastCandidate = candidate;
        if (candidate < 0)
            continue;
        auto h = headers.find(candidate);
        if (h == headers.end()) {
            const QStringView line = lineView(candidate);
            const bool delimited = line.contains(u'|') || line.contains(u'\t') ||
                                   line.contains(u',') || line.contains(u';') ||
                                   line.contains(u"  ");
            h = headers.insert(candidate, delimited ? headerOf(line) : std::nullopt);
        }
        if (*h)
            tableOfLine.insert(l, **h);
    }

    QSet<qsizetype> consumed; // cue positions that already decided an address
    int cellEndsLine = -1;    // the table row whose cell ends are in rowCellEnds
    QList<qsizetype> rowCellEnds;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const AddressMention& m = mentions[i];
        RoledAddress r;
        r.mention = m;
        r.line = lineOf(m.start);
        const auto [sStart, sEnd] = sentenceAround(text, m.start);
        r.sentenceStart = sStart;
        r.sentenceEnd = sEnd;

        // 1. A table column.
        if (const auto t = tableOfLine.constFind(r.line); t != tableOfLine.constEnd()) {
            const qsizetype ls = starts[r.line];
            const qsizetype le = r.line + 1 < starts.size() ? starts[r.line + 1] - 1 : text.size();
            if (r.line != cellEndsLine) {
                cellEndsLine = r.line;
                rowCellEnds = cellEnds(*t, QStringView(text).sliced(ls, le - ls));
            }
            const int column = columnOf(*t, rowCellEnds, m.start - ls);
            if (column >= 0 && column < t->roles.size() &&
                t->roles[column] != AddressRole::Unknown) {
                r.role = t->roles[column];
                r.structure = u"column \"%1\""_s.arg(t->names[column]);
                out.append(r);
                continue;
            }
        }

        // 2. The cues between the previous address of the sentence (or its start) and this one.
        const RoledAddress* previous =
            !out.isEmpty() && out.last().mention.end > sStart && out.last().mention.end <= m.start
                ? &out.last()
                : nullptr;
        // The cue that decides stands close before the address.
        const qsizetype windowStart =
            std::max(previous ? previous->mention.end : sStart, m.start - kMaxCueDistance);
        const QList<Cue> cues = cuesIn(text, windowStart, m.start);
        if (!cues.isEmpty()) {
            const Cue& c = cues.last();
            r.role = c.role;
            r.structure = u"\"%1\""_s.arg(c.text);
            consumed.insert(c.start);
        } else if (previous && onlyListSeparators(
                                   QStringView(text).sliced(windowStart, m.start - windowStart))) {
            r.role = previous->role; // "from X and Y"
            r.structure = previous->structure;
        } else if (const QString verb = attackVerbBetween(text, windowStart, m.start);
                   previous && isOffendingRole(previous->role) && !verb.isEmpty()) {
            // "X scanning the internet, including your host Y": Y is the object.
            r.role = AddressRole::Victim;
            r.structure = u"object of \"%1\""_s.arg(verb);
        } else if (arrowFollows(text, m.end)) {
            r.role = AddressRole::Source;
            r.structure = u"\"->\""_s;
        } else if (previous) {
            // "the source of the attack on X was Y": a cue not taken by an address between.
            const QList<Cue> earlier = cuesIn(text, sStart, windowStart);
            for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
                if (!consumed.contains(it->start)) {
                    r.role = it->role;
                    r.structure = u"\"%1\""_s.arg(it->text);
                    consumed.insert(it->start);
                    break;
                }
            }
        }
        // "your exit 192.0.2.140; it was not involved": a denial right after the address.
        if (isOffendingRole(r.role)) {
            if (const QString denial = denialAfter(text, m.end); !denial.isEmpty()) {
                r.role = AddressRole::NotSource;
                r.structure = u"\"%1\""_s.arg(denial);
            }
        }
        out.append(r);
    }
    return out;
}

} // namespace mixdesk
