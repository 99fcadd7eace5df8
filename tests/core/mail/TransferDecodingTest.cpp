#include "mail/TransferDecoding.h"
#include "mail/VmimePlatform.h"

#include <vmime/vmime.hpp>

#include <QRandomGenerator>
#include <QTest>

using namespace mixdesk;

namespace {

// The reference: vmime's own decoder, which the parser used for every body before.
QByteArray vmimeDecode(const char* encoding, const QByteArray& encoded)
{
    auto decoder = vmime::utility::encoder::encoderFactory::getInstance()->create(encoding);
    vmime::utility::inputStreamStringAdapter in(encoded.toStdString());
    std::string out;
    vmime::utility::outputStreamStringAdapter os(out);
    decoder->decode(in, os);
    return QByteArray(out.data(), qsizetype(out.size()));
}

QByteArray randomBytes(QRandomGenerator& random, int maxLength, bool text)
{
    QByteArray bytes;
    const QByteArray alphabet = "abc XYZ\t=09\r\n.!~";
    for (int i = random.bounded(maxLength + 1); i > 0; --i)
        bytes += text ? alphabet[random.bounded(int(alphabet.size()))] : char(random.bounded(256));
    return bytes;
}

// Quoted-printable as mailers write it: '=' and non-printables as =XX, soft breaks.
QByteArray encodeQuotedPrintable(const QByteArray& data, const QByteArray& eol)
{
    QByteArray out;
    int column = 0;
    for (const char c : data) {
        if (c == '\n') {
            out += eol;
            column = 0;
            continue;
        }
        const bool plain = c != '=' && c != '\r' && (c >= 33 && c <= 126);
        out += plain ? QByteArray(1, c) : '=' + QByteArray(1, c).toHex().toUpper();
        column += plain ? 1 : 3;
        if (column > 70) {
            out += '=' + eol;
            column = 0;
        }
    }
    return out;
}

// Damage of the kinds seen in broken mail.
void perturb(QRandomGenerator& random, QByteArray& encoded)
{
    static const QList<QByteArray> junk = {"=",  "=Z", "=4", "=4a", " \r\n", "\t\n", "\r",
                                           "==", "A=", "-",  " ",   "\xe4",  "=\r",  "*"};
    for (int i = random.bounded(3); i > 0; --i)
        encoded.insert(random.bounded(int(encoded.size()) + 1),
                       junk[random.bounded(int(junk.size()))]);
}

} // namespace

class TransferDecodingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ensureVmimePlatform(); }

    void decodesWhatMailersWrite()
    {
        QCOMPARE(*TransferDecoding::base64("SGVs\r\nbG8=\r\n"), QByteArray("Hello"));
        QCOMPARE(*TransferDecoding::quotedPrintable("Gr=C3=BC=\r\n=C3=9Fe=3D\r\nx"),
                 QByteArray("Gr\xc3\xbc\xc3\x9f"
                            "e=\r\nx"));
        QVERIFY(!TransferDecoding::base64("SGVsbG8=x"));
        QVERIFY(!TransferDecoding::quotedPrintable("trailing \r\n"));
        QVERIFY(!TransferDecoding::quotedPrintable("=4a"));
        QVERIFY(!TransferDecoding::quotedPrintable("Stra\xc3\x9f"
                                                   "e")); // 8-bit: vmime's
    }

    // Whenever the fast decoders answer, they answer like vmime.
    void agreeWithVmime()
    {
        QRandomGenerator random(20261125);
        int fastBase64 = 0, fastQp = 0;
        for (int round = 0; round < 20000; ++round) {
            const bool text = random.bounded(2) == 0;
            const QByteArray data = randomBytes(random, 300, text);
            const QByteArray eol = random.bounded(2) ? "\r\n" : "\n";

            QByteArray b64;
            const QByteArray plain = data.toBase64();
            for (qsizetype i = 0; i < plain.size(); i += 76)
                b64 += plain.mid(i, 76) + eol;
            QByteArray qp = encodeQuotedPrintable(data, eol);
            if (random.bounded(3) == 0) {
                perturb(random, b64);
                perturb(random, qp);
            }
            if (const auto fast = TransferDecoding::base64(b64)) {
                ++fastBase64;
                QCOMPARE(*fast, vmimeDecode("base64", b64));
            }
            if (const auto fast = TransferDecoding::quotedPrintable(qp)) {
                ++fastQp;
                QCOMPARE(*fast, vmimeDecode("quoted-printable", qp));
            }
        }
        QVERIFY(fastBase64 > 10000);
        QVERIFY(fastQp > 10000);
    }
};

QTEST_GUILESS_MAIN(TransferDecodingTest)
#include "TransferDecodingTest.moc"
