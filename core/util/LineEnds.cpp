#include "util/LineEnds.h"

#include <algorithm>

namespace mixdesk {

QString normalizedLineEnds(const QString& text)
{
    const qsizetype firstCr = text.indexOf(u'\r');
    if (firstCr < 0)
        return text;
    QString out(text.size(), Qt::Uninitialized);
    QChar* to = out.data();
    const QChar* from = text.constData();
    const qsizetype size = text.size();
    std::copy(from, from + firstCr, to); // what comes before the first CR stays
    qsizetype written = firstCr;
    for (qsizetype i = firstCr; i < size; ++i) {
        if (from[i] == u'\r') {
            to[written++] = u'\n';
            if (i + 1 < size && from[i + 1] == u'\n')
                ++i; // CRLF: one LF
        } else {
            to[written++] = from[i];
        }
    }
    out.truncate(written);
    return out;
}

} // namespace mixdesk
