// Prints the median time of 100 full-text searches and of the inbox queries
// (queryIds with sorts and filters, summaries of a page) on an existing database.
#include "store/Database.h"
#include "store/notices/SqlInboxQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace mixdesk;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_store_query DB_PATH_OR_URL\n";
        return 2;
    }
    const auto location = StoreLocation::parse(QString::fromLocal8Bit(argv[1]));
    if (!location) {
        out << "error: " << location.error().message << "\n";
        return 1;
    }
    auto db = Database::open(*location);
    if (!db) {
        out << "error: " << db.error().message << "\n";
        return 1;
    }
    SqlInboxQueries s(**db);
    const int total = *s.count(NoticeQuery());

    // Words of the kinds an operator types: addresses, IPs, names, German words, prefixes.
    const QStringList words{QStringLiteral("spam"),           QStringLiteral("webmail"),
                            QStringLiteral("192.0.2.140"),    QStringLiteral("203.0.113.77"),
                            QStringLiteral("Beschwerde"),     QStringLiteral("über"),
                            QStringLiteral("copyright"),      QStringLiteral("phishing"),
                            QStringLiteral("roundcube"),      QStringLiteral("portscan"),
                            QStringLiteral("Ticket"),         QStringLiteral("abuse@"),
                            QStringLiteral("Polizei"),        QStringLiteral("invoice"),
                            QStringLiteral("198.51.100.23"),  QStringLiteral("squirrel"),
                            QStringLiteral("blocklist"),      QStringLiteral("Strafanzeige"),
                            QStringLiteral("2001:db8:4::77"), QStringLiteral("account locked")};
    QList<double> searchMs;
    qsizetype hits = 0;
    for (int i = 0; i < 100; ++i) {
        NoticeQuery q;
        q.text = words.at(i % words.size());
        QElapsedTimer t;
        t.start();
        const auto ids = s.queryIds(q);
        searchMs.append(t.nsecsElapsed() / 1e6);
        hits += ids ? ids->size() : 0;
    }

    const auto timeQuery = [&](const NoticeQuery& q, qsizetype* rows) {
        QList<double> ms;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer t;
            t.start();
            const auto ids = s.queryIds(q);
            ms.append(t.nsecsElapsed() / 1e6);
            *rows = ids ? ids->size() : -1;
        }
        return median(ms);
    };
    out << "store rows:       " << total << "\n";
    out << "FTS search:       median " << QString::number(median(searchMs), 'f', 2)
        << " ms over 100 searches (" << hits / 100 << " hits on average)\n";
    qsizetype rows = 0;
    NoticeQuery all;
    double ms = timeQuery(all, &rows);
    out << "queryIds all by received: " << QString::number(ms, 'f', 1) << " ms (" << rows
        << " ids)\n";
    NoticeQuery bySubject;
    bySubject.sortColumn = QStringLiteral("subject");
    bySubject.descending = false;
    ms = timeQuery(bySubject, &rows);
    out << "queryIds all by subject:  " << QString::number(ms, 'f', 1) << " ms (" << rows
        << " ids)\n";
    NoticeQuery newOnes;
    newOnes.status = NoticeStatus::New;
    newOnes.sortColumn = QStringLiteral("reporter");
    ms = timeQuery(newOnes, &rows);
    out << "queryIds status=new by reporter: " << QString::number(ms, 'f', 1) << " ms (" << rows
        << " ids)\n";
    NoticeQuery textAndStatus;
    textAndStatus.status = NoticeStatus::New;
    textAndStatus.text = QStringLiteral("spam");
    ms = timeQuery(textAndStatus, &rows);
    out << "queryIds status=new + search 'spam': " << QString::number(ms, 'f', 1) << " ms (" << rows
        << " ids)\n";

    const auto ids = s.queryIds(all);
    QList<double> pageMs;
    for (int i = 0; i < 20 && ids; ++i) {
        QElapsedTimer t;
        t.start();
        s.summaries(ids->mid(qsizetype(i) * 1000 % qMax<qsizetype>(1, ids->size()), 100));
        pageMs.append(t.nsecsElapsed() / 1e6);
    }
    out << "summaries of 100 rows: median " << QString::number(median(pageMs), 'f', 2) << " ms\n";
    return 0;
}
