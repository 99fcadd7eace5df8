#pragma once

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace mixdesk {

// Reads from a regular expression literal strings such that every match contains
// at least one of them: one literal per top-level alternative, the longest run of
// characters that alternative must match verbatim. A text that contains none of
// them cannot match, so the expression need not run on it.
//
// The reader is conservative: anything it does not fully understand (a class, a
// group, an escape other than escaped punctuation) ends a run instead of joining
// it, and an alternative without any run, or syntax that changes what characters
// mean (extended mode, inline options, \Q...\E), gives nullopt: "always run".
class RequiredLiterals
{
public:
    static std::optional<QStringList> of(const QRegularExpression& regex);
    static std::optional<QStringList> of(const QString& pattern);
};

} // namespace mixdesk
