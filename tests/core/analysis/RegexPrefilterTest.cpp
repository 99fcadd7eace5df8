#include "analysis/text/RegexPrefilter.h"
#include "TestPaths.h"
#include "analysis/classify/CaseReferenceExtractor.h"
#include "analysis/text/LiteralScanner.h"
#include "analysis/text/RequiredLiterals.h"
#include "analysis/text/WordStartMatcher.h"
#include "analysis/text/WordTable.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

namespace {

// Patterns shaped like the analyzer's: alternations, optional parts, classes,
// lookarounds, groups with and without alternatives, options.
const QStringList kPatterns = {
    uR"(\bspam\b|\bspam-|spamfalle|spam ?trap|\bspam samples?\b)"_s,
    uR"(unerwünschte[rn]? (werbe|e-mail|mail|nachricht)|werbe-?e-?mails?|massenmail)"_s,
    uR"((been|is|was|are|were|got|now)\s+listed\b|listed\s+(on|in|at)\b|\blisting\b|delist)"_s,
    uR"(harass|threat(s|en|ening)?\b(?! (analyst|intelligence|feed)))"_s,
    uR"(bestellung|(?<!in )\border\b(?! to\b)|invoice (is )?(unpaid|overdue))"_s,
    uR"(§+\s*100[a-k]\b|100a|court order|subpoena)"_s,
    uR"(zugriff .{0,40}zu sperren|please block)"_s,
    uR"(^information about)"_s,
    uR"(\b(case[- ]?id|case(?:\s+number|\s+no\.?)?|ticket(?:[- ]?(?:number|id))?|az\.)(?!\p{L}))"_s,
    uR"((?i:\b(?:times?|timestamps?|uhrzeit(?:en)?)\b))"_s,
    uR"(port ?scan|brute[- ]force|failed (ssh )?logins?|a+b{2,}c)"_s,
    uR"(x\.y\+z|[abc]+def|(?<name>gh|ij)k)"_s,
};

QString randomText(QRandomGenerator& random)
{
    // Pieces of the patterns' literals, so that matches are frequent.
    static const QStringList pieces = {u"spam"_s,
                                       u" "_s,
                                       u"trap"_s,
                                       u"-"_s,
                                       u"samples"_s,
                                       u"listed"_s,
                                       u"on"_s,
                                       u"was"_s,
                                       u"\n"_s,
                                       u"threat"_s,
                                       u"s"_s,
                                       u"en"_s,
                                       u"order"_s,
                                       u"in "_s,
                                       u"to"_s,
                                       u"§"_s,
                                       u"100a"_s,
                                       u"100"_s,
                                       u"b"_s,
                                       u"zugriff"_s,
                                       u"zu sperren"_s,
                                       u"Case"_s,
                                       u"ID"_s,
                                       u"az."_s,
                                       u"Ticket"_s,
                                       u"number"_s,
                                       u"Time"_s,
                                       u"UHRZEIT"_s,
                                       u"port"_s,
                                       u"scan"_s,
                                       u"brute"_s,
                                       u"force"_s,
                                       u"failed"_s,
                                       u"ssh "_s,
                                       u"login"_s,
                                       u"a"_s,
                                       u"c"_s,
                                       u"x.y+z"_s,
                                       u"def"_s,
                                       u"gh"_s,
                                       u"k"_s,
                                       u"é"_s,
                                       u"information about"_s,
                                       u"Unerwünschte"_s,
                                       u"werbe"_s,
                                       u"mails"_s,
                                       u"ſpam"_s};
    QString text;
    const int n = random.bounded(1, 12);
    for (int i = 0; i < n; ++i)
        text += pieces[random.bounded(int(pieces.size()))];
    return text;
}

QList<std::pair<qsizetype, qsizetype>> spans(const QList<QRegularExpressionMatch>& matches)
{
    QList<std::pair<qsizetype, qsizetype>> result;
    for (const QRegularExpressionMatch& m : matches)
        result.append({m.capturedStart(), m.capturedEnd()});
    return result;
}

QList<QRegularExpressionMatch> globalMatches(const QRegularExpression& re, const QString& text)
{
    QList<QRegularExpressionMatch> result;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        result.append(it.next());
    return result;
}

// Texts glued from up to `maxPieces` random pieces: `find` must give the spans a global
// match of `re` gives. Counts the matches, so that callers can tell they were many.
template <typename Find>
void expectGlobalMatches(const QRegularExpression& re, const QStringList& pieces, int maxPieces,
                         Find find, int* matches)
{
    QRandomGenerator random(20261125);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        for (int i = random.bounded(1, maxPieces); i > 0; --i)
            text += pieces[random.bounded(int(pieces.size()))];
        const QList<QRegularExpressionMatch> expected = globalMatches(re, text);
        *matches += int(expected.size());
        QCOMPARE(spans(find(text)), spans(expected));
    }
}

} // namespace

