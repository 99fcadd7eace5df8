#pragma once

#include <QString>
#include <QStringList>

namespace mixdesk {

// What text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts) gives, without the
// dozen matches that split runs per word: the Received parser splits every date and
// comment of every hop. PCRE's \s (without Unicode properties) is exactly space and
// \t \n \v \f \r; a text that is not valid UTF-16 PCRE refuses, and it stays whole.
QStringList whitespaceSeparatedWords(const QString& text);

} // namespace mixdesk
