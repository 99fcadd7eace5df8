#include "analysis/NoticeAnalyzer.h"
#include "analysis/TextAddressFinder.h"
#include "analysis/TextTimeFinder.h"
#include "mail/MailParser.h"
#include "mail/ParseProblem.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// Issue 19: the time to analyse a notice grows linearly with its size, and past a
// budget the analyzer stops looking deeper and says so. Each test times the same
// shape of notice at two sizes, eight times apart: linear work takes about eight
// times as long, quadratic work sixty-four times.
class AnalysisScalingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressesOnOneLineScaleLinearly();
    void addressAndTimePerLineScaleLinearly();
    void timesOnOneLineScaleLinearly();
    void findersScaleLinearly();
    void parserScalesLinearly();
    void hugeNoticeIsCutAndSaysSo();
    void budgetKeepsWhatItFound();
};

namespace {

OperatorProfile profile()
{
    OperatorProfile p;
    p.name = u"Test Operator"_s;
    p.organisation = u"Exit Test e.V."_s;
    p.email = u"abuse@exit-test.example"_s;
    ExitNode a;
    a.name = u"exit1"_s;
    a.addresses = {u"198.51.100.23"_s};
    p.exits = {a};
    return p;
}

const QByteArray kHead = "From: Abuse Desk <abuse@isp.example>\r\n"
                         "To: abuse@exit-test.example\r\n"
                         "Subject: Complaint\r\n"
                         "Date: Tue, 06 Jan 2026 15:40:00 +0000\r\n"
                         "Message-ID: <n1@isp.example>\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                         "Attacks from your address, source IP below:\r\n";

QByteArray address(int i)
{
    return QByteArray::number(203) + '.' + QByteArray::number(i / 65536 % 256) + '.' +
           QByteArray::number(i / 256 % 256) + '.' + QByteArray::number(i % 256);
}

// "one address and time per line"
QByteArray linesNotice(qsizetype bytes)
{
    QByteArray raw = kHead;
    raw.reserve(bytes + 200);
    for (int i = 0; raw.size() < bytes; ++i)
        raw += "2026-01-06 14:" + QByteArray::number(10 + i % 50) + ":0" +
               QByteArray::number(i % 10) + " UTC source " + address(i) + " port 22\r\n";
    return raw;
}

// "all addresses on one line"
QByteArray oneLineNotice(int addresses)
{
    QByteArray raw = kHead + "Sources: ";
    for (int i = 0; i < addresses; ++i)
        raw += address(i) + ' ';
    return raw + "\r\n";
}

// "one time after another on one line"
QByteArray timesOnOneLineNotice(int times)
{
    QByteArray raw = kHead + "Seen at: ";
    for (int i = 0; i < times; ++i)
        raw += "2026-01-06 14:" + QByteArray::number(10 + i % 50) + ":0" +
               QByteArray::number(i % 10) + " UTC, ";
    return raw + "\r\n";
}

double msToAnalyze(const QByteArray& raw)
{
    const NoticeAnalyzer analyzer(profile());
    QElapsedTimer timer;
    timer.start();
    const Analysis a = analyzer.analyze(raw);
    Q_UNUSED(a);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Linear work: the larger input takes about `factor` times as long (plus noise on a
// shared machine); quadratic work takes factor² times as long.
void verifyLinear(double smallMs, double largeMs, double factor, const char* what)
{
    const double allowed = 2.5 * factor * std::max(smallMs, 5.0);
    QVERIFY2(largeMs < allowed,
             qPrintable(u"%1: %2 ms for the small input, %3 ms for the %4x "
                        "larger one (allowed %5 ms)"_s.arg(QString::fromLatin1(what))
                            .arg(smallMs)
                            .arg(largeMs)
                            .arg(factor)
                            .arg(allowed)));
}

} // namespace

void AnalysisScalingTest::addressesOnOneLineScaleLinearly()
{
    const double small = msToAnalyze(oneLineNotice(2500));
    const double large = msToAnalyze(oneLineNotice(20000));
    verifyLinear(small, large, 8, "addresses on one line");
}

void AnalysisScalingTest::addressAndTimePerLineScaleLinearly()
{
    const double small = msToAnalyze(linesNotice(128 * 1024));
    const double large = msToAnalyze(linesNotice(1024 * 1024));
    verifyLinear(small, large, 8, "an address and a time per line");
}

void AnalysisScalingTest::timesOnOneLineScaleLinearly()
{
    const double small = msToAnalyze(timesOnOneLineNotice(2000));
    const double large = msToAnalyze(timesOnOneLineNotice(16000));
    verifyLinear(small, large, 8, "times on one line");
}

void AnalysisScalingTest::findersScaleLinearly()
{
    const auto timeFinders = [](int lines) {
        QString text;
        for (int i = 0; i < lines; ++i)
            text += u"2026-01-06 14:%1:0%2 UTC 198.51.100.%3 2001:db8::%4\n"_s.arg(10 + i % 50)
                        .arg(i % 10)
                        .arg(i % 256)
                        .arg(i % 9999);
        QElapsedTimer timer;
        timer.start();
        const auto addresses = TextAddressFinder::find(text);
        const auto times = TextTimeFinder::find(text, {});
        if (addresses.size() != 2 * lines || times.size() != lines)
            qWarning() << addresses.size() << times.size() << lines;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    verifyLinear(timeFinders(2000), timeFinders(16000), 8, "the finders");
}

void AnalysisScalingTest::parserScalesLinearly()
{
    // CRLF lines: turning them into LF moved the rest of the text once per 1024 lines.
    const auto parse = [](qsizetype bytes) {
        const QByteArray raw = linesNotice(bytes);
        QElapsedTimer timer;
        timer.start();
        const ParsedMail mail = MailParser::parse(raw);
        if (mail.parts.isEmpty() || mail.parts.first().text.contains(u'\r'))
            qWarning() << "not parsed as expected";
        return double(timer.nsecsElapsed()) / 1e6;
    };
    verifyLinear(parse(4 * 1024 * 1024), parse(32 * 1024 * 1024), 8, "parsing CRLF lines");
}

void AnalysisScalingTest::hugeNoticeIsCutAndSaysSo()
{
    // Well past the budget: analysed in bounded time, with a problem that says how
    // much was looked at.
    const QByteArray raw = linesNotice(24 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const Analysis a = NoticeAnalyzer(profile()).analyze(raw);
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 60000, qPrintable(u"%1 ms"_s.arg(ms)));
    bool said = false;
    for (const QString& p : a.problems)
        said = said || p.startsWith(u"text too large, analysed the first "_s);
    QVERIFY2(said, qPrintable(a.problems.join(u"; "_s)));
    QCOMPARE(a.reportedIp, u"203.0.0.0"_s);
}

void AnalysisScalingTest::budgetKeepsWhatItFound()
{
    // A small notice says nothing about a budget.
    const Analysis a = NoticeAnalyzer(profile()).analyze(linesNotice(64 * 1024));
    for (const QString& p : a.problems)
        QVERIFY2(!p.startsWith(u"text too large"_s), qPrintable(p));
    QVERIFY(a.incidentTimeUtc.isValid());
}

QTEST_GUILESS_MAIN(AnalysisScalingTest)
#include "AnalysisScalingTest.moc"
