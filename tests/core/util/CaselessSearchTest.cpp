#include "util/CaselessSearch.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

class CaselessSearchTest : public QObject
{
    Q_OBJECT

private slots:
    void findsLikeQt()
    {
        QCOMPARE(indexOfCaseless(u"via [IPV6:2001:db8::1]"_s, u"ipv6:"_s), 5);
        QCOMPARE(indexOfCaseless(u"Exit1.Mix.Example"_s, u"exit1.mix.example"_s), 0);
        QCOMPARE(indexOfCaseless(u"abuse@ma\u017Fter.example"_s, u"MASTER"_s), 6);
        QCOMPARE(indexOfCaseless(u"\u212Aelvin"_s, u"kelvin"_s), 0);
        QCOMPARE(indexOfCaseless(u"aaa"_s, u"aa"_s, 1), 1);
        QCOMPARE(indexOfCaseless(u"a.b"_s, u"a.b.c"_s), -1);
        QCOMPARE(indexOfCaseless(u"x"_s, u""_s), 0);
        QCOMPARE(indexOfCaseless(u"Stra\u00DFe"_s, u"STRASSE"_s), -1);
        QCOMPARE(indexOfCaseless(u"\u00C4rger"_s, u"\u00E4rger"_s), 0); // not ASCII: Qt's search
    }

    // The shortcut assumes that no other character folds to ASCII: check every one.
    void onlyTwoCharactersFoldToAscii()
    {
        for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            const char32_t folded = QChar::toCaseFolded(c);
            if (folded < 0x80)
                QVERIFY2(c == 0x017F || c == 0x212A, qPrintable(QString::number(c, 16)));
        }
    }

    void agreesWithQtOnRandomText()
    {
        const QString alphabet = u"aAbBkKsS.:6@ \u017F\u212A\u00E4\u00C4"_s;
        QRandomGenerator random(11);
        auto randomString = [&](int maxLength) {
            QString s;
            for (int i = random.bounded(maxLength + 1); i > 0; --i)
                s += alphabet[random.bounded(int(alphabet.size()))];
            return s;
        };
        for (int round = 0; round < 50000; ++round) {
            const QString text = randomString(12);
            const QString needle = randomString(3);
            const qsizetype from = random.bounded(int(text.size()) + 1);
            QCOMPARE(indexOfCaseless(text, needle, from),
                     QStringView(text).indexOf(needle, from, Qt::CaseInsensitive));
        }
    }
};

QTEST_GUILESS_MAIN(CaselessSearchTest)
#include "CaselessSearchTest.moc"