class RegexPrefilterTest : public QObject
{
    Q_OBJECT

private slots:
    void requiredLiteralsReadTheMandatoryRuns()
    {
        QCOMPARE(RequiredLiterals::of(u"abc"_s), QStringList{u"abc"_s});
        QCOMPARE(RequiredLiterals::of(uR"(\bspam samples?\b)"_s), QStringList{u"spam sample"_s});
        QCOMPARE(RequiredLiterals::of(u"spam ?trap|junk"_s), (QStringList{u"spam"_s, u"junk"_s}));
        QCOMPARE(RequiredLiterals::of(uR"(zugriff .{0,40}zu sperren)"_s),
                 QStringList{u"zu sperren"_s});
        QCOMPARE(RequiredLiterals::of(uR"((?<!in )\border\b(?! to\b))"_s), QStringList{u"order"_s});
        QCOMPARE(RequiredLiterals::of(uR"(§+\s*100[a-k]\b)"_s), QStringList{u"100"_s});
        QCOMPARE(RequiredLiterals::of(uR"(x\.y\+z)"_s), QStringList{u"x.y+z"_s});
        QCOMPARE(RequiredLiterals::of(u"ab{0,3}c"_s), QStringList{u"a"_s});
        QCOMPARE(RequiredLiterals::of(u"ab{2}cd"_s), QStringList{u"ab"_s}); // ties: the first
    }

    void requiredLiteralsLookIntoMandatoryGroups()
    {
        QCOMPARE(RequiredLiterals::of(uR"(\b(case[- ]?id|ticket|az\.)(?!\p{L}))"_s),
                 (QStringList{u"case"_s, u"ticket"_s, u"az."_s}));
        QCOMPARE(RequiredLiterals::of(uR"((?i:\b(?:times?|uhrzeit)\b))"_s),
                 (QStringList{u"time"_s, u"uhrzeit"_s}));
        // An optional group tells nothing.
        QCOMPARE(RequiredLiterals::of(u"(abc)?d"_s), QStringList{u"d"_s});
        QCOMPARE(RequiredLiterals::of(u"(?<name>gh|ij)k"_s), (QStringList{u"gh"_s, u"ij"_s}));
    }

    void requiredLiteralsGiveUpWhenUnsure()
    {
        QCOMPARE(RequiredLiterals::of(uR"(\d+)"_s), std::nullopt);
        QCOMPARE(RequiredLiterals::of(u"abc|[xy]"_s), std::nullopt); // one branch has none
        QCOMPARE(RequiredLiterals::of(u"(?x) a b c"_s), std::nullopt);
        QCOMPARE(RequiredLiterals::of(uR"(\x41bc)"_s), std::nullopt);
        QCOMPARE(RequiredLiterals::of(uR"((a)\1)"_s), std::nullopt);
        QCOMPARE(RequiredLiterals::of(uR"(\Qa.b\E)"_s), std::nullopt);
        QCOMPARE(RequiredLiterals::of(
                     QRegularExpression(u"a b"_s, QRegularExpression::ExtendedPatternSyntaxOption)),
                 std::nullopt);
    }

    void scannerFindsOverlappingLiterals()
    {
        const LiteralScanner scanner({u"he"_s, u"she"_s, u"his"_s, u"hers"_s, u"über"_s});
        QCOMPARE(scanner.find(u"ushers"_s), (std::vector<bool>{true, true, false, true, false}));
        QCOMPARE(scanner.find(u"THIS"_s), (std::vector<bool>{false, false, true, false, false}));
        QCOMPARE(scanner.find(u"ÜBER"_s), (std::vector<bool>{false, false, false, false, true}));
        QCOMPARE(scanner.find(u""_s), (std::vector<bool>(5, false)));
        QCOMPARE(scanner.find(u"xyz"_s), (std::vector<bool>(5, false)));
    }

