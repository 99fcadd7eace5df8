#include "mail/HeaderBlock.h"

#include "mail/ParseProblem.h"

#include <algorithm>

namespace mixdesk {

namespace {

constexpr int kMaxReportedBadLines = 10;

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 field name: printable ASCII except colon and space.
bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u > 126)
            return false;
    }
    return true;
}

} // namespace

HeaderBlock HeaderBlock::split(QByteArrayView data)
{
    HeaderBlock block;
    int badLines = 0;
    qsizetype pos = 0;
    const qsizetype size = data.size();
    bool first = true;
    bool inField = false; // whether continuation lines belong to a kept field

    while (pos < size) {
        qsizetype eol = data.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? size : eol + 1;
        if (eol < 0)
            eol = size;
        qsizetype end = eol;
        if (end > pos && data[end - 1] == '\r')
            --end;
        const QByteArrayView line = data.sliced(pos, end - pos);
        pos = next;

        if (line.isEmpty()) {
            block.bodyOffset = pos;
            break;
        }
        if (first && line.startsWith("From ")) {
            // mbox separator line left in front of a message.
            first = false;
            block.problems.append(ParseProblem::text(ParseProblem::kMboxFromLine));
            continue;
        }
        first = false;
        if (isWsp(line[0])) {
            if (std::all_of(line.begin(), line.end(), isWsp))
                block.hasBlankLine = true;
            if (inField) {
                // Unfolding removes only the line break; the whitespace stays.
                block.fields.last().value.append(line.data(), line.size());
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
        // Tolerate "Name :" (obsolete syntax) by trimming trailing blanks.
        while (!name.isEmpty() && isWsp(name.back()))
            name.chop(1);
        if (colon < 0 || !isFieldName(name)) {
            inField = false;
            if (++badLines <= kMaxReportedBadLines) {
                block.problems.append(ParseProblem::text(
                    ParseProblem::kLineWithoutColon,
                    {QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 80)))}));
            }
            continue;
        }
        RawHeaderField field;
        field.name = name.toByteArray();
        field.value = line.sliced(colon + 1).toByteArray();
        block.fields.append(std::move(field));
        inField = true;
    }
    if (pos >= size && block.bodyOffset == 0)
        block.bodyOffset = size;
    if (badLines > kMaxReportedBadLines)
        block.problems.append(ParseProblem::text(
            ParseProblem::kMoreMalformedLines, {QString::number(badLines - kMaxReportedBadLines)}));
    for (RawHeaderField& f : block.fields)
        f.value = f.value.trimmed();
    return block;
}

} // namespace mixdesk
