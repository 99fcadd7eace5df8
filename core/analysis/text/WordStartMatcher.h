#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <array>
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
    // with a word beginning with one of `prefixes`, which begin with ASCII letters. A
    // space in a prefix stands for one or more white-space characters (\s+, and so
    // also a single space).
    WordStartMatcher(QRegularExpression re, const QStringList& prefixes);

    // The same matches as re.globalMatch(text), in order.
    QList<QRegularExpressionMatch> matches(const QString& text) const;

    const QRegularExpression& expression() const { return m_re; }

private:
    qsizetype nextCandidate(const QString& text, qsizetype from) const;
    bool startsWithPrefix(const QString& text, qsizetype at) const;

    QRegularExpression m_re;
    // The folded prefixes by their first letter, an ASCII one: most word starts find
    // an empty list.
    std::array<std::vector<std::u16string>, 128> m_prefixesByFirst;
};

} // namespace mixdesk
