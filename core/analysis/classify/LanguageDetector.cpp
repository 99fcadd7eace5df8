#include "analysis/classify/LanguageDetector.h"

#include "analysis/classify/OwnText.h"

#include "analysis/text/LetterRuns.h"
#include "analysis/text/WordTable.h"

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

enum Language
{
    English,
    German
};

// Words that are frequent in one language and rare in the other; words that
// exist in both ("in", "so", "man", "die" as English verb) are left out.
const WordTable& functionWords()
{
    static const WordTable table = [] {
        QList<WordTable::Entry> entries;
        for (const char16_t* w :
             {u"the",  u"and",   u"is",   u"are",   u"was",    u"were", u"we",    u"you",
              u"your", u"our",   u"of",   u"to",    u"from",   u"this", u"that",  u"with",
              u"have", u"has",   u"been", u"which", u"please", u"for",  u"it",    u"be",
              u"not",  u"on",    u"at",   u"by",    u"or",     u"as",   u"would", u"could",
              u"any",  u"these", u"they", u"there", u"what",   u"if",   u"an",    u"us",
              u"my",   u"me",    u"i",    u"dear",  u"regards"})
            entries.append({QString::fromUtf16(w), English});
        for (const char16_t* w :
             {u"der",   u"die",    u"das",          u"und",    u"ist",   u"nicht",   u"wir",
              u"sie",   u"ihre",   u"ihr",          u"ihrer",  u"ihren", u"ihnen",   u"uns",
              u"unser", u"unsere", u"bitte",        u"mit",    u"von",   u"den",     u"dem",
              u"des",   u"ein",    u"eine",         u"einer",  u"einen", u"wurde",   u"wurden",
              u"zu",    u"auf",    u"für",          u"über",   u"sehr",  u"geehrte", u"geehrter",
              u"damen", u"herren", u"freundlichen", u"grüßen", u"auch",  u"sich",    u"oder",
              u"wenn",  u"dass",   u"aus",          u"bei",    u"nach",  u"wird",    u"werden",
              u"haben", u"hat",    u"sind",         u"zur",    u"zum",   u"im",      u"vom",
              u"noch",  u"kein",   u"keine",        u"guten",  u"tag",   u"hallo"})
            entries.append({QString::fromUtf16(w), German});
        return WordTable(entries);
    }();
    return table;
}

} // namespace

LanguageDetector::Result LanguageDetector::detect(const QString& ownText, const QString& subject)
{
    Result result;
    auto count = [&result](const QString& text, int weight) {
        forEachLetterRun(text, [&](QStringView w) {
            // Only the word is lower-cased, into a stack buffer: lower-casing every
            // line first was a tenth of the classifier's time. No listed word is
            // longer than kMaxWord.
            constexpr qsizetype kMaxWord = 12;
            if (w.size() > kMaxWord)
                return;
            const auto lowered = [](QChar ch) {
                const char16_t c = ch.unicode();
                return c < 128 ? char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c)
                               : char16_t(QChar::toLower(c));
            };
            const WordTable& table = functionWords();
            if (!table.mayList(w.size(), lowered(w.front()), lowered(w.back())))
                return;
            char16_t lower[kMaxWord];
            for (qsizetype i = 0; i < w.size(); ++i)
                lower[i] = lowered(w[i]);
            const int language = table.tagOf(QStringView(lower, w.size()));
            if (language == English)
                result.englishHits += weight;
            else if (language == German)
                result.germanHits += weight;
        });
    };
    for (const QString& line : OwnText::ownLines(ownText))
        count(line, 1);
    // The subject only decides when the body says (almost) nothing.
    if (result.englishHits + result.germanHits < 5)
        count(subject, 2);
    result.language = result.germanHits > result.englishHits ? u"de"_s : u"en"_s;
    return result;
}

} // namespace mixdesk
