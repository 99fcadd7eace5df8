// Times the analysis of a Maildir's notices on one thread, stage by stage, with the
// notices in memory: no disk, no SQLite, no thread pool. The last stage is the rest of
// the import pool's work per notice: search text, packing, JSON. CPU time is what the import
// is bound by on a 2-core machine, and one thread measures it with less noise than a
// whole import. Each stage runs `rounds` times; the best round is printed.
#include "analysis/NoticeAnalyzer.h"
#include "mail/MailParser.h"
#include "profile/ProfileStore.h"
#include "store/RawCodec.h"
#include "store/notices/NoticeText.h"
#include "store/notices/SearchText.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace mixdesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_analyzer MAILDIR OPERATOR.json [ROUNDS]\n";
        return 2;
    }
    auto profile = ProfileStore::load(args[2]);
    if (!profile) {
        QTextStream(stderr) << profile.error().message << "\n";
        return 1;
    }
    const int rounds = args.size() > 3 ? args[3].toInt() : 3;

    QList<QByteArray> raws;
    QDirIterator files(args[1], QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.fileName().endsWith(u".jsonl") || !file.open(QIODevice::ReadOnly))
            continue;
        raws << file.readAll();
    }
    if (raws.isEmpty()) {
        QTextStream(stderr) << "no notices under " << args[1] << "\n";
        return 1;
    }

    const NoticeAnalyzer analyzer(*profile);
    QList<ParsedMail> parsed(raws.size());
    QList<Analysis> analyses(raws.size());
    double parseBest = std::numeric_limits<double>::max();
    double analyzeBest = parseBest;
    double prepareBest = parseBest;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < raws.size(); ++i)
            parsed[i] = MailParser::parse(raws[i]);
        parseBest = std::min(parseBest, timer.nsecsElapsed() / 1e6);
        timer.restart();
        for (qsizetype i = 0; i < raws.size(); ++i)
            analyses[i] = analyzer.analyze(parsed[i], raws[i]);
        analyzeBest = std::min(analyzeBest, timer.nsecsElapsed() / 1e6);
        // What the import's pool does besides: the same steps as AnalysisBatch.
        timer.restart();
        qsizetype bytes = 0; // keeps the work observable
        for (qsizetype i = 0; i < raws.size(); ++i) {
            const NoticeText text = NoticeText::fromParsed(parsed[i], raws[i]);
            bytes += RawCodec::pack(raws[i]).bytes.size() + analyses[i].toJsonBytes().size() +
                     RawCodec::pack(SearchText::encode(SearchText::values(text, analyses[i])))
                         .bytes.size();
        }
        prepareBest = std::min(prepareBest, timer.nsecsElapsed() / 1e6);
        Q_UNUSED(bytes);
    }
    const double n = double(raws.size());
    QTextStream out(stdout);
    out << "notices:            " << raws.size() << "\n";
    out << QStringLiteral("parse (vmime):      %1 ms, %2 us per notice\n")
               .arg(parseBest, 0, 'f', 0)
               .arg(parseBest * 1000 / n, 0, 'f', 0);
    out << QStringLiteral("analyze:            %1 ms, %2 us per notice\n")
               .arg(analyzeBest, 0, 'f', 0)
               .arg(analyzeBest * 1000 / n, 0, 'f', 0);
    out << QStringLiteral("prepare for store:  %1 ms, %2 us per notice\n")
               .arg(prepareBest, 0, 'f', 0)
               .arg(prepareBest * 1000 / n, 0, 'f', 0);
    out << QStringLiteral("one core:           %1 notices/s\n")
               .arg(n * 1000 / (parseBest + analyzeBest + prepareBest), 0, 'f', 0);
    return 0;
}
