#include "util/Utf16Validity.h"

#include "util/Utf16Block.h"

namespace mixdesk {

bool isValidUtf16(QStringView text)
{
    const auto* units = reinterpret_cast<const char16_t*>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // Blocks without a surrogate half, nearly all text, need no closer look.
        if (i + Utf16Block::kSize <= size && Utf16Block(units + i).inRange(0xD800, 0xDFFF) == 0) {
            i += Utf16Block::kSize;
            continue;
        }
        const char16_t c = units[i];
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= size || !QChar::isLowSurrogate(units[i + 1]))
                return false;
            i += 2;
        } else if (QChar::isLowSurrogate(c)) {
            return false;
        } else {
            ++i;
        }
    }
    return true;
}

} // namespace mixdesk
