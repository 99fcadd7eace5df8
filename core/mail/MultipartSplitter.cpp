#include "mail/MultipartSplitter.h"

namespace mixdesk {

std::optional<QList<MultipartSplitter::Part>> MultipartSplitter::split(QByteArrayView data,
                                                                       qsizetype begin,
                                                                       qsizetype end,
                                                                       QByteArrayView boundary)
{
    if (boundary.isEmpty() || boundary.contains('\n') || boundary.contains('\r') || begin < 0 ||
        begin > end || end > data.size())
        return std::nullopt;
    // A boundary counts only when it ends inside the body.
    const QByteArrayView body = data.first(end);
    QList<Part> parts;
    qsizetype partBegin = -1; // after the first delimiter line: no part before it (preamble)
    for (qsizetype at = body.indexOf(boundary, begin); at >= 0;
         at = body.indexOf(boundary, at + 1)) {
        qsizetype dashes = at; // where "--" ends
        while (dashes > 0 && (data[dashes - 1] == ' ' || data[dashes - 1] == '\t'))
            --dashes;
        // A delimiter line begins with "--"; elsewhere the boundary is only text.
        if (dashes < 3 || data.sliced(dashes - 3, 3) != "\n--")
            continue;
        if (dashes != at)
            return std::nullopt; // blanks between "--" and the boundary: vmime skips them
        const qsizetype after = at + boundary.size();
        if (after >= end)
            return std::nullopt;
        // The line break before the delimiter belongs to the delimiter.
        qsizetype lineBegin = dashes - 3;
        if (lineBegin > 0 && data[lineBegin - 1] == '\r')
            --lineBegin;
        const char next = data[after];
        if (next == '-') {
            if (after + 1 >= end || data[after + 1] != '-')
                return std::nullopt;
            // The close delimiter: what follows is the epilogue.
            if (partBegin < 0 || lineBegin <= partBegin)
                return std::nullopt;
            parts.append({partBegin, lineBegin});
            return parts;
        }
        if (next != '\r' && next != '\n')
            continue; // a longer word that begins with the boundary
        qsizetype lineEnd = after + 1;
        if (next == '\r') {
            if (lineEnd >= end || data[lineEnd] != '\n')
                return std::nullopt;
            ++lineEnd;
        }
        if (partBegin >= 0) {
            if (lineBegin <= partBegin)
                return std::nullopt;
            parts.append({partBegin, lineBegin});
        }
        partBegin = lineEnd;
        at = lineEnd - 1;
    }
    return std::nullopt; // no close delimiter: vmime makes the rest a part
}

} // namespace mixdesk
