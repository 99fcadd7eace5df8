#pragma once

#include <QString>

namespace mixdesk {

// Whether a reverse DNS name "talks": tells a victim or prosecutor who runs
// `host` on the exit's address what the server does. A label (or a word inside a
// label, split at '-' and digits) is one of the built-in words, or the whole name
// matches the operator's own pattern (a case-insensitive regular expression).
class TalkingName
{
public:
    // The word or pattern that made the name talk; empty when it is silent.
    static QString why(const QString& name, const QString& operatorPattern = QString());
    static const QStringList& builtInWords();
};

} // namespace mixdesk
