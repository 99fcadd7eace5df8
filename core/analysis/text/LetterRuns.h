#pragma once

#include "util/Utf16Block.h"

#include <QString>
#include <QStringView>

#include <bit>

namespace mixdesk {

// Calls `word` for each run of letters in `text` (what \p{L}+ matches), in order.
// Hand-written because a regular expression per line, and a QString per word, made
// the language guess one of the hottest spots of the import; blocks of ASCII, most
// of a notice, are classified eight characters at a time.
template <typename F> void forEachLetterRun(const QString& text, F&& word)
{
    const auto* data = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype size = text.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i < size;) {
        if (i + Utf16Block::kSize <= size) {
            const Utf16Block block(data + i);
            if (block.inRange(0, 0x7F) == 0xFF) {
                const unsigned letters = block.inRange(u'A', u'Z') | block.inRange(u'a', u'z');
                // Where a unit is a letter and the one before is not, or the reverse.
                unsigned changes = (letters ^ ((letters << 1) | (start >= 0 ? 1u : 0u))) & 0xFF;
                for (; changes; changes &= changes - 1) {
                    const qsizetype at = i + std::countr_zero(changes);
                    if (start < 0) {
                        start = at;
                    } else {
                        word(QStringView(data + start, at - start));
                        start = -1;
                    }
                }
                i += Utf16Block::kSize;
                continue;
            }
        }
        char32_t c = data[i];
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            width = 2;
        }
        if (QChar::isLetter(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            word(QStringView(data + start, i - start));
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        word(QStringView(data + start, size - start));
}

} // namespace mixdesk
