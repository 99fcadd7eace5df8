#include "mail/FlowedText.h"

#include <QStringList>

namespace mixdesk::FlowedText {

namespace {

int quoteDepth(QStringView line)
{
    int depth = 0;
    while (depth < line.size() && line[depth] == u'>')
        ++depth;
    return depth;
}

} // namespace

QString unflow(const QString& text, bool delSp)
{
    const QStringList lines = text.split(u'\n');
    QString out;
    out.reserve(text.size());
    QString paragraph;
    int paragraphDepth = -1;

    auto flush = [&out, &paragraph, &paragraphDepth] {
        if (paragraphDepth < 0)
            return;
        if (paragraphDepth > 0)
            out += QString(paragraphDepth, u'>') + u' ';
        out += paragraph;
        out += u'\n';
        paragraph.clear();
        paragraphDepth = -1;
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line(lines[i]);
        const int depth = quoteDepth(line);
        line = line.sliced(depth);
        if (line.startsWith(u' '))
            line = line.sliced(1); // space-stuffing
        if (paragraphDepth >= 0 && depth != paragraphDepth)
            flush(); // a change of quote depth ends a paragraph
        paragraphDepth = depth;
        const bool signatureSeparator = line == u"-- ";
        const bool soft = !signatureSeparator && line.endsWith(u' ');
        if (soft && delSp)
            paragraph += line.chopped(1);
        else
            paragraph += line;
        if (!soft)
            flush();
    }
    flush();
    // split() gave one more (empty) line for a trailing "\n" than there were lines.
    if (!text.endsWith(u'\n') && out.endsWith(u'\n'))
        out.chop(1);
    else if (text.endsWith(u'\n') && out.endsWith(u"\n\n"))
        out.chop(1);
    return out;
}

} // namespace mixdesk::FlowedText
