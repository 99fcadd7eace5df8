#include "analysis/text/LiteralScanner.h"

#include <QChar>

#include <algorithm>
#include <deque>

namespace mixdesk {

char16_t LiteralScanner::fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    // Characters that PCRE's caseless matching joins with a letter that plain
    // lower-casing leaves apart.
    switch (c) {
    case 0x00B5: // micro sign
        return 0x03BC;
    case 0x03C2: // final sigma
        return 0x03C3;
    case 0x017F: // long s
        return u's';
    case 0x212A: // Kelvin sign
        return u'k';
    case 0x212B: // Angstrom sign
        return 0x00E5;
    default:
        return QChar::toLower(c);
    }
}

int LiteralScanner::symbolOfFolded(char16_t folded) const
{
    if (folded < 256)
        return m_foldedLatin1Symbol[folded];
    const auto it = std::lower_bound(m_otherSymbols.begin(), m_otherSymbols.end(),
                                     std::pair<char16_t, std::uint16_t>(folded, 0));
    return (it != m_otherSymbols.end() && it->first == folded) ? it->second : 0;
}

int LiteralScanner::addState()
{
    m_next.resize(m_next.size() + size_t(m_symbols), -1);
    m_outputs.emplace_back();
    return int(m_outputs.size()) - 1;
}

LiteralScanner::LiteralScanner(const QStringList& literals) : m_literalCount(literals.size())
{
    // The alphabet: every folded character of a literal gets a symbol.
    for (const QString& literal : literals) {
        for (const QChar c : literal) {
            const char16_t f = fold(c.unicode());
            if (symbolOfFolded(f) != 0)
                continue;
            if (f < 256) {
                m_foldedLatin1Symbol[f] = std::uint16_t(m_symbols++);
            } else {
                m_otherSymbols.emplace_back(f, std::uint16_t(m_symbols++));
                std::sort(m_otherSymbols.begin(), m_otherSymbols.end());
            }
        }
    }
    for (char16_t c = 0; c < 256; ++c)
        m_latin1Symbol[c] = std::uint16_t(symbolOfFolded(fold(c)));

    // The trie; -1 marks a missing edge until the failure links fill it in.
    addState();
    for (qsizetype id = 0; id < literals.size(); ++id) {
        int state = 0;
        for (const QChar c : literals[id]) {
            const size_t edge = size_t(state) * size_t(m_symbols) + size_t(symbolOf(c.unicode()));
            if (m_next[edge] < 0) {
                const int created = addState(); // may reallocate m_next
                m_next[edge] = created;
            }
            state = m_next[edge];
        }
        m_outputs[size_t(state)].push_back(int(id));
    }

    // Breadth first, every missing edge becomes the edge of the longest proper
    // suffix state, and each state also reports what its suffix states report.
    std::vector<int> failure(m_outputs.size(), 0);
    std::deque<int> queue;
    for (int s = 0; s < m_symbols; ++s) {
        int& target = m_next[size_t(s)];
        if (target < 0)
            target = 0;
        else
            queue.push_back(target);
    }
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop_front();
        const auto& inherited = m_outputs[size_t(failure[size_t(state)])];
        auto& outputs = m_outputs[size_t(state)];
        outputs.insert(outputs.end(), inherited.begin(), inherited.end());
        for (int s = 0; s < m_symbols; ++s) {
            const size_t edge = size_t(state) * size_t(m_symbols) + size_t(s);
            const int viaFailure =
                m_next[size_t(failure[size_t(state)]) * size_t(m_symbols) + size_t(s)];
            if (m_next[edge] < 0) {
                m_next[edge] = viaFailure;
            } else {
                failure[size_t(m_next[edge])] = viaFailure;
                queue.push_back(m_next[edge]);
            }
        }
    }

    // For the scan, an edge holds the target's row (its first edge) times two, plus
    // one when the target reports literals: no multiplication, no second lookup.
    for (int& target : m_next)
        target = target * m_symbols * 2 + (m_outputs[size_t(target)].empty() ? 0 : 1);
}

std::vector<bool> LiteralScanner::find(QStringView text) const
{
    std::vector<bool> found(size_t(m_literalCount), false);
    const int* next = m_next.data();
    int row = 0;
    for (const QChar c : text) {
        const int edge = next[row + symbolOf(c.unicode())];
        row = edge >> 1;
        if (edge & 1) {
            for (const int id : m_outputs[size_t(row / m_symbols)])
                found[size_t(id)] = true;
        }
    }
    return found;
}

} // namespace mixdesk
