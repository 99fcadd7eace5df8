#include "analysis/offending/HeaderBlockScanner.h"

#include "util/LineEnds.h"

#include <QRegularExpression>

namespace mixdesk {
namespace {

struct Line
{
    QString content; // quote prefix removed, leading whitespace kept
    int depth = 0;
    int indent = 0; // leading whitespace of content (tab counts 8)
    bool blank = true;
};

int indentOf(const QString& s)
{
    int n = 0;
    for (QChar c : s) {
        if (c == u' ')
            ++n;
        else if (c == u'\t')
            n += 8;
        else
            break;
    }
    return n;
}

// A Received value is complete once it carries "; <date>".
bool receivedHasDate(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral("\\;\\s*(?:[A-Za-z]{3},?\\s*)?\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{2,4}"));
    return re.match(value).hasMatch();
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The length of the field name when `line` starts like a header field
// ("Name:" then white space or the end; what ^[A-Za-z][A-Za-z0-9_-]{0,62}:(?:[ \t]|$)
// matches), else -1. By hand: it runs on every line of every text part.
qsizetype headerNameLength(QStringView line)
{
    if (line.isEmpty() || !isAsciiLetter(line[0]))
        return -1;
    qsizetype i = 1;
    while (i < line.size() && i < 63 &&
           (isAsciiLetter(line[i]) || (line[i] >= u'0' && line[i] <= u'9') || line[i] == u'_' ||
            line[i] == u'-'))
        ++i;
    if (i >= line.size() || line[i] != u':')
        return -1;
    if (i + 1 < line.size() && line[i + 1] != u' ' && line[i + 1] != u'\t')
        return -1;
    return i;
}

// Lines that separate pasted blocks ("--- hit 2 of 25 ---", "=== Sample 2 ===",
// "[ Offending message ]"), never a wrapped header value: what
// ^(?:[-=*_#~]{2,}|\[[^\]\d]*\]$|\[ ) matches, or an empty line.
bool looksLikeSeparator(const QString& trimmed)
{
    if (trimmed.size() < 2)
        return trimmed.isEmpty();
    const auto rule = [](QChar c) {
        return c == u'-' || c == u'=' || c == u'*' || c == u'_' || c == u'#' || c == u'~';
    };
    if (rule(trimmed[0]) && rule(trimmed[1]))
        return true;
    if (trimmed[0] != u'[')
        return false;
    if (trimmed[1] == u' ')
        return true;
    // "[label]" as the whole line, without digits or a "]" inside.
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c == u']')
            return i == trimmed.size() - 1;
        if (c >= u'0' && c <= u'9')
            return false;
    }
    return false;
}

} // namespace

QString TextHeaderBlock::header(QStringView name) const
{
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QStringList TextHeaderBlock::values(QStringView name) const
{
    QStringList list;
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            list.append(h.value);
    }
    return list;
}

bool TextHeaderBlock::has(QStringView name) const
{
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HeaderBlockScanner::stripQuote(const QString& line, int* depth)
{
    int pos = 0;
    int d = 0;
    const int n = int(line.size());
    while (true) {
        int j = pos;
        while (j < n && (line[j] == u' ' || line[j] == u'\t'))
            ++j;
        if (j < n && line[j] == u'>') {
            ++d;
            pos = j + 1;
        } else {
            break;
        }
    }
    if (d > 0 && pos < n && line[pos] == u' ')
        ++pos;
    if (depth)
        *depth = d;
    return d > 0 ? line.mid(pos) : line;
}

bool HeaderBlockScanner::isSeparator(const QString& trimmed)
{
    return !trimmed.isEmpty() && looksLikeSeparator(trimmed);
}

bool HeaderBlockScanner::isHeaderLine(const QString& line)
{
    return headerNameLength(line) > 0;
}

QList<TextHeaderBlock> HeaderBlockScanner::scan(const QString& text, int minHeaders)
{
    return scanLines(normalizedLineEnds(text).split(u'\n'), minHeaders);
}

QList<TextHeaderBlock> HeaderBlockScanner::scanLines(const QStringList& rawLines, int minHeaders)
{
    QList<Line> lines;
    lines.reserve(rawLines.size());
    for (const QString& raw : rawLines) {
        Line l;
        l.content = stripQuote(raw, &l.depth);
        l.indent = indentOf(l.content);
        l.blank = l.content.trimmed().isEmpty();
        lines.append(l);
    }

    QList<TextHeaderBlock> blocks;
    const int count = int(lines.size());
    int i = 0;
    while (i < count) {
        const Line& start = lines[i];
        const QString head = start.content.trimmed();
        if (start.blank || !isHeaderLine(head)) {
            ++i;
            continue;
        }
        // Collect the block starting here.
        const int depth = start.depth;
        const int base = start.indent;
        TextHeaderBlock block;
        block.quoteDepth = depth;
        block.firstLine = i;
        QStringList rawText;
        QString name;
        QString value;
        auto flush = [&]() {
            if (!name.isEmpty()) {
                const QString v = value.simplified();
                block.headers.append(MailHeader{name, v, v});
            }
            name.clear();
            value.clear();
        };
        int j = i;
        for (; j < count; ++j) {
            const Line& l = lines[j];
            if (l.blank || l.depth != depth)
                break;
            const QString trimmed = l.content.trimmed();
            if (l.indent <= base && isHeaderLine(trimmed)) {
                flush();
                const qsizetype nameLength = headerNameLength(trimmed);
                name = trimmed.left(nameLength);
                value = trimmed.mid(nameLength + 1);
            } else if (l.indent > base) {
                value += u' ' + trimmed; // folded continuation
            } else if (l.indent < base) {
                break;
            } else {
                // Re-wrapped continuation without leading whitespace: accept it when
                // the block obviously goes on, or the Received value is incomplete.
                if (looksLikeSeparator(trimmed))
                    break;
                bool accept =
                    name.compare(u"Received", Qt::CaseInsensitive) == 0 && !receivedHasDate(value);
                if (!accept) {
                    int k = j + 1;
                    if (k < count && !lines[k].blank && lines[k].depth == depth &&
                        (lines[k].indent > base ||
                         (lines[k].indent == base && isHeaderLine(lines[k].content.trimmed()))))
                        accept = true;
                }
                if (!accept)
                    break;
                value += u' ' + trimmed;
            }
            rawText.append(l.content);
        }
        flush();
        block.lastLine = j - 1;
        block.rawText = rawText.join(u'\n');
        if (block.headers.size() >= minHeaders)
            blocks.append(block);
        i = std::max(j, i + 1);
    }
    return blocks;
}

} // namespace mixdesk