    void scannerFoldsLikeACaselessMatch()
    {
        QCOMPARE(LiteralScanner::fold(u'A'), u'a');
        QCOMPARE(LiteralScanner::fold(u'Ä'), u'ä');
        QCOMPARE(LiteralScanner::fold(char16_t(0x017F)), u's');
        QCOMPARE(LiteralScanner::fold(char16_t(0x212A)), u'k');
        QCOMPARE(LiteralScanner::fold(char16_t(0x03C2)), LiteralScanner::fold(u'Σ'));
        // What PCRE matches caselessly, the scanner finds too.
        const QRegularExpression sigma(u"σοφία"_s, QRegularExpression::CaseInsensitiveOption);
        QVERIFY(sigma.match(u"ΣΟΦΊΑ"_s).hasMatch());
        QVERIFY(LiteralScanner({u"σοφία"_s}).find(u"ΣΟΦΊΑ"_s).front());
        QVERIFY(LiteralScanner({u"spam"_s}).find(u"ſpam"_s).front());
    }

    // Soundness: whenever an expression matches, the prefilter lets it run.
    void prefilterNeverHidesAMatch()
    {
        for (const auto options :
             {QRegularExpression::NoPatternOption, QRegularExpression::CaseInsensitiveOption}) {
            QList<QRegularExpression> regexes;
            for (const QString& p : kPatterns) {
                regexes.append(QRegularExpression(p, options));
                QVERIFY2(regexes.back().isValid(), qPrintable(p));
            }
            const RegexPrefilter prefilter(regexes);
            QRandomGenerator random(20261125);
            int matches = 0;
            for (int round = 0; round < 20000; ++round) {
                const QString text = randomText(random);
                const std::vector<bool> mayMatch = prefilter.mayMatch(text);
                for (qsizetype r = 0; r < regexes.size(); ++r) {
                    if (regexes[r].match(text).hasMatch()) {
                        ++matches;
                        QVERIFY2(mayMatch[size_t(r)], qPrintable(kPatterns[r] + u" on "_s + text));
                    }
                }
            }
            QVERIFY(matches > 1000); // the texts did exercise the patterns
        }
    }

    void prefilterSkipsWhatCannotMatch()
    {
        const RegexPrefilter prefilter(
            {QRegularExpression(u"spam|junk"_s), QRegularExpression(uR"(\d+)"_s)});
        QCOMPARE(prefilter.mayMatch(u"nothing here"_s), (std::vector<bool>{false, true}));
        QCOMPARE(prefilter.mayMatch(u"JUNK"_s), (std::vector<bool>{true, true}));
        QVERIFY(!prefilter.alwaysRuns(0));
        QVERIFY(prefilter.alwaysRuns(1));
    }

    // The same on real notices: every corpus text, every pattern.
    void wordTableFindsExactlyTheListedWords()
    {
        const QStringList listed{u"the"_s,  u"und"_s, u"Sie"_s,         u"für"_s,
                                 u"über"_s, u"i"_s,   u"freundlichen"_s};
        QList<WordTable::Entry> entries;
        for (qsizetype i = 0; i < listed.size(); ++i)
            entries.append({listed[i], int(i)});
        const WordTable table(entries);
        for (qsizetype i = 0; i < listed.size(); ++i)
            QCOMPARE(table.tagOf(listed[i]), int(i));
        for (const QString& other :
             {u"The"_s, u"sie"_s, u"th"_s, u"thee"_s, u"fur"_s, u""_s, u"freundliche"_s, u"x"_s})
            QCOMPARE(table.tagOf(other), -1);
        // Near misses of listed words, and random text: never mistaken for another.
        QRandomGenerator random(7);
        const QString letters = u"aefhinrtudSüß"_s;
        for (int round = 0; round < 20000; ++round) {
            QString word = listed[random.bounded(int(listed.size()))];
            switch (random.bounded(4)) {
            case 0:
                word.chop(1);
                break;
            case 1:
                word += letters[random.bounded(int(letters.size()))];
                break;
            case 2:
                word[random.bounded(int(word.size()))] =
                    letters[random.bounded(int(letters.size()))];
                break;
            default:
                word = randomText(random).left(int(random.bounded(1, 13)));
            }
            QCOMPARE(table.tagOf(word), int(listed.indexOf(word)));
            // mayList() rules out only words that are not listed.
            if (!word.isEmpty() && table.tagOf(word) >= 0)
                QVERIFY(table.mayList(word.size(), word.front().unicode(), word.back().unicode()));
        }
        QVERIFY(!table.mayList(3, u'x', u'q'));
    }

