#include "util/LineEnds.h"

namespace mixdesk {

QString normalizedLineEnds(const QString& text)
{
    qsizetype cr = text.indexOf(u'\r');
    if (cr < 0)
        return text;
    QString out(text.size(), Qt::Uninitialized);
    QChar* to = out.data();
    const QChar* from = text.constData();
    const qsizetype size = text.size();
    qsizetype written = 0;
    for (qsizetype i = 0; i < size; ++i) {
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
