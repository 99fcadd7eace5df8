// Analysis time and peak memory for generated notices of 1, 2, 4, 8, 16 and 50 MB, in
// two shapes: one address and time per line, and all addresses on one line. The time
// per MB must stay flat: the table shows it, and the slope of log(time) over log(size)
// (1: linear, 2: quadratic). Past AnalysisBudget::kTextChars the analyzer reads the
// beginning only, so the largest notices cost less per MB.
//   bench_analysis_scaling [MAX_MB]      (default 50)
#include "analysis/NoticeAnalyzer.h"
#include "mail/MailParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cmath>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mixdesk;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHead = "From: Abuse Desk <abuse@isp.example>\r\n"
                         "To: abuse@exit-test.example\r\n"
                         "Subject: Complaint\r\n"
                         "Date: Tue, 06 Jan 2026 15:40:00 +0000\r\n"
                         "Content-Type: text/plain; charset=utf-8\r\n\r\n";

QByteArray address(int i)
{
    return "203." + QByteArray::number(i / 65536 % 256) + '.' + QByteArray::number(i / 256 % 256) +
           '.' + QByteArray::number(i % 256);
}

QByteArray notice(bool oneLine, qsizetype bytes)
{
    QByteArray raw = kHead;
    raw.reserve(bytes + 200);
    for (int i = 0; raw.size() < bytes; ++i) {
        if (oneLine)
            raw += address(i) + ' ';
        else
            raw += "2026-01-06 14:" + QByteArray::number(10 + i % 50) + ":0" +
                   QByteArray::number(i % 10) + " UTC source " + address(i) + " port 22\r\n";
    }
    return raw + "\r\n";
}

OperatorProfile profile()
{
    OperatorProfile p;
    p.email = u"abuse@exit-test.example"_s;
    ExitNode exit;
    exit.name = u"exit1"_s;
    exit.addresses = {u"198.51.100.23"_s};
    p.exits = {exit};
    return p;
}

struct Figures
{
    double parseMs = 0;
    double analyzeMs = 0;
    long peakKb = 0;
};

// In a child process, so that each size's peak memory is its own.
Figures measure(bool oneLine, qsizetype bytes)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        const QByteArray raw = notice(oneLine, bytes);
        const NoticeAnalyzer analyzer(profile());
        Figures f;
        QElapsedTimer timer;
        timer.start();
        const ParsedMail mail = MailParser::parse(raw);
        f.parseMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const Analysis a = analyzer.analyze(mail, raw);
        f.analyzeMs = double(timer.nsecsElapsed()) / 1e6;
        Q_UNUSED(a);
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        f.peakKb = usage.ru_maxrss;
        (void)!::write(fds[1], &f, sizeof f);
        ::_exit(0);
    }
    ::close(fds[1]);
    Figures f;
    (void)!::read(fds[0], &f, sizeof f);
    ::close(fds[0]);
    ::waitpid(pid, nullptr, 0);
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int maxMb = argc > 1 ? std::atoi(argv[1]) : 50;
    QTextStream out(stdout);
    for (bool oneLine : {false, true}) {
        out << (oneLine ? "\nall addresses on one line\n" : "\none address and time per line\n");
        out << "   MB   parse ms  analyze ms  analyze ms/MB  peak MB  peak/size\n";
        QList<std::pair<double, double>> points;
        for (int mb : {1, 2, 4, 8, 16, 50}) {
            if (mb > maxMb)
                break;
            const Figures f = measure(oneLine, qsizetype(mb) * 1024 * 1024);
            out << QString::asprintf("%5d %10.0f %11.0f %14.1f %8.0f %10.1f\n", mb, f.parseMs,
                                     f.analyzeMs, f.analyzeMs / mb, f.peakKb / 1024.0,
                                     f.peakKb / 1024.0 / mb);
            out.flush();
            points.append({std::log(double(mb)), std::log(std::max(f.analyzeMs, 0.01))});
        }
        // Least squares slope of log(time) over log(size), below the budget's cut.
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (const auto& [x, y] : points) {
            if (std::exp(x) > 4.0) // AnalysisBudget::kTextChars: 4 M characters
                break;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            ++n;
        }
        if (n >= 2)
            out << QString::asprintf("slope (1 = linear, 2 = quadratic), up to 4 MB: %.2f\n",
                                     (n * sxy - sx * sy) / (n * sxx - sx * sx));
    }
    return 0;
}
