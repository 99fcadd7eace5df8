#include "analysis/text/WordStartMatcher.h"

#include "analysis/text/LiteralScanner.h"
#include "util/Utf16Block.h"
#include "util/Utf16Validity.h"

#include <bit>
#include <optional>

namespace mixdesk {
namespace {

// PCRE's \w without Unicode properties, which QRegularExpression leaves off.
bool isAsciiWord(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

// PCRE's \s without Unicode properties.
bool isPcreSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

char16_t foldChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return LiteralScanner::fold(c);
}

} // namespace

WordStartMatcher::WordStartMatcher(QRegularExpression re, const QStringList& prefixes,
                                   qsizetype reach)
    : m_re(std::move(re)), m_reach(reach)
{
    for (const QString& prefix : prefixes) {
        std::u16string folded;
        for (const QChar c : prefix)
            folded.push_back(foldChar(c.unicode()));
        Q_ASSERT(isAsciiWord(folded.front())); // else no word could start with it
        Q_ASSERT(folded.size() > 1);
        m_prefixesByFirst[folded.front()].push_back(folded);
        const char16_t second = folded[1];
        if (second == u' ' || second >= 128)
            m_secondsByFirst[folded.front()].set(); // any
        else
            m_secondsByFirst[folded.front()].set(second);
    }
    for (char16_t c = 0; c < 128; ++c) {
        m_classes[c] = !isAsciiWord(c)                          ? NotWord
                       : m_prefixesByFirst[foldChar(c)].empty() ? Word
                                                                : PrefixStart;
    }
}

bool WordStartMatcher::startsWithPrefix(const QString& text, qsizetype at) const
{
    // text[at] starts a word, so it is ASCII.
    const char16_t first = foldChar(text[at].unicode());
    if (at + 1 >= text.size())
        return false; // every prefix has a second character
    const char16_t second = foldChar(text[at + 1].unicode());
    if (second < 128 ? !m_secondsByFirst[first].test(second) : !m_secondsByFirst[first].all())
        return false;
    for (const std::u16string& prefix : m_prefixesByFirst[first]) {
        qsizetype t = at + 1;
        size_t p = 1;
        for (; p < prefix.size() && t < text.size(); ++p) {
            if (prefix[p] == u' ') {
                if (!isPcreSpace(text[t].unicode()))
                    break;
                while (t < text.size() && isPcreSpace(text[t].unicode()))
                    ++t;
            } else if (foldChar(text[t].unicode()) == prefix[p]) {
                ++t;
            } else {
                break;
            }
        }
        if (p == prefix.size())
            return true;
    }
    return false;
}

qsizetype WordStartMatcher::nextCandidate(const QString& text, qsizetype from) const
{
    // This loop sees every character of the text: blocks of them are classified at
    // once, and only the word starts among them looked at one by one.
    const auto* chars = reinterpret_cast<const char16_t*>(text.constData());
    const auto classOf = [this](char16_t c) { return c < 128 ? m_classes[c] : NotWord; };
    bool inWord = from > 0 && classOf(chars[from - 1]) != NotWord;
    qsizetype i = from;
    for (; i + Utf16Block::kSize <= text.size(); i += Utf16Block::kSize) {
        const Utf16Block block(chars + i);
        const unsigned word = block.inRange(u'a', u'z') | block.inRange(u'A', u'Z') |
                              block.inRange(u'0', u'9') | block.inRange(u'_', u'_');
        for (unsigned starts = word & ~((word << 1) | (inWord ? 1u : 0u)) & 0xFF; starts;
             starts &= starts - 1) {
            const qsizetype at = i + std::countr_zero(starts);
            if (m_classes[chars[at]] == PrefixStart && startsWithPrefix(text, at))
                return at;
        }
        inWord = (word & 0x80) != 0;
    }
    for (; i < text.size(); ++i) {
        const CharClass c = classOf(chars[i]);
        if (c == PrefixStart && !inWord && startsWithPrefix(text, i))
            return i;
        inWord = c != NotWord;
    }
    return -1;
}

QRegularExpressionMatch WordStartMatcher::matchAt(const QString& text, qsizetype at,
                                                  bool validText) const
{
    const auto unchecked = QRegularExpression::DontCheckSubjectStringMatchOption;
    if (m_reach < 0) {
        // Anchored at one position, PCRE's interpreter decides at once; an unanchored
        // search would run on through the rest of the text.
        return m_re.match(text, at, QRegularExpression::NormalMatch,
                          QRegularExpression::AnchorAtOffsetMatchOption |
                              (validText ? unchecked : QRegularExpression::NoMatchOption));
    }
    // PCRE tries `at` first, and a match there reads no further than the view's end
    // (which must not split a surrogate pair to skip PCRE's check).
    const QStringView view = QStringView(text).left(std::min(text.size(), at + m_reach));
    const bool valid = validText && !view.back().isHighSurrogate();
    auto m = m_re.match(view, at, QRegularExpression::NormalMatch,
                        valid ? unchecked : QRegularExpression::NoMatchOption);
    return m.hasMatch() && m.capturedStart() == at ? m : QRegularExpressionMatch();
}

QList<QRegularExpressionMatch> WordStartMatcher::matches(const QString& text) const
{
    QList<QRegularExpressionMatch> found;
    std::optional<bool> valid; // asked at the first candidate: most texts have none
    qsizetype from = 0;
    while (from <= text.size()) {
        const qsizetype candidate = nextCandidate(text, from);
        if (candidate < 0)
            break;
        if (!valid)
            valid = isValidUtf16(text);
        auto m = matchAt(text, candidate, *valid);
        if (!m.hasMatch()) {
            from = candidate + 1;
            continue;
        }
        // Like globalMatch, go on after the match (past an empty one).
        from = std::max(m.capturedEnd(), candidate + 1);
        found.append(std::move(m));
    }
    return found;
}

} // namespace mixdesk
