#include "importer/Importer.h"
#include "StoreTestKit.h"
#include "TestPaths.h"
#include "analysis/NoticeAnalyzer.h"
#include "importer/AnalysisBatch.h"
#include "importer/ImportJob.h"
#include "importer/MailSource.h"
#include "importer/MboxReader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace mixdesk;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray mail(int n, const QByteArray& body)
{
    return "From: desk@isp.example\nTo: abuse@mix.example\nSubject: Notice " +
           QByteArray::number(n) + "\n\n" + body;
}

OperatorProfile profile()
{
    auto p = OperatorProfile::loadFile(test::corpusFile(QStringLiteral("operator.json")));
    return p ? *p : OperatorProfile();
}

} // namespace

class ImporterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<test::TestStore> open(const QString& path)
    {
        auto db = Database::open(StoreLocation::sqliteFile(path));
        return db ? std::make_unique<test::TestStore>(std::move(*db)) : nullptr;
    }
    std::unique_ptr<test::TestStore> freshStore()
    {
        return open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)));
    }
    QList<QByteArray> storedRaw(test::TestStore& store)
    {
        NoticeQuery q;
        q.sortColumn = QStringLiteral("id");
        q.descending = false;
        QList<QByteArray> list;
        const auto ids = store.inbox().queryIds(q);
        for (qint64 id : *ids)
            list.append(*store.inbox().rawNotice(id));
        return list;
    }

