// The block-wise text scans give what plain character-by-character loops give.
#include "analysis/TextTimeFinder.h"
#include "analysis/text/LetterRuns.h"
#include "analysis/text/WhitespaceWords.h"
#include "util/Utf16Validity.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

namespace {

// Texts of every length from a mix of ASCII letters, digits, blanks, punctuation,
// controls, non-ASCII letters and non-letters, and surrogates (paired and lone), so that
// each kind lands at every position of a block.
QString randomText(QRandomGenerator& random)
{
    static const QList<char16_t> units{u'a', u'Z',   u'q',   u'M',   u'0',   u'9',   u'~',  u'_',
                                       u' ', u'\t',  u'\n',  0,      0x7F,   0x80,   0xA0,  u'Ä',
                                       u'ß', 0x130,  0x3A3,  0x2003, 0x4E2D, u'@',   u'[',  u'`',
                                       u'{', 0xD835, 0xDC00, 0xD801, 0xDC00, 0xD83D, 0xDE00};
    QString text;
    const int length = int(random.bounded(48));
    for (int i = 0; i < length; ++i) {
        const auto pick = random.bounded(qsizetype(units.size() + 16));
        text +=
            pick < units.size() ? QChar(units[pick]) : QChar(char16_t(u'a' + random.bounded(26)));
    }
    return text;
}

// One character at a time, as before the blocks.
QStringList letterRunsOneByOne(const QString& text)
{
    QStringList runs;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (QChar::isLetter(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            runs << text.mid(start, i - start);
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        runs << text.mid(start);
    return runs;
}

} // namespace

class TextScanTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void letterRuns()
    {
        QStringList runs;
        forEachLetterRun(u"Dear abuse-team, Grüße 𝐀x 12ab"_s,
                         [&runs](QStringView run) { runs << run.toString(); });
        QCOMPARE(runs,
                 (QStringList{u"Dear"_s, u"abuse"_s, u"team"_s, u"Grüße"_s, u"𝐀x"_s, u"ab"_s}));
    }
    void letterRunsAgreeWithOneByOne()
    {
        QRandomGenerator random(77);
        for (int round = 0; round < 20000; ++round) {
            const QString text = randomText(random);
            QStringList runs;
            forEachLetterRun(text, [&runs](QStringView run) { runs << run.toString(); });
            QCOMPARE(runs, letterRunsOneByOne(text));
        }
    }
    void utf16ValidityAgreesWithOneByOne()
    {
        QRandomGenerator random(5);
        int invalid = 0;
        for (int round = 0; round < 20000; ++round) {
            const QString text = randomText(random);
            bool valid = true;
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text[i].isHighSurrogate() && i + 1 < text.size() &&
                    text[i + 1].isLowSurrogate())
                    ++i;
                else if (text[i].isSurrogate())
                    valid = false;
            }
            invalid += !valid;
            QCOMPARE(isValidUtf16(text), valid);
        }
        QVERIFY(invalid > 1000 && invalid < 19000); // both kinds were tried
    }
    void whitespaceWordsAgreeWithARegexSplit()
    {
        static const QRegularExpression space(u"\\s+"_s);
        QRandomGenerator random(11);
        for (int round = 0; round < 20000; ++round) {
            QString text = randomText(random);
            // All of PCRE's blanks, and some it does not count (NEL, NBSP, em space).
            for (const char16_t c : {u'\v', u'\f', u'\r', char16_t(0x85), char16_t(0x2003)}) {
                if (random.bounded(3) == 0)
                    text.insert(random.bounded(text.size() + 1), QChar(c));
            }
            QCOMPARE(whitespaceSeparatedWords(text), text.split(space, Qt::SkipEmptyParts));
        }
    }
    // PCRE's check is skipped only for valid text: a window of broken text is still
    // refused, as it always was, and the same text mended is read.
    void brokenTextIsStillCheckedByPcre()
    {
        const QString text = u"Seen on 2026-01-02 10:00:00 UTC from 192.0.2.1 "_s;
        QCOMPARE(TextTimeFinder::find(text, {}).size(), 1);
        QCOMPARE(TextTimeFinder::find(text + QChar(0xD800), {}).size(), 0);
        QCOMPARE(TextTimeFinder::find(text + u"😀"_s, {}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TextScanTest)
#include "TextScanTest.moc"
