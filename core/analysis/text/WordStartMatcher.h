#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

namespace mixdesk {

// Finds the matches of an expression that can only match where a word begins with one
// of a few known prefixes ("case", "ticket", "unser"...), such as a list of label words
// behind a \b. PCRE would try every word of the text, and most of its letters, against
// the whole alternation; here a plain scan finds the words worth trying and PCRE runs
// on those alone. The prefixes are folded for caseless matching the way PCRE folds.
class WordStartMatcher
{
public:
    // Every match of `re` must start at an ASCII word boundary (as PCRE's \b sees it)
    // with a word beginning with one of `prefixes`, which begin with ASCII letters and
    // have two characters at least. A space in a prefix stands for one or more
    // white-space characters (\s+, and so also a single space).
    //
    // `reach`, when given, bounds how far past its start a match, with its look-aheads,
    // can read: PCRE then runs its JIT code on that much of the text, instead of its
    // interpreter anchored at the word (the only way to stop an unbounded search).
    WordStartMatcher(QRegularExpression re, const QStringList& prefixes, qsizetype reach = -1);

    // The same matches as re.globalMatch(text), in order.
    QList<QRegularExpressionMatch> matches(const QString& text) const;

    const QRegularExpression& expression() const { return m_re; }

private:
    qsizetype nextCandidate(const QString& text, qsizetype from) const;
    bool startsWithPrefix(const QString& text, qsizetype at) const;

    // `validText`: `text` is valid UTF-16, so PCRE need not check it.
    QRegularExpressionMatch matchAt(const QString& text, qsizetype at, bool validText) const;

    QRegularExpression m_re;
    qsizetype m_reach;
    // The folded prefixes by their first letter, an ASCII one: most word starts find
    // an empty list.
    std::array<std::vector<std::u16string>, 128> m_prefixesByFirst;
    // The folded second characters of the prefixes, by their first letter, as a set of
    // ASCII characters: most words that begin with a prefix's letter fail at the
    // second. A first letter with a prefix whose second character is a space (or not
    // ASCII) has every second character allowed.
    std::array<std::bitset<128>, 128> m_secondsByFirst{};
    enum CharClass : std::uint8_t
    {
        NotWord,
        Word,
        PrefixStart // a word character some prefix begins with
    };
    std::array<CharClass, 128> m_classes{}; // of the ASCII characters
};

} // namespace mixdesk
