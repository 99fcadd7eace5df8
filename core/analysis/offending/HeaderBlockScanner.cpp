#include "analysis/offending/HeaderBlockScanner.h"

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

// Lines that separate pasted blocks ("--- hit 2 of 25 ---", "=== Sample 2 ===",
// "[ Offending message ]"), never a wrapped header value.
bool looksLikeSeparator(const QString& trimmed)
{
    static const QRegularExpression re(QStringLiteral("^(?:[-=*_#~]{2,}|\\[[^\\]\\d]*\\]$|\\[ )"));
    return trimmed.isEmpty() || re.match(trimmed).hasMatch();
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

QString HeaderBlockScanner::normalizeLineEnds(const QString& text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(u'\r', u'\n');
    return out;
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
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,62}:(?:[ \\t]|$)"));
    return re.match(line).hasMatch();
}

QList<TextHeaderBlock> HeaderBlockScanner::scan(const QString& text, int minHeaders)
{
    const QStringList rawLines = normalizeLineEnds(text).split(u'\n');
    QList<Line> lines;
    lines.reserve(rawLines.size());
    for (const QString& raw : rawLines) {
        Line l;
        l.content = stripQuote(raw, &l.depth);
        l.indent = indentOf(l.content);
        l.blank = l.content.trimmed().isEmpty();
        lines.append(l);
    }

    static const QRegularExpression nameRe(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]{0,62}):"));
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
                const auto m = nameRe.match(trimmed);
                name = m.captured(1);
                value = trimmed.mid(m.capturedLength());
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
