#include "analysis/text/WhitespaceWords.h"

#include "util/Utf16Validity.h"

namespace mixdesk {

QStringList whitespaceSeparatedWords(const QString& text)
{
    if (!isValidUtf16(text))
        return text.isEmpty() ? QStringList() : QStringList{text};
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u' ' || (c >= u'\t' && c <= u'\r')) {
            if (start >= 0)
                words.append(text.mid(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (start >= 0)
        words.append(text.mid(start));
    return words;
}

} // namespace mixdesk
