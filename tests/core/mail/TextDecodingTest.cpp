#include "mail/TextDecoding.h"
#include "mail/VmimePlatform.h"

#include <vmime/vmime.hpp>

#include <QRandomGenerator>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

class TextDecodingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Text declared as Latin-1 is read as windows-1252 (its quotes and dashes in
    // 0x80-0x9f); without such bytes the shortcut gives what the converter gives.
    void latin1IsReadAsWindows1252()
    {
        QCOMPARE(TextDecoding::decode("Gr\xfc\xdf"
                                      "e \x93quoted\x94",
                                      u"ISO-8859-1"_s),
                 u"Grüße “quoted”"_s);
        ensureVmimePlatform();
        QRandomGenerator random(1252);
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes;
            for (int i = random.bounded(40); i > 0; --i) {
                char c = char(random.bounded(256));
                if (round % 2 == 0 && (uchar(c) >= 0x80 && uchar(c) <= 0x9f))
                    c = 'x'; // half the rounds without the bytes where the two differ
                bytes += c;
            }
            std::string converted;
            QString expected;
            try {
                vmime::charsetConverterOptions options;
                options.silentlyReplaceInvalidSequences = false;
                vmime::charset::convert(bytes.toStdString(), converted,
                                        vmime::charset("windows-1252"),
                                        vmime::charset(vmime::charsets::UTF_8), options);
                expected = QString::fromStdString(converted);
            } catch (const std::exception&) {
                expected = QString::fromLatin1(bytes);
            }
            QCOMPARE(TextDecoding::decode(bytes, u"iso-8859-1"_s), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TextDecodingTest)
#include "TextDecodingTest.moc"
