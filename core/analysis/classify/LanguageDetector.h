#pragma once

#include <QString>

namespace mixdesk {

// Tells English from German by counting frequent function words in the
// reporter's own lines (quoted material and pasted headers are skipped).
class LanguageDetector
{
public:
    struct Result
    {
        QString language; // "en" or "de"
        int englishHits = 0;
        int germanHits = 0;
    };

    // `subject` breaks ties when the text holds too few words to decide.
    static Result detect(const QString& ownText, const QString& subject);
};

} // namespace mixdesk
