#pragma once

#include "mail/ParsedMail.h"

#include <QtGlobal>

namespace mixdesk {

// How much of a notice one analysis reads. Every step is linear in the text, but a
// notice of hundreds of megabytes would still hold the import for minutes: past the
// budget the analyzer reads the beginning only, and says so in the analysis.
class AnalysisBudget
{
public:
    // Characters of header values and part texts, together.
    static constexpr qsizetype kTextChars = 4 * 1024 * 1024;

    // The characters `mail` holds in header values and part texts, attached
    // messages included.
    static qsizetype textChars(const ParsedMail& mail);
    // Cuts `mail`'s header values and part texts, in document order, so that together
    // they hold at most `chars` characters. Returns how many characters it kept.
    static qsizetype cut(ParsedMail& mail, qsizetype chars);
};

} // namespace mixdesk
