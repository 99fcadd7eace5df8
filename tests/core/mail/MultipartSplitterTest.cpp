#include "mail/MultipartSplitter.h"

#include <QTest>

using namespace mixdesk;

namespace {

// The parts of `body` (after a header that ends in an empty line) as text.
std::optional<QList<QByteArray>> parts(const QByteArray& body, const QByteArray& boundary = "b")
{
    const QByteArray data = "Content-Type: multipart/mixed; boundary=" + boundary + "\n\n" + body;
    const qsizetype begin = data.size() - body.size();
    const auto found = MultipartSplitter::split(data, begin, data.size(), boundary);
    if (!found)
        return std::nullopt;
    QList<QByteArray> texts;
    for (const MultipartSplitter::Part& p : *found)
        texts.append(data.sliced(p.begin, p.end - p.begin));
    return texts;
}

} // namespace

class MultipartSplitterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsEndBeforeTheLineBreakOfTheNextDelimiter()
    {
        QCOMPARE(parts("--b\n\none\n--b\r\nX: y\r\n\r\ntwo\r\n--b--\r\n"),
                 (QList<QByteArray>{"\none", "X: y\r\n\r\ntwo"}));
    }
    void preambleAndEpilogueAreNoParts()
    {
        QCOMPARE(parts("preamble\n--b\n\none\n--b--\nepilogue\n--b\n\nnot a part\n"),
                 (QList<QByteArray>{"\none"}));
    }
    void boundaryInTextOrAsPrefixIsNoDelimiter()
    {
        QCOMPARE(parts("--b\n\nsee --b and\n--bb is longer\n--b--"),
                 (QList<QByteArray>{"\nsee --b and\n--bb is longer"}));
    }
    void nestedBodyEndsAtItsRegion()
    {
        const QByteArray data = "\n--in\n\nx\n--in--\n--out--\n";
        const qsizetype end = data.indexOf("\n--out--");
        const auto found = MultipartSplitter::split(data, 1, end, "in");
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(data.sliced(found->at(0).begin, found->at(0).end - found->at(0).begin),
                 QByteArray("\nx"));
    }
    // What vmime reads in its own way is left to it.
    void unclearStructuresAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no close delimiter") << QByteArray("--b\n\none\n--b\n\ntwo\n");
        QTest::newRow("close delimiter only") << QByteArray("--b--\n");
        QTest::newRow("padding before") << QByteArray("--b\n\none\n-- b\n\ntwo\n--b--\n");
        QTest::newRow("single dash") << QByteArray("--b\n\none\n--b-\n\ntwo\n--b--\n");
        QTest::newRow("bare CR") << QByteArray("--b\n\none\n--b\rtwo\n--b--\n");
        QTest::newRow("empty part") << QByteArray("--b\n--b\n\ntwo\n--b--\n");
        QTest::newRow("boundary at the end") << QByteArray("--b\n\none\n--b");
    }
    void unclearStructuresAreRefused()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(parts(body), std::nullopt);
    }
    void unusableBoundariesAreRefused()
    {
        QCOMPARE(parts("--\n\none\n----\n", ""), std::nullopt);
        QCOMPARE(parts("--a\nb\n\none\n--a\nb--\n", "a\nb"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(MultipartSplitterTest)
#include "MultipartSplitterTest.moc"
