// Exports the PDF dossier of a case with N linked notices (default 1 000) from a
// fresh SQLite desk: prints the time to gather and to write, the pages, and the peak
// resident memory after each phase (getrusage), so growth per page shows.
#include "cases/SqlCaseStore.h"
#include "cases/dossier/DossierCollector.h"
#include "cases/dossier/DossierWriter.h"
#include "store/Database.h"
#include "store/notices/NoticePreparer.h"
#include "store/notices/NoticeRoles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace mixdesk;

namespace {

// User + system CPU time of this process: unlike the wall time, it hardly changes when
// other work shares the machine.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

Analysis analysis(int i)
{
    Analysis a;
    a.category = Category::Fraud;
    a.reporter = QStringLiteral("Polizeipräsidium Musterstadt");
    a.exitIp = QStringLiteral("192.0.2.140");
    a.incidentTimeUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 97);
    a.webmailAccount = QStringLiteral("user%1@webmail.example").arg(i);
    a.mailServer = QStringLiteral("mail.webmail.example");
    a.caseReference = QStringLiteral("Az. 123 Js 4567/26");
    OffendingMessage m;
    for (int h = 0; h < 4; ++h) {
        ReceivedHop hop;
        hop.fromHost = QStringLiteral("hop%1.example.net").arg(h);
        hop.fromIp = h == 0 ? a.exitIp : QStringLiteral("198.51.100.%1").arg(h + 10);
        hop.byHost = QStringLiteral("hop%1.example.net").arg(h + 1);
        hop.with = QStringLiteral("ESMTPS");
        hop.dateUtc = a.incidentTimeUtc.addSecs(h);
        m.hops.append(hop);
    }
    m.exitHopIndex = 0;
    a.offendingMessages = {m};
    return a;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    auto db = Database::open(StoreLocation::sqliteFile(dir.filePath(QStringLiteral("b.sqlite"))));
    if (!db) {
        out << "error: " << db.error().message << "\n";
        return 1;
    }
    SqlNoticeRoles roles(**db);
    QList<PreparedNotice> notices;
    for (int i = 0; i < count; ++i) {
        const QByteArray raw = "From: Polizei <post@polizei.example>\r\nTo: abuse@mix.example\r\n"
                               "Subject: Vorladung " +
                               QByteArray::number(i) + "\r\nMessage-ID: <" + QByteArray::number(i) +
                               "@polizei.example>\r\n\r\nText " + QByteArray::number(i) + "\r\n";
        notices << NoticePreparer::withAnalysis(
            IncomingNotice::fromRaw(raw, QStringLiteral("bench:%1").arg(i)), analysis(i));
    }
    const auto added = roles.roles().writer.add(notices);
    if (!added) {
        out << "error: " << added.error().message << "\n";
        return 1;
    }
    QList<qint64> ids;
    for (const AddResult& r : *added)
        ids << r.id;
    notices.clear();
    SqlCaseStore cases(**db);
    CaseFolder folder;
    folder.type = CaseType::Summons;
    folder.title = QStringLiteral("Bench");
    folder.reference = QStringLiteral("Az. 123 Js 4567/26");
    const qint64 caseId = cases.create(folder, ids)->id;
    OperatorProfile profile;
    ExitNode exit;
    exit.name = QStringLiteral("exit1");
    exit.addresses = {QStringLiteral("192.0.2.140")};
    exit.inServiceSince = QDate(2024, 1, 1);
    profile.exits = {exit};
    const long before = peakKb();

    QElapsedTimer timer;
    timer.start();
    const auto data = DossierCollector::collect(cases, roles.roles().inbox, roles.roles().journal,
                                                caseId, profile, QStringLiteral("de"));
    if (!data) {
        out << "error: " << data.error().message << "\n";
        return 1;
    }
    const qint64 gatherMs = timer.restart();
    const double cpuBeforeWrite = cpuSeconds();
    const long afterGather = peakKb();
    // A second argument keeps the PDF there (to look at it, or to compare two builds).
    const QString pdf =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("dossier.pdf"));
    const auto written = DossierWriter::write(*data, pdf);
    if (!written) {
        out << "error: " << written.error().message << "\n";
        return 1;
    }
    const qint64 writeMs = timer.elapsed();
    out << "notices: " << count << "\n"
        << "pages: " << written->pages << "\n"
        << "gather: " << gatherMs << " ms\n"
        << "write: " << writeMs << " ms (CPU "
        << QString::number(cpuSeconds() - cpuBeforeWrite, 'f', 1) << " s)\n"
        << "total: " << gatherMs + writeMs << " ms\n"
        << "pdf size: " << QFileInfo(pdf).size() / 1024 << " KiB\n"
        << "peak RSS before export: " << before / 1024 << " MiB\n"
        << "peak RSS after gathering: " << afterGather / 1024 << " MiB\n"
        << "peak RSS after writing: " << peakKb() / 1024 << " MiB\n";
    return 0;
}
