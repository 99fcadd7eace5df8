#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace mixdesk {

// Whether `text` is well-formed UTF-16: every surrogate half is part of a pair.
bool isValidUtf16(QStringView text);

// Match options for a subject: PCRE checks that a subject is valid UTF-16 at every
// match, from the start offset to the end, at ten instructions a character; a
// per-line or per-paragraph expression over a notice paid that more often than the
// matching itself. When the subject is valid (tested here a block at a time) the
// check is skipped; otherwise PCRE still checks and refuses broken text, as before.
inline QRegularExpression::MatchOptions withoutUtfCheckIfValid(QStringView subject)
{
    return isValidUtf16(subject) ? QRegularExpression::DontCheckSubjectStringMatchOption
                                 : QRegularExpression::NoMatchOption;
}

// re.match(subject), without PCRE's UTF-16 check when the subject is valid.
inline QRegularExpressionMatch matchChecked(const QRegularExpression& re, const QString& subject)
{
    return re.match(subject, 0, QRegularExpression::NormalMatch, withoutUtfCheckIfValid(subject));
}

} // namespace mixdesk
