#include "analysis/text/WordStartMatcher.h"

#include "analysis/text/LiteralScanner.h"

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

WordStartMatcher::WordStartMatcher(QRegularExpression re, const QStringList& prefixes)
    : m_re(std::move(re))
{
    for (const QString& prefix : prefixes) {
        std::u16string folded;
        for (const QChar c : prefix)
            folded.push_back(foldChar(c.unicode()));
        Q_ASSERT(isAsciiWord(folded.front())); // else no word could start with it
        m_prefixesByFirst[folded.front()].push_back(folded);
    }
}

bool WordStartMatcher::startsWithPrefix(const QString& text, qsizetype at) const
{
    // text[at] starts a word, so it is ASCII.
    for (const std::u16string& prefix : m_prefixesByFirst[foldChar(text[at].unicode())]) {
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
    bool inWord = from > 0 && isAsciiWord(text[from - 1].unicode());
    for (qsizetype i = from; i < text.size(); ++i) {
        const bool word = isAsciiWord(text[i].unicode());
        if (word && !inWord && startsWithPrefix(text, i))
            return i;
        inWord = word;
    }
    return -1;
}

QList<QRegularExpressionMatch> WordStartMatcher::matches(const QString& text) const
{
    QList<QRegularExpressionMatch> found;
    qsizetype from = 0;
    while (from <= text.size()) {
        const qsizetype candidate = nextCandidate(text, from);
        if (candidate < 0)
            break;
        // Anchored at one position, PCRE's interpreter decides at once; an unanchored
        // search would run on through the rest of the text.
        auto m = m_re.match(text, candidate, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
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