    void wordStartMatcherTriesOnlyListedWords()
    {
        const QRegularExpression re(uR"(\b(?:our\s+ref|case|ticket[- ]id)\b)"_s,
                                    QRegularExpression::CaseInsensitiveOption);
        const WordStartMatcher matcher(re,
                                       {u"our ref"_s, u"case"_s, u"ticket-id"_s, u"ticket id"_s});
        const QString text = u"Our\n\t ref: CASE 1, showcase, our refs, _case, \u00e4case"_s;
        QCOMPARE(spans(matcher.matches(text)), spans(globalMatches(re, text)));
        QCOMPARE(matcher.matches(text).size(), 3); // "Our\n\t ref", "CASE", "äcase"
        QCOMPARE(matcher.matches(u"Ticket-ID"_s).size(), 1);
        QVERIFY(matcher.matches(u""_s).isEmpty());
    }

    // With a reach, PCRE runs unanchored on a bounded view: still the same matches.
    void wordStartMatcherWithReachMatchesLikeAGlobalMatch()
    {
        const QRegularExpression re(
            uR"((?i:\b(?:times?|clock)\b)[^.\n]{0,10}?(?<![A-Za-z])(?:UTC|CET|Central Time)(?![A-Za-z]))"_s);
        const WordStartMatcher matcher(re, {u"time"_s, u"clock"_s}, 6 + 10 + 12 + 1);
        static const QStringList pieces = {u"time "_s, u"Times "_s, u"CLOCK "_s, u"time"_s,
                                           u"is "_s,   u"UTC"_s,    u"CET "_s,   u"Central Time"_s,
                                           u"."_s,     u"\n"_s,     u"x"_s,      u"in the "_s};
        int matches = 0;
        expectGlobalMatches(
            re, pieces, 10, [&](const QString& text) { return matcher.matches(text); }, &matches);
        QVERIFY(matches > 2000);
    }

    // The label words of case references: the same matches as a search through the text.
    void caseLabelsAreFoundLikeAGlobalMatch()
    {
        const QRegularExpression& re = CaseReferenceExtractor::labelExpression();
        static const QStringList pieces = {u"case"_s,
                                           u"Case"_s,
                                           u"CASE-ID"_s,
                                           u"id"_s,
                                           u" "_s,
                                           u"  "_s,
                                           u"\n"_s,
                                           u"\t"_s,
                                           u"-"_s,
                                           u"."_s,
                                           u":"_s,
                                           u"#"_s,
                                           u"x"_s,
                                           u"\u00e4"_s,
                                           u"_"_s,
                                           u"1"_s,
                                           u"number"_s,
                                           u"no."_s,
                                           u"nr."_s,
                                           u"ticket"_s,
                                           u"Ticketnummer"_s,
                                           u"incident"_s,
                                           u"report"_s,
                                           u"listing"_s,
                                           u"digest"_s,
                                           u"eintrags-id"_s,
                                           u"complaint"_s,
                                           u"reference"_s,
                                           u"our"_s,
                                           u"ref"_s,
                                           u"erence"_s,
                                           u"unser"_s,
                                           u"Unsere"_s,
                                           u"zeichen"_s,
                                           u"Az."_s,
                                           u"az"_s,
                                           u"aktenzeichen"_s,
                                           u"vorgang"_s,
                                           u"vorgangsnummer"_s,
                                           u"referenz"_s,
                                           u"GESCH\u00c4FTSZEICHEN"_s,
                                           u"notice"_s,
                                           u"s"_s,
                                           u"ti\u212Aet"_s,
                                           u"ca\u017Fe"_s,
                                           u"\u00e9"_s};
        int matches = 0;
        expectGlobalMatches(re, pieces, 14, &CaseReferenceExtractor::labels, &matches);
        QVERIFY(matches > 5000); // the texts did exercise the labels
    }

    void prefilterIsSoundOnTheCorpus()
    {
        QList<QRegularExpression> regexes;
        for (const QString& p : kPatterns)
            regexes.append(QRegularExpression(p, QRegularExpression::CaseInsensitiveOption));
        const RegexPrefilter prefilter(regexes);
        QDirIterator files(test::corpusDir(), {u"*.eml"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        int texts = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const std::vector<bool> mayMatch = prefilter.mayMatch(text);
            for (qsizetype r = 0; r < regexes.size(); ++r) {
                if (regexes[r].match(text).hasMatch())
                    QVERIFY2(mayMatch[size_t(r)], qPrintable(kPatterns[r] + file.fileName()));
            }
            ++texts;
        }
        QVERIFY(texts > 10);
    }
};

QTEST_GUILESS_MAIN(RegexPrefilterTest)
#include "RegexPrefilterTest.moc"
