#include "util/CaselessSearch.h"

#include <algorithm>

namespace mixdesk {
namespace {

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

// What Qt's case folding makes of a text character, where that is ASCII; other
// characters can equal no ASCII needle character, and stay as they are.
char16_t foldTowardsAscii(char16_t c)
{
    if (c < 0x80)
        return asciiLower(c);
    if (c == 0x017F) // long s
        return u's';
    if (c == 0x212A) // Kelvin sign
        return u'k';
    return c;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool matchesAt(QStringView text, qsizetype at, QStringView needle)
{
    for (qsizetype k = 0; k < needle.size(); ++k) {
        if (foldTowardsAscii(text[at + k].unicode()) != asciiLower(needle[k].unicode()))
            return false;
    }
    return true;
}

} // namespace

qsizetype indexOfCaseless(QStringView text, QStringView needle, qsizetype from)
{
    const bool ascii =
        std::all_of(needle.begin(), needle.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii || needle.isEmpty() || from < 0)
        return text.indexOf(needle, from, Qt::CaseInsensitive);
    const qsizetype last = text.size() - needle.size(); // the last possible start
    // A character without case (digit, '.', '@', ':') is found by Qt's vectorised
    // search; the rest of the needle is compared around it.
    const auto anchor = std::find_if(needle.begin(), needle.end(),
                                     [](QChar c) { return !isAsciiLetter(c.unicode()); });
    if (anchor != needle.end()) {
        const qsizetype offset = anchor - needle.begin();
        for (qsizetype at = text.indexOf(*anchor, from + offset); at >= 0 && at - offset <= last;
             at = text.indexOf(*anchor, at + 1)) {
            if (matchesAt(text, at - offset, needle))
                return at - offset;
        }
        return -1;
    }
    const char16_t first = asciiLower(needle[0].unicode());
    for (qsizetype at = from; at <= last; ++at) {
        if (foldTowardsAscii(text[at].unicode()) == first && matchesAt(text, at, needle))
            return at;
    }
    return -1;
}

} // namespace mixdesk