private slots:
    void analysisLeavesQtsGlobalPoolFree();
    void detectsKinds()
    {
        writeFile(m_dir.filePath(QStringLiteral("k/one.eml")), mail(1, "x\n"));
        writeFile(m_dir.filePath(QStringLiteral("k/box")),
                  "From a@b.example Mon Jan 12 10:00:00 2026\n" + mail(1, "x\n"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("k/md/cur")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("k/md/new")));
        QCOMPARE(detectSourceKind(m_dir.filePath(QStringLiteral("k/one.eml"))),
                 SourceKind::EmlFile);
        QCOMPARE(detectSourceKind(m_dir.filePath(QStringLiteral("k/box"))), SourceKind::Mbox);
        QCOMPARE(detectSourceKind(m_dir.filePath(QStringLiteral("k/md"))), SourceKind::Maildir);
        QCOMPARE(detectSourceKind(m_dir.filePath(QStringLiteral("k"))), SourceKind::Folder);
        QCOMPARE(detectSourceKind(m_dir.filePath(QStringLiteral("nope"))), SourceKind::Missing);
        QCOMPARE(MboxReader::envelopeDate("From a@b.example Mon Jan 12 10:00:00 2026\n"),
                 QDateTime(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC));
    }

    void importsCorpusFolder()
    {
        auto store = freshStore();
        Importer importer(profile());
        int lastDone = 0;
        importer.setProgress([&](int done, int) { lastDone = done; });
        const ImportSummary s = importer.run({test::corpusDir()}, store->roles());
        QVERIFY(s.ok());
        QCOMPARE(s.imported, 30); // only the .eml files: README, truth.json... are no mail
        QCOMPARE(lastDone, 30);
        QCOMPARE(store->count(), 30);
        // Raw bytes exactly as in the files.
        QFile first(test::corpusFile(QStringLiteral("001-larkspur-squirrelmail-inline.eml")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(storedRaw(*store).contains(first.readAll()));
        // Again: all duplicates, nothing new.
        const ImportSummary again = importer.run({test::corpusDir()}, store->roles());
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 30);
        QCOMPARE(store->count(), 30);
    }

    void importsMboxWithFromQuoting()
    {
        const QByteArray m1 =
            mail(1, "First line\nFrom here on it is quoted.\n>From already quoted\n\nend\n");
        const QByteArray m2 = mail(2, "Second\r\n");
        const QByteArray m3 = mail(3, "Third, no trailing blank");
        const QByteArray box =
            "From desk@isp.example Mon Jan 12 10:00:00 2026\n" +
            mail(1, "First line\n>From here on it is quoted.\n>>From already quoted\n\nend\n") +
            "\nFrom desk@isp.example Tue Jan 13 11:00:00 2026\n" + m2 +
            "\nFrom desk@isp.example Wed Jan 14 12:00:00 2026\n" + m3;
        const QString path = m_dir.filePath(QStringLiteral("test.mbox"));
        writeFile(path, box);
        auto store = freshStore();
        const ImportSummary s = Importer(profile()).run({path}, store->roles());
        QVERIFY(s.ok());
        QCOMPARE(s.imported, 3);
        QCOMPARE(storedRaw(*store), (QList<QByteArray>{m1, m2, m3}));
        const auto rows = store->inbox().summaries({1});
        QCOMPARE(rows->at(0).receivedAt, QDateTime(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC));
        QCOMPARE(*store->inbox().origins(2),
                 QStringList{QStringLiteral("mbox:") + path + QStringLiteral("#2")});
    }

    void importsMaildirIgnoringTmp()
    {
        const QString md = m_dir.filePath(QStringLiteral("Maildir"));
        writeFile(md + QStringLiteral("/cur/1.host:2,S"), mail(1, "cur\n"));
        writeFile(md + QStringLiteral("/new/2.host"), mail(2, "new\n"));
        writeFile(md + QStringLiteral("/tmp/3.host"), mail(3, "still being delivered\n"));
        writeFile(md + QStringLiteral("/.Sub/cur/4.host:2,"), mail(4, "maildir++ folder\n"));
        QDir().mkpath(md + QStringLiteral("/.Sub/new"));
        auto store = freshStore();
        const ImportSummary s = Importer(profile()).run({md}, store->roles());
        QVERIFY(s.ok());
        QCOMPARE(s.imported, 3);
        NoticeQuery q;
        q.text = QStringLiteral("delivered");
        QVERIFY(store->inbox().queryIds(q)->isEmpty());
        // Received: the file's modification time, to the millisecond.
        const QDateTime mtime = QFileInfo(md + QStringLiteral("/cur/1.host:2,S"))
                                    .fileTime(QFileDevice::FileModificationTime)
                                    .toUTC();
        QCOMPARE(store->inbox().summaries({1})->at(0).receivedAt,
                 QDateTime::fromMSecsSinceEpoch(mtime.toMSecsSinceEpoch(), Qt::UTC));
        QCOMPARE(*store->inbox().rawNotice(1), mail(1, "cur\n"));
    }

    // Sources larger than the store: the inbox indexes go for the import and come back
    // at its end. Smaller ones leave them.
    void largeImportRebuildsTheInboxIndexes()
    {
        const QString db = m_dir.filePath(QStringLiteral("indexes.sqlite"));
        auto store = open(db);
        QVERIFY(store);
        // The store's own connection, which sees its uncommitted bulk.
        QSqlDatabase connection = store->db().connection();
        QVERIFY(connection.isOpen());
        const auto indexCount = [&] {
            QSqlQuery q(connection);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'notices' AND sql IS NOT NULL"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        const auto import = [&](int first, int count) {
            const QString folder = m_dir.filePath(QStringLiteral("large%1").arg(first));
            for (int n = first; n < first + count; ++n)
                writeFile(folder + QStringLiteral("/%1.eml").arg(n), mail(n, "body\n"));
            Importer importer(profile());
            importer.setBatchSize(2);
            importer.setSuspendIndexesFrom(4);
            QList<int> seen; // indexes while batches were stored
            importer.setProgress([&](int, int) { seen.append(indexCount()); });
            const ImportSummary s = importer.run({folder}, store->roles());
            return std::pair(s, seen);
        };

        const auto [large, duringLarge] = import(0, 6);
        QCOMPARE(large.imported, 6);
        QCOMPARE(duringLarge, (QList<int>{0, 0, 0}));
        QCOMPARE(indexCount(), 15);

        const auto [small, duringSmall] = import(100, 4); // fewer than the store holds
        QCOMPARE(small.imported, 4);
        QCOMPARE(duringSmall, (QList<int>{15, 15}));
        QCOMPARE(indexCount(), 15);
    }

    void largeImportRefreshesPlannerStatistics_data() { test::addBackendRows(); }
    void largeImportRefreshesPlannerStatistics()
    {
        QFETCH(test::Backend, backend);
        test::TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QVERIFY(store);
        const auto import = [&](int first, int count) {
            const QString folder = m_dir.filePath(
                QStringLiteral("stats-%1-%2").arg(test::backendName(backend)).arg(first));
            for (int n = first; n < first + count; ++n)
                writeFile(folder + QStringLiteral("/%1.eml").arg(n), mail(n, "body\n"));
            Importer importer(profile());
            importer.setRefreshStatisticsFrom(4);
            return importer.run({folder}, store->roles());
        };
        // What PostgreSQL's planner was told by an ANALYZE of ours (autovacuum's own
        // runs are recorded apart, as last_autoanalyze).
        const auto analysed = [&] {
            return desk
                .scalar(QStringLiteral("SELECT last_analyze IS NOT NULL FROM "
                                       "pg_stat_user_tables WHERE relname = 'notices'"))
                .toBool();
        };

        const ImportSummary few = import(0, 3);
        QVERIFY2(few.fatalError.isEmpty(), qPrintable(few.fatalError));
        if (desk.isPostgres())
            QVERIFY(!analysed());
        const ImportSummary many = import(100, 5);
        QVERIFY2(many.fatalError.isEmpty(), qPrintable(many.fatalError));
        QCOMPARE(many.imported, 5);
        if (desk.isPostgres())
            QTRY_VERIFY(analysed());
    }

    void unreadableFileIsAnErrorAndImportGoesOn()
    {
        // A dangling symlink: unreadable whoever runs the test (root reads anything else).
        const QString md = m_dir.filePath(QStringLiteral("Unreadable"));
        writeFile(md + QStringLiteral("/cur/1.host:2,S"), mail(1, "readable\n"));
        QDir().mkpath(md + QStringLiteral("/new"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("gone")),
                            md + QStringLiteral("/cur/2.host:2,S")));
        auto store = freshStore();
        const ImportSummary s = Importer(profile()).run({md}, store->roles());
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.errors, 1);
    }

    void emptyFileIsStoredAsBroken()
    {
        const QString dir = m_dir.filePath(QStringLiteral("empty"));
        writeFile(dir + QStringLiteral("/empty.eml"), QByteArray());
        auto store = freshStore();
        const ImportSummary s = Importer(profile()).run({dir}, store->roles());
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.broken, 1);
        QCOMPARE(store->inbox().rawNotice(1)->size(), 0);
    }

    void brokenMessageStoredRawAndImportGoesOn()
    {
        const QString dir = m_dir.filePath(QStringLiteral("broken"));
        // sizeof - 1: the bytes of the literal, NULs inside included (28 read past it).
        static const char kGarbage[] = "\x00\xff\xfe no header here\x00\n\x01\x02";
        const QByteArray garbage(kGarbage, sizeof kGarbage - 1);
        writeFile(dir + QStringLiteral("/a.eml"), garbage);
        writeFile(dir + QStringLiteral("/b.eml"), mail(2, "fine\n"));
        // A file that cannot be read: an error line, and the rest goes on.
        QVERIFY(
            QFile::link(dir + QStringLiteral("/missing-target"), dir + QStringLiteral("/c.eml")));
        writeFile(dir + QStringLiteral("/d.eml"), mail(4, "also fine\n"));
        auto store = freshStore();
        Importer importer(profile());
        QStringList errors;
        importer.setErrorLine([&](const QString& e) { errors.append(e); });
        const ImportSummary s = importer.run({dir}, store->roles());
        QCOMPARE(s.errors, 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("c.eml")));
        QCOMPARE(s.imported, 3);
        QVERIFY(s.broken >= 1);
        const QList<QByteArray> raws = storedRaw(*store);
        QCOMPARE(raws.first(), garbage);
        QVERIFY(!store->inbox().analysis(1)->problems.isEmpty());
        QVERIFY(store->inbox().summaries({1})->at(0).parseFailed);
    }

    void missingSourceIsAnError()
    {
        auto store = freshStore();
        const ImportSummary s =
            Importer(profile()).run({m_dir.filePath(QStringLiteral("nothing"))}, store->roles());
        QCOMPARE(s.errors, 1);
        QVERIFY(!s.ok());
    }

    void importJobRunsOffThread()
    {
        const QString db = m_dir.filePath(QStringLiteral("job.sqlite"));
        ImportJob job(StoreLocation::sqliteFile(db), {}, profile(), {test::corpusDir()});
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty());
        const auto summary = finished.first().first().value<ImportSummary>();
        QCOMPARE(summary.imported, 30);
        QVERIFY(summary.ok());
        auto store = open(db);
        QCOMPARE(store->count(), 30);
    }

    void importJobCancels()
    {
        const QString db = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        ImportJob job(StoreLocation::sqliteFile(db), {}, profile(), {test::corpusDir()});
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<ImportSummary>().cancelled);
    }
};

// Qt's raster paint engine hands parts of large fills to the global pool and waits for
// them on the GUI thread: analysis there froze the window for seconds during imports.
void ImporterTest::analysisLeavesQtsGlobalPoolFree()
{
    QList<IncomingNotice> notices;
    for (int i = 0; i < 400; ++i)
        notices << IncomingNotice::fromRaw(
            "Subject: n" + QByteArray::number(i) + "\r\n\r\nAbuse from 192.0.2." +
            QByteArray::number(i % 250) + " at 2026-03-01 10:00\r\n");
    AnalysisBatch batch(notices);
    QThreadPool::globalInstance()->waitForDone();
    batch.start(std::make_shared<const NoticePreparer>(
        std::make_shared<const NoticeAnalyzer>(OperatorProfile())));
    const int busyGlobalThreads = QThreadPool::globalInstance()->activeThreadCount();
    batch.wait(); // before any check can return: the tasks use the batch's lists
    QCOMPARE(busyGlobalThreads, 0);
    QCOMPARE(batch.prepared().size(), notices.size());
    QVERIFY(!batch.prepared().last().subject.isEmpty());
}

QTEST_GUILESS_MAIN(ImporterTest)
#include "ImporterTest.moc"
