#include "analysis/text/RegexPrefilter.h"

#include "analysis/text/RequiredLiterals.h"

namespace mixdesk {

RegexPrefilter::Index RegexPrefilter::indexLiterals(const QList<QRegularExpression>& regexes)
{
    Index index;
    for (qsizetype r = 0; r < regexes.size(); ++r) {
        const auto literals = RequiredLiterals::of(regexes[r]);
        index.always.push_back(!literals.has_value());
        if (!literals)
            continue;
        for (const QString& literal : *literals) {
            qsizetype id = index.literals.indexOf(literal);
            if (id < 0) {
                id = index.literals.size();
                index.literals.append(literal);
                index.regexesOfLiteral.emplace_back();
            }
            index.regexesOfLiteral[size_t(id)].push_back(r);
        }
    }
    return index;
}

RegexPrefilter::RegexPrefilter(const QList<QRegularExpression>& regexes)
    : RegexPrefilter(indexLiterals(regexes))
{}

RegexPrefilter::RegexPrefilter(Index index)
    : m_always(std::move(index.always)), m_regexesOfLiteral(std::move(index.regexesOfLiteral)),
      m_scanner(index.literals)
{}

std::vector<bool> RegexPrefilter::mayMatch(QStringView text) const
{
    std::vector<bool> result = m_always;
    const std::vector<bool> found = m_scanner.find(text);
    for (size_t id = 0; id < found.size(); ++id) {
        if (found[id]) {
            for (const qsizetype r : m_regexesOfLiteral[id])
                result[size_t(r)] = true;
        }
    }
    return result;
}

} // namespace mixdesk
