#pragma once

#include "analysis/text/LiteralScanner.h"

#include <QList>
#include <QRegularExpression>

#include <vector>

namespace mixdesk {

// Tells, in one pass over a text, which of a list of regular expressions can
// match it at all: those whose required literals (RequiredLiterals) occur in it.
// Many expressions tried on a long text mostly fail; each failing try costs PCRE
// a scan of the whole text, while the scan here is shared by all of them.
class RegexPrefilter
{
public:
    explicit RegexPrefilter(const QList<QRegularExpression>& regexes);

    // mayMatch[i] is false only when regexes[i] cannot match `text`.
    std::vector<bool> mayMatch(QStringView text) const;

    // Whether regexes[i] runs on every text (no required literal could be read).
    bool alwaysRuns(qsizetype i) const { return m_always[size_t(i)]; }

private:
    // The distinct literals of all expressions, and for each the expressions needing it.
    struct Index
    {
        QStringList literals;
        std::vector<std::vector<qsizetype>> regexesOfLiteral;
        std::vector<bool> always;
    };
    static Index indexLiterals(const QList<QRegularExpression>& regexes);
    explicit RegexPrefilter(Index index);

    std::vector<bool> m_always;
    std::vector<std::vector<qsizetype>> m_regexesOfLiteral;
    LiteralScanner m_scanner;
};

} // namespace mixdesk
