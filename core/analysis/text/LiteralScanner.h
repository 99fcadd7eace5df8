#pragma once

#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace mixdesk {

// Finds which of many literal strings occur in a text, in one pass over the text
// whatever their number (an Aho-Corasick automaton). Matching ignores case: both
// the literals and the text are folded character by character, in a way that
// also keeps every match of a case-insensitive regular expression.
class LiteralScanner
{
public:
    explicit LiteralScanner(const QStringList& literals);

    // found[i] tells whether literals[i] occurs in `text`.
    std::vector<bool> find(QStringView text) const;

    static char16_t fold(char16_t c);

private:
    int symbolOfFolded(char16_t folded) const;
    // The symbol of a text character: one table lookup for Latin-1, where the
    // folding is built into the table.
    int symbolOf(char16_t c) const { return c < 256 ? m_latin1Symbol[c] : symbolOfFolded(fold(c)); }
    int addState();

    int m_symbols = 1; // symbol 0 stands for every character no literal contains
    std::vector<std::uint16_t> m_foldedLatin1Symbol = std::vector<std::uint16_t>(256, 0);
    std::vector<std::uint16_t> m_latin1Symbol = std::vector<std::uint16_t>(256, 0); // unfolded
    std::vector<std::pair<char16_t, std::uint16_t>> m_otherSymbols; // folded, sorted
    // The automaton: m_next[state * m_symbols + symbol], see the constructor's end.
    std::vector<int> m_next;
    std::vector<std::vector<int>> m_outputs; // literals that end in each state
    qsizetype m_literalCount = 0;
};

} // namespace mixdesk
