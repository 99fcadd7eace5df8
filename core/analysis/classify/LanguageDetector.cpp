#include "analysis/classify/LanguageDetector.h"

#include "analysis/classify/OwnText.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// Words that are frequent in one language and rare in the other; words that
// exist in both ("in", "so", "man", "die" as English verb) are left out.
const QSet<QString>& englishWords()
{
    static const QSet<QString> words = {
        u"the"_s,   u"and"_s,  u"is"_s,      u"are"_s,   u"was"_s,  u"were"_s,  u"we"_s,
        u"you"_s,   u"your"_s, u"our"_s,     u"of"_s,    u"to"_s,   u"from"_s,  u"this"_s,
        u"that"_s,  u"with"_s, u"have"_s,    u"has"_s,   u"been"_s, u"which"_s, u"please"_s,
        u"for"_s,   u"it"_s,   u"be"_s,      u"not"_s,   u"on"_s,   u"at"_s,    u"by"_s,
        u"or"_s,    u"as"_s,   u"would"_s,   u"could"_s, u"any"_s,  u"these"_s, u"they"_s,
        u"there"_s, u"what"_s, u"if"_s,      u"an"_s,    u"us"_s,   u"my"_s,    u"me"_s,
        u"i"_s,     u"dear"_s, u"regards"_s,
    };
    return words;
}

const QSet<QString>& germanWords()
{
    static const QSet<QString> words = {
        u"der"_s,    u"die"_s,          u"das"_s,    u"und"_s,     u"ist"_s,      u"nicht"_s,
        u"wir"_s,    u"sie"_s,          u"ihre"_s,   u"ihr"_s,     u"ihrer"_s,    u"ihren"_s,
        u"ihnen"_s,  u"uns"_s,          u"unser"_s,  u"unsere"_s,  u"bitte"_s,    u"mit"_s,
        u"von"_s,    u"den"_s,          u"dem"_s,    u"des"_s,     u"ein"_s,      u"eine"_s,
        u"einer"_s,  u"einen"_s,        u"wurde"_s,  u"wurden"_s,  u"zu"_s,       u"auf"_s,
        u"für"_s,    u"über"_s,         u"sehr"_s,   u"geehrte"_s, u"geehrter"_s, u"damen"_s,
        u"herren"_s, u"freundlichen"_s, u"grüßen"_s, u"auch"_s,    u"sich"_s,     u"oder"_s,
        u"wenn"_s,   u"dass"_s,         u"aus"_s,    u"bei"_s,     u"nach"_s,     u"wird"_s,
        u"werden"_s, u"haben"_s,        u"hat"_s,    u"sind"_s,    u"zur"_s,      u"zum"_s,
        u"im"_s,     u"vom"_s,          u"noch"_s,   u"kein"_s,    u"keine"_s,    u"guten"_s,
        u"tag"_s,    u"hallo"_s,
    };
    return words;
}

// Calls `word` for each run of letters (what [\p{L}]+ matches) in `text`.
// Hand-written because a regular expression per line, and a QString per
// word, made this one of the hottest spots of the whole import.
template <typename F> void forEachWord(const QString& text, F&& word)
{
    const QChar* data = text.constData();
    const qsizetype size = text.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i < size;) {
        char32_t c = data[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            width = 2;
        }
        if (QChar::isLetter(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            word(QStringView(data + start, i - start));
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        word(QStringView(data + start, size - start));
}

} // namespace

LanguageDetector::Result LanguageDetector::detect(const QString& ownText, const QString& subject)
{
    Result result;
    auto count = [&result](const QString& text, int weight) {
        forEachWord(text, [&](QStringView w) {
            // Only the word is lower-cased, into a stack buffer: lower-casing every
            // line first was a tenth of the classifier's time. No listed word is
            // longer than kMaxWord.
            constexpr qsizetype kMaxWord = 12;
            if (w.size() > kMaxWord)
                return;
            char16_t lower[kMaxWord];
            for (qsizetype i = 0; i < w.size(); ++i) {
                const char16_t c = w[i].unicode();
                lower[i] =
                    c < 128 ? char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c) : QChar::toLower(c);
            }
            const QString key =
                QString::fromRawData(reinterpret_cast<const QChar*>(lower), w.size());
            if (englishWords().contains(key))
                result.englishHits += weight;
            else if (germanWords().contains(key))
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
