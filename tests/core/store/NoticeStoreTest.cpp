#include "store/NoticeStore.h"
#include "store/BulkTransaction.h"
#include "store/RawCodec.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace mixdesk;
using namespace Qt::StringLiterals;

namespace {

IncomingNotice notice(const QByteArray& raw, const QString& origin = QString(),
                      const QDateTime& received = QDateTime())
{
    return IncomingNotice{raw, origin, received, std::nullopt};
}

QByteArray mail(const QByteArray& subject, const QByteArray& body = "Hello.\n")
{
    return "From: Abuse Desk <abuse@isp.example>\nTo: abuse@mix.example\nSubject: " + subject +
           "\nMessage-ID: <" + QByteArray::number(qHash(subject + body)) + "@isp.example>\n\n" +
           body;
}

// A reanalysed notice whose text the caller has computed already.
QList<IncomingNotice> withText(const NoticeText& text)
{
    IncomingNotice notice;
    notice.text = text;
    return {notice};
}

Analysis analysisWith(Category category, const QString& exitIp, const QString& account = QString())
{
    Analysis a;
    a.category = category;
    a.exitIp = exitIp;
    if (!exitIp.isEmpty())
        a.exitIps = {exitIp};
    a.webmailAccount = account;
    a.reporter = QStringLiteral("Test ISP");
    return a;
}

// A second, independent connection: what another process would see.
class RawDb
{
public:
    explicit RawDb(const QString& path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
        m_db.setDatabaseName(path);
        QVERIFY(m_db.open());
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << q.lastError().text();
        return ok;
    }

private:
    QSqlDatabase m_db;
};

const QString kFullTextColumns = u"subject, body, addresses, ips, accounts, reporter, case_ref"_s;

// Schema 7's additions go: no suspended indexes, analyses as JSON text. The rows
// already stored keep their analysis, as text.
void undoSchemaSeven(RawDb& raw)
{
    QVERIFY(raw.exec(u"DROP TABLE suspended_indexes"_s));
    QVERIFY(raw.exec(u"DELETE FROM notice_fts_config WHERE k IN ('hashsize', 'automerge')"_s));
    QSqlDatabase db = QSqlDatabase::database(u"raw-check"_s);
    QSqlQuery packed(db);
    QVERIFY(
        packed.exec(u"SELECT notice_id, analysis_packed, analysis_format FROM notice_content"_s));
    QSqlQuery asText(db);
    asText.prepare(u"UPDATE notice_content SET analysis = ? WHERE notice_id = ?"_s);
    while (packed.next()) {
        const auto json =
            RawCodec::unpack(RawFormat(packed.value(2).toInt()), packed.value(1).toByteArray());
        QVERIFY(json);
        asText.addBindValue(QString::fromUtf8(*json));
        asText.addBindValue(packed.value(0));
        QVERIFY(asText.exec());
    }
    packed.finish();
    QVERIFY(raw.exec(u"ALTER TABLE notice_content DROP COLUMN analysis_packed"_s));
    QVERIFY(raw.exec(u"ALTER TABLE notice_content DROP COLUMN analysis_format"_s));
}

// Schema 7: the full-text index writes a bulk transaction's terms at once and merges
// eight segments at a time (SqlDialect::fullTextTuning).
bool fullTextTunedForBulkLoads(RawDb& raw)
{
    return raw.scalar(u"SELECT v FROM notice_fts_config WHERE k = 'hashsize'"_s).toInt() ==
               32 * 1024 * 1024 &&
           raw.scalar(u"SELECT v FROM notice_fts_config WHERE k = 'automerge'"_s).toInt() == 8;
}

// The sync checkpoints as before schema 6: no after-sync progress. (Schema 7 came
// later: its additions go too.)
void dropAfterSyncProgress(RawDb& raw)
{
    undoSchemaSeven(raw);
    QVERIFY(raw.exec(u"ALTER TABLE sync_checkpoints DROP COLUMN after_sync_uid"_s));
    QVERIFY(raw.exec(u"ALTER TABLE sync_checkpoints DROP COLUMN after_sync_action"_s));
}

// The full-text index as before schema 5: a copy of the text inside, no search_text.
// (Schema 6 came later: its columns go too.)
void makeFullTextKeepItsCopy(RawDb& raw)
{
    dropAfterSyncProgress(raw);
    QVERIFY(raw.exec(u"DROP TABLE notice_fts"_s));
    QVERIFY(raw.exec(u"CREATE VIRTUAL TABLE notice_fts USING fts5("_s + kFullTextColumns +
                     u", tokenize = 'unicode61 remove_diacritics 2')"_s));
    QVERIFY(raw.exec(u"ALTER TABLE notice_content DROP COLUMN search_text"_s));
    QVERIFY(raw.exec(u"ALTER TABLE notice_content DROP COLUMN search_format"_s));
}

} // namespace

class NoticeStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("db%1/notices.sqlite").arg(++m_counter));
    }
    std::unique_ptr<NoticeStore> open(const QString& path)
    {
        auto store = NoticeStore::openSqlite(path);
        if (!store)
            qWarning() << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void statusIds()
    {
        for (NoticeStatus s : allStatuses()) {
            QCOMPARE(statusFromId(statusId(s)), s);
            QVERIFY(!statusDisplayName(s).isEmpty());
        }
        QCOMPARE(statusId(NoticeStatus::WaitingForReply), QStringLiteral("waiting"));
        QVERIFY(!statusFromId(u"bogus"));
    }

    void sha256MatchesTheStandardVectors()
    {
        // FIPS 180-2 test vectors: the digest is the dedupe key of every stored notice,
        // so a faster implementation must give the very same bytes.
        QCOMPARE(NoticeStore::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(NoticeStore::sha256(QByteArray()).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        const QByteArray million(1000000, 'a');
        QCOMPARE(NoticeStore::sha256(million).toHex(),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void rawBytesArePackedAndComeBackExactly()
    {
        const QString path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        const QByteArray big =
            mail("packed") + QByteArray("Traffic from 192.0.2.1.\r\n").repeated(200);
        auto added = store->addNotices({notice(big)}, {Analysis()});
        QVERIFY(added.ok());
        QCOMPARE(*store->rawNotice(added->first().id), big);
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT raw_format FROM notice_content")).toInt(),
                 int(RawFormat::Zstd));
        QVERIFY(raw.scalar(QStringLiteral("SELECT length(raw) FROM notice_content")).toInt() <
                big.size() / 4);
    }

    void rowsStoredVerbatimBeforeSchemaThreeStillRead()
    {
        const QString path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        const QByteArray original = mail("old");
        auto added = store->addNotices({notice(original)}, {Analysis()});
        QVERIFY(added.ok());
        {
            RawDb raw(path);
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw-check")));
            q.prepare(QStringLiteral("UPDATE notice_content SET raw = ?, raw_format = 0"));
            q.addBindValue(original);
            QVERIFY(q.exec());
        }
        QCOMPARE(*store->rawNotice(added->first().id), original);
    }

    void damagedPackedBytesGiveAClearError()
    {
        const QString path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        auto added = store->addNotices({notice(mail("damaged"))}, {Analysis()});
        QVERIFY(added.ok());
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE notice_content SET raw = x'00010203', "
                                            "raw_format = 1")));
        }
        auto read = store->rawNotice(added->first().id);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(read.error().message));
    }

    void migratesFromEmptyAndReopens()
    {
        const QString path = freshPath();
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->addNotices({notice(mail("one"))}, {Analysis()}).ok());
        }
        {
            RawDb raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 7);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QVERIFY(fullTextTunedForBulkLoads(raw));
        }
        auto again = open(path); // idempotent: no migration runs twice
        QVERIFY(again);
        QCOMPARE(*again->count(), 1);
    }

    void migratesVersionOneAndSortsNewByReporterFromAnIndex()
    {
        const QString path = freshPath();
        QVERIFY(open(path));
        {
            // A database of schema 1, as made before the status+reporter index.
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP INDEX notices_status_reporter")));
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE notice_content DROP COLUMN raw_format")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE notice_spool")));
            makeFullTextKeepItsCopy(raw);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
        }
        // The GUI asks first, and migrates on a worker thread only when needed.
        const auto refused = NoticeStore::openSqlite(path, NoticeStore::Upgrade::RefuseIfPending);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, NoticeStore::kUpgradePending);
        QCOMPARE(RawDb(path).scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 1);
        QVERIFY(open(path));
        QVERIFY(NoticeStore::openSqlite(path, NoticeStore::Upgrade::RefuseIfPending));
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 7);
        QSqlQuery plan(QSqlDatabase::database(QStringLiteral("raw-check")));
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT n.id FROM notices n WHERE "
                                         "n.status = 'new' ORDER BY n.reporter, n.id")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(u' ').contains(QStringLiteral("notices_status_reporter")),
                 qPrintable(steps.join(u' ')));
        QVERIFY2(!steps.join(u' ').contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps.join(u' ')));
    }

    // Schema 5: the index gives up its copy of the text; each notice keeps the values
    // it was indexed with, so that reanalysis takes exactly those out again.
    // Folders synced before schema 6 start with no after-sync progress.
    void migratesCheckpointsToKeepAfterSyncProgress()
    {
        const QString path = freshPath();
        QVERIFY(open(path));
        {
            RawDb raw(path);
            dropAfterSyncProgress(raw);
            QVERIFY(raw.exec(u"INSERT INTO sync_checkpoints (account, folder, uid_validity, "
                             "last_uid) VALUES ('acct', 'INBOX', 7, 40)"_s));
            QVERIFY(raw.exec(u"UPDATE schema_version SET version = 5"_s));
        }
        auto store = open(path);
        QVERIFY(store);
        const auto cp = store->syncCheckpoint(u"acct"_s, u"INBOX"_s);
        QCOMPARE(cp->lastUid, 40u);
        QCOMPARE(cp->afterSyncUid, 0u);
        QCOMPARE(cp->afterSyncAction, QString());
        RawDb raw(path);
        QVERIFY(fullTextTunedForBulkLoads(raw)); // schema 7
    }

    void migratesTheIndexToKeepNoCopy()
    {
        const QString path = freshPath();
        {
            auto store = open(path);
            QVERIFY(store
                        ->addNotices({notice(mail("old-one", "Body with r\u00e4tsel.\n"))},
                                     {analysisWith(Category::Fraud, u"192.0.2.14"_s)})
                        .ok());
        }
        {
            RawDb raw(path);
            makeFullTextKeepItsCopy(raw);
            // What schema 4 had indexed for it (a null column, too).
            QVERIFY(raw.exec(u"INSERT INTO notice_fts (rowid, "_s + kFullTextColumns +
                             u") VALUES (1, 'old-one', 'Body with r\u00e4tsel.', "
                             "'abuse@isp.example', '192.0.2.14', '', 'Test ISP', NULL)"_s));
            QVERIFY(raw.exec(u"UPDATE schema_version SET version = 4"_s));
        }
        auto store = open(path);
        QVERIFY(store);
        QCOMPARE(store->analysis(1)->exitIp, u"192.0.2.14"_s); // stored as text
        NoticeQuery q;
        q.text = u"ratsel"_s;
        QCOMPARE(*store->queryIds(q), QList<qint64>{1});
        {
            RawDb raw(path);
            QVERIFY(raw.scalar(u"SELECT sql FROM sqlite_master WHERE name = 'notice_fts'"_s)
                        .toString()
                        .contains(u"content = ''"_s));
            QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name LIKE "
                                "'notice_fts%content'"_s)
                         .toInt(),
                     0);
        }
        // Reanalysis takes the old values out exactly, and puts the new ones in.
        QVERIFY(store
                    ->updateAnalyses({1}, {analysisWith(Category::Fraud, u"198.51.100.9"_s)},
                                     withText({u"old-one"_s, u"abuse@isp.example"_s,
                                               u"Body with r\u00e4tsel."_s}))
                    .ok());
        q.text = u"192.0.2.14"_s;
        QVERIFY(store->queryIds(q)->isEmpty());
        q.text = u"198.51.100.9"_s;
        QCOMPARE(*store->queryIds(q), QList<qint64>{1});
        q.text = u"ratsel"_s;
        QCOMPARE(*store->queryIds(q), QList<qint64>{1});
        QCOMPARE(store->analysis(1)->exitIp, u"198.51.100.9"_s); // stored packed
        // And again, now from the values the store wrote itself.
        QVERIFY(store
                    ->updateAnalyses({1}, {analysisWith(Category::Fraud, u"203.0.113.5"_s)},
                                     withText({u"old-one"_s, u""_s, u"Other body."_s}))
                    .ok());
        q.text = u"198.51.100.9"_s;
        QVERIFY(store->queryIds(q)->isEmpty());
        q.text = u"ratsel"_s;
        QVERIFY(store->queryIds(q)->isEmpty());
        q.text = u"other body"_s;
        QCOMPARE(*store->queryIds(q), QList<qint64>{1});
        RawDb raw(path);
        QCOMPARE(
            raw.scalar(u"SELECT COUNT(*) FROM notice_fts WHERE notice_fts = 'ratsel'"_s).toInt(),
            0);
    }

    void fileIsPrivate()
    {
        const QString path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
    }

    void rejectsNewerSchema()
    {
        const QString path = freshPath();
        QVERIFY(open(path));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        QVERIFY(!NoticeStore::openSqlite(path).ok());
    }

    void storesRawBytesOnceBySha256()
    {
        auto store = open(freshPath());
        const QByteArray raw = "Subject: 8bit \xfc\r\nX: y\r\n\r\nbody\n\x01\x02\r\n";
        const auto first =
            store->addNotices({notice(raw, QStringLiteral("file:/a.eml"))},
                              {analysisWith(Category::SpamWebmail, QStringLiteral("192.0.2.140"))});
        QVERIFY(first.ok());
        QVERIFY(first->at(0).inserted);
        const auto second = store->addNotices({notice(raw, QStringLiteral("imap:acct/INBOX")),
                                               notice(raw, QStringLiteral("file:/a.eml"))},
                                              {Analysis(), Analysis()});
        QVERIFY(second.ok());
        QVERIFY(!second->at(0).inserted);
        QCOMPARE(second->at(0).id, first->at(0).id);
        QCOMPARE(*store->count(), 1);
        QCOMPARE(*store->rawNotice(first->at(0).id), raw);
        QCOMPARE(store->origins(first->at(0).id)->size(), 2);
        // The first analysis stays: a duplicate does not overwrite it.
        QCOMPARE(store->analysis(first->at(0).id)->exitIp, QStringLiteral("192.0.2.140"));
    }

    void analysisRoundTrips()
    {
        auto store = open(freshPath());
        Analysis a = analysisWith(Category::Copyright, QStringLiteral("203.0.113.77"),
                                  QStringLiteral("x@y.example"));
        a.incidentTimeUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.language = QStringLiteral("de");
        a.caseReference = QStringLiteral("412 Js 1187/26");
        a.problems = {QStringLiteral("header line without colon")};
        const auto ids = store->addNotices({notice(mail("x"))}, {a});
        QVERIFY(ids.ok());
        QCOMPARE(*store->analysis(ids->at(0).id), a);
        {
            // Packed, not as text (schema 7).
            RawDb raw(m_dir.filePath(QStringLiteral("db%1/notices.sqlite").arg(m_counter)));
            QCOMPARE(raw.scalar(u"SELECT analysis || '|' || analysis_format FROM "
                                "notice_content"_s)
                         .toString(),
                     u"|1"_s);
        }
        const auto rows = store->summaries({ids->at(0).id});
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).category, QStringLiteral("copyright"));
        QCOMPARE(rows->at(0).incidentTimeUtc, a.incidentTimeUtc);
        QCOMPARE(rows->at(0).language, QStringLiteral("de"));
        QCOMPARE(rows->at(0).subject, QStringLiteral("x"));
        QVERIFY(rows->at(0).parseFailed);
    }

    void statusChangesAreLogged()
    {
        auto store = open(freshPath());
        const auto ids =
            store->addNotices({notice(mail("a")), notice(mail("b"))}, {Analysis(), Analysis()});
        const qint64 a = ids->at(0).id, b = ids->at(1).id;
        QVERIFY(store->setStatus({a, b}, NoticeStatus::InProgress, QStringLiteral("jana")).ok());
        QVERIFY(store->setStatus({a}, NoticeStatus::Closed, QStringLiteral("jana")).ok());
        QVERIFY(!store->setStatus({424242}, NoticeStatus::Closed, QStringLiteral("jana")).ok());
        const auto events = store->events(a);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).kind, QStringLiteral("imported"));
        QCOMPARE(events->at(1).kind, QStringLiteral("status"));
        QCOMPARE(events->at(1).user, QStringLiteral("jana"));
        QCOMPARE(events->at(2).detail, QStringLiteral("in-progress -> closed"));
        QCOMPARE(events->at(2).time.timeSpec(), Qt::UTC);
        QCOMPARE(*store->count(NoticeStatus::Closed), 1);
        const auto counts = store->countByStatus();
        QCOMPARE(counts->value(NoticeStatus::InProgress), 1);
        QCOMPARE(counts->value(NoticeStatus::New), 0);
    }

    void notesAndEvents()
    {
        auto store = open(freshPath());
        const qint64 id = store->addNotices({notice(mail("n"))}, {Analysis()})->at(0).id;
        QVERIFY(
            store->addNote(id, QStringLiteral("Asked ISP for logs."), QStringLiteral("jana")).ok());
        QVERIFY(store->addNote(id, QStringLiteral("Grüße erhalten."), defaultUserName()).ok());
        QVERIFY(store
                    ->addEvent(id, QStringLiteral("mail-sent"), QStringLiteral("abuse@isp.example"),
                               QStringLiteral("jana"))
                    .ok());
        QCOMPARE(*store->notes(id), QStringLiteral("Asked ISP for logs.\n\nGrüße erhalten."));
        const auto events = store->events(id);
        QCOMPARE(events->size(), 4);
        QCOMPARE(events->at(1).kind, QStringLiteral("note"));
        QCOMPARE(events->at(3).kind, QStringLiteral("mail-sent"));
    }

    void fullTextSearch()
    {
        auto store = open(freshPath());
        const auto ids = store->addNotices(
            {notice(mail("Beschwerde über Spam", "Sehr geehrte Damen und Herren, Grüße.\n")),
             notice(mail("Portscan report", "Scans from the host seen.\n")),
             notice(mail("Copyright notice", "Infringement detected.\n"))},
            {analysisWith(Category::SpamWebmail, QStringLiteral("192.0.2.140"),
                          QStringLiteral("r.kranich@mistelzweig.example")),
             analysisWith(Category::NetworkAttack, QStringLiteral("203.0.113.77")),
             analysisWith(Category::Copyright, QStringLiteral("198.51.100.23"))});
        QVERIFY(ids.ok());
        const auto search = [&](const QString& text) {
            NoticeQuery q;
            q.text = text;
            const auto r = store->queryIds(q);
            if (!r)
                qWarning() << r.error().message;
            return r ? *r : QList<qint64>{-1};
        };
        QCOMPARE(search(QStringLiteral("portscan")), QList<qint64>{ids->at(1).id});
        QCOMPARE(search(QStringLiteral("über")), QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("Grüße")), QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("203.0.113.77")), QList<qint64>{ids->at(1).id});
        QCOMPARE(search(QStringLiteral("r.kranich@mistelzweig.example")),
                 QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("kranich")), QList<qint64>{ids->at(0).id});
        QCOMPARE(search(QStringLiteral("Infring")), QList<qint64>{ids->at(2).id}); // prefix
        QCOMPARE(search(QStringLiteral("abuse@isp.example")).size(), 3);           // From
        QCOMPARE(search(QStringLiteral("copyright portscan")), QList<qint64>());
        // Operators and quotes in user text are searched for, never interpreted.
        QCOMPARE(search(QStringLiteral("\"unbalanced")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("NOT OR AND ( * :")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("subject:portscan")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("' ; DROP TABLE notices; --")), QList<qint64>());
        QCOMPARE(*store->count(), 3);
    }

    void queryIdsSortsAndFilters()
    {
        auto store = open(freshPath());
        const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QList<IncomingNotice> notices;
        QList<Analysis> analyses;
        const QList<Category> cats{Category::SpamWebmail, Category::Copyright,
                                   Category::SpamWebmail, Category::Fraud, Category::SpamWebmail};
        const QStringList ips{QStringLiteral("192.0.2.140"), QStringLiteral("203.0.113.77"),
                              QStringLiteral("203.0.113.77"), QStringLiteral("192.0.2.140"),
                              QStringLiteral("198.51.100.23")};
        const QStringList subjects{QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c"),
                                   QStringLiteral("b"), QStringLiteral("a")};
        for (int i = 0; i < 5; ++i) {
            notices.append(notice(mail(subjects[i].toUtf8()), QString(), t0.addDays(i)));
            analyses.append(analysisWith(cats[i], ips[i]));
        }
        const auto added = store->addNotices(notices, analyses);
        QList<qint64> id;
        for (const AddResult& r : *added)
            id.append(r.id);
        QVERIFY(store->setStatus({id[1], id[2]}, NoticeStatus::Closed, QStringLiteral("t")).ok());

        NoticeQuery q;
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[4], id[3], id[2], id[1], id[0]}));
        q.descending = false;
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[0], id[1], id[2], id[3], id[4]}));
        q.sortColumn = QStringLiteral("subject");
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[4], id[3], id[2], id[1], id[0]}));
        q.category = QStringLiteral("spam-webmail");
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[4], id[2], id[0]}));
        q.status = NoticeStatus::Closed;
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[2]}));
        q = NoticeQuery();
        q.exitIp = QStringLiteral("203.0.113.77");
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[2], id[1]}));
        q.exitIp.clear();
        q.from = t0.addDays(1);
        q.to = t0.addDays(3);
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[2], id[1]}));
        q = NoticeQuery();
        q.sortColumn = QStringLiteral("status");
        q.descending = false;
        q.limit = 2;
        QCOMPARE(*store->queryIds(q), (QList<qint64>{id[1], id[2]}));
        q = NoticeQuery();
        q.sortColumn = QStringLiteral("'; DROP TABLE notices"); // unknown: falls back safely
        QCOMPARE(store->queryIds(q)->size(), 5);
        const auto rows = store->summaries({id[3], id[0]});
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).id, id[3]); // in the order asked for
        QCOMPARE(rows->at(0).receivedAt, t0.addDays(3));
    }

    void checkpointSavedWithSpooledBatch()
    {
        const QString path = freshPath();
        auto store = open(path);
        const SyncCheckpoint at2{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 2};
        QCOMPARE(store->syncCheckpoint(QStringLiteral("acct"), QStringLiteral("INBOX"))->lastUid,
                 0u);
        QVERIFY(store->spoolNotices({notice(mail("s1")), notice(mail("s2"))}, at2).ok());
        auto cp = store->syncCheckpoint(QStringLiteral("acct"), QStringLiteral("INBOX"));
        QCOMPARE(cp->uidValidity, 7u);
        QCOMPARE(cp->lastUid, 2u);
        QCOMPARE(cp->afterSyncUid, 0u);
        QCOMPARE(store->spooledIds()->size(), 2);

        // The after-sync action's progress is saved alone, and kept by the next batch.
        SyncCheckpoint marked = at2;
        marked.afterSyncUid = 2;
        marked.afterSyncAction = QStringLiteral("mark-seen");
        QVERIFY(store->saveSyncCheckpoint(marked).ok());
        cp = store->syncCheckpoint(QStringLiteral("acct"), QStringLiteral("INBOX"));
        QCOMPARE(cp->lastUid, 2u);
        QCOMPARE(cp->afterSyncUid, 2u);
        QCOMPARE(cp->afterSyncAction, QStringLiteral("mark-seen"));
        QCOMPARE(
            store->syncCheckpoint(QStringLiteral("acct"), QStringLiteral("Other"))->afterSyncAction,
            QString());

        // A failure in the middle of a batch: nothing of it, and no checkpoint move.
        {
            RawDb raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("CREATE TRIGGER fail_third BEFORE INSERT ON notice_spool "
                               "WHEN (SELECT COUNT(*) FROM notice_spool) >= 3 BEGIN SELECT "
                               "RAISE(ABORT, 'injected'); END")));
        }
        const auto failed = store->spoolNotices(
            {notice(mail("s3")), notice(mail("s4")), notice(mail("s5"))},
            SyncCheckpoint{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 5});
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("injected")));
        QCOMPARE(store->spooledIds()->size(), 2);
        cp = store->syncCheckpoint(QStringLiteral("acct"), QStringLiteral("INBOX"));
        QCOMPARE(cp->lastUid, 2u);
        // The store stays usable after the failure.
        QVERIFY(store->addNotices({notice(mail("s6"))}, {Analysis()}).ok());
    }

    // The fetch spools; the analysis files into the inbox with the fetch's time, user
    // and every folder the message came from; known bytes only gain an origin.
    void spooledNoticesAreFiledIntoTheInbox()
    {
        auto store = open(freshPath());
        const QDateTime received(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store->addNotices({notice(mail("known"))}, {Analysis()}).ok());
        const SyncCheckpoint inbox{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 3};
        auto spooled =
            store->spoolNotices({notice(mail("f1"), QStringLiteral("imap:acct/INBOX"), received),
                                 notice(mail("f2"), QStringLiteral("imap:acct/INBOX")),
                                 notice(mail("known"), QStringLiteral("imap:acct/INBOX"))},
                                inbox);
        QVERIFY(spooled.ok());
        QCOMPARE(spooled->at(0).inserted, true);
        QCOMPARE(spooled->at(1).inserted, true);
        QCOMPARE(spooled->at(2).inserted, false); // in the inbox already
        QCOMPARE(spooled->at(2).id, 1);
        QCOMPARE(*store->origins(1), QStringList{QStringLiteral("imap:acct/INBOX")});
        // The same bytes from another folder: spooled once, with both origins.
        auto again = store->spoolNotices({notice(mail("f1"), QStringLiteral("imap:acct/Abuse"))},
                                         {QStringLiteral("acct"), QStringLiteral("Abuse"), 9, 1});
        QCOMPARE(again->at(0).inserted, false);
        // Not listed before the analysis.
        QCOMPARE(*store->count(), 1);
        const QList<qint64> ids = *store->spooledIds();
        QCOMPARE(ids.size(), 2);

        auto first = store->spooledNotice(ids[0]);
        QVERIFY(first.ok());
        QCOMPARE(first->notice.raw, mail("f1"));
        QCOMPARE(first->notice.receivedAt, received);
        QCOMPARE(first->notice.sha256, NoticeStore::sha256(mail("f1")));
        QCOMPARE(first->origins, (QStringList{QStringLiteral("imap:acct/INBOX"),
                                              QStringLiteral("imap:acct/Abuse")}));
        QVERIFY(first->fetchedAt.isValid());
        QVERIFY(!store->spooledNotice(999).ok());
        auto second = store->spooledNotice(ids[1]);

        const auto filed = store->fileSpooled(
            {*first, *second},
            {analysisWith(Category::Fraud, QStringLiteral("192.0.2.7")), Analysis()});
        QVERIFY(filed.ok());
        QCOMPARE(filed->size(), 2);
        QVERIFY(filed->at(0).inserted);
        const qint64 id = filed->at(0).id;
        QVERIFY(store->spooledIds()->isEmpty());
        QCOMPARE(*store->count(), 3);
        QCOMPARE(*store->rawNotice(id), mail("f1"));
        QCOMPARE(store->summaries({id})->at(0).receivedAt, received);
        QCOMPARE(store->summaries({id})->at(0).category, QStringLiteral("fraud"));
        QCOMPARE(store->origins(id)->size(), 2);
        const auto events = *store->events(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, QStringLiteral("synced"));
        QCOMPARE(events[0].time, first->fetchedAt);
        QCOMPARE(events[0].user, first->user);
        NoticeQuery q;
        q.text = QStringLiteral("192.0.2.7");
        QCOMPARE(*store->queryIds(q), QList<qint64>{id});

        // Bytes that reached the inbox meanwhile (imported): only the origin is added.
        auto late = store->spoolNotices({notice(mail("f3"), QStringLiteral("imap:acct/INBOX"))},
                                        {QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 4});
        const qint64 lateSpoolId = store->spooledIds()->first();
        auto imported =
            store->addNotices({notice(mail("f3"), QStringLiteral("file:/f3.eml"))}, {Analysis()});
        auto lateFiled = store->fileSpooled({*store->spooledNotice(lateSpoolId)}, {Analysis()});
        QVERIFY(lateFiled.ok());
        QCOMPARE(lateFiled->at(0).inserted, false);
        QCOMPARE(lateFiled->at(0).id, imported->at(0).id);
        QCOMPARE(store->origins(imported->at(0).id)->size(), 2);
        QVERIFY(store->spooledIds()->isEmpty());
        QCOMPARE(*store->count(), 4);
    }

    void reanalysisUpdatesColumnsAndIndex()
    {
        auto store = open(freshPath());
        Analysis old = analysisWith(Category::Other, QString());
        old.analyzerVersion = 0;
        const auto ids = store->addNotices({notice(mail("r1")), notice(mail("r2"))},
                                           {old, analysisWith(Category::Fraud, QString())});
        QCOMPARE(*store->idsWithAnalyzerVersionBelow(Analysis::kCurrentVersion),
                 QList<qint64>{ids->at(0).id});
        QCOMPARE(store->idsWithAnalyzerVersionBelow(0)->size(), 2);
        const Analysis updated = analysisWith(Category::Harassment, QStringLiteral("192.0.2.140"));
        QVERIFY(store->updateAnalyses({ids->at(0).id}, {updated}).ok());
        QCOMPARE(*store->analysis(ids->at(0).id), updated);
        QVERIFY(store->idsWithAnalyzerVersionBelow(Analysis::kCurrentVersion)->isEmpty());
        NoticeQuery q;
        q.text = QStringLiteral("192.0.2.140");
        QCOMPARE(*store->queryIds(q), QList<qint64>{ids->at(0).id});
        q.text = QStringLiteral("r1"); // the mail's own text is still indexed
        QCOMPARE(*store->queryIds(q), QList<qint64>{ids->at(0).id});
        QCOMPARE(store->summaries({ids->at(0).id})->at(0).category, QStringLiteral("harassment"));
    }

    // Calls inside a bulk transaction: each all or nothing, visible to other
    // connections only at commitBulk(), kept when the store closes without it.
    void bulkTransactionsCommitTogether()
    {
        const QString path = freshPath();
        auto writer = open(path);
        auto reader = open(path);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER fail_b4 BEFORE INSERT ON notices "
                                            "WHEN NEW.subject = 'b4' BEGIN SELECT "
                                            "RAISE(ABORT, 'injected'); END")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER fail_spool3 BEFORE INSERT ON "
                                            "notice_spool WHEN (SELECT COUNT(*) FROM notice_spool) "
                                            ">= 3 BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        }
        QVERIFY(writer->beginBulk().ok());
        QVERIFY(!writer->beginBulk().ok()); // no nesting
        QVERIFY(writer
                    ->spoolNotices(
                        {notice(mail("b1")), notice(mail("b2"))},
                        SyncCheckpoint{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 2})
                    .ok());
        QVERIFY(writer->addNotices({notice(mail("b0"))}, {Analysis()}).ok());
        QCOMPARE(writer->spooledIds()->size(), 2);
        QCOMPARE(reader->spooledIds()->size(), 0);
        QCOMPARE(*writer->count(), 1);
        QCOMPARE(*reader->count(), 0);

        // A failing call in the bulk undoes only itself, checkpoint included.
        const auto failed = writer->spoolNotices(
            {notice(mail("b3")), notice(mail("b4"))},
            SyncCheckpoint{QStringLiteral("acct"), QStringLiteral("INBOX"), 7, 4});
        QVERIFY(!failed.ok());
        const auto failedAdd = writer->addNotices({notice(mail("b4"))}, {Analysis()});
        QVERIFY(!failedAdd.ok());
        QVERIFY(writer->addNotices({notice(mail("b5"))}, {Analysis()}).ok());
        QVERIFY(writer->commitBulk().ok());
        QCOMPARE(*reader->count(), 2);             // b0, b5
        QCOMPARE(reader->spooledIds()->size(), 2); // b1, b2
        QCOMPARE(reader->syncCheckpoint(QStringLiteral("acct"), QStringLiteral("INBOX"))->lastUid,
                 2u);
        NoticeQuery q;
        q.text = QStringLiteral("b3");
        QVERIFY(reader->queryIds(q)->isEmpty());
        q.text = QStringLiteral("b5");
        QCOMPARE(reader->queryIds(q)->size(), 1);

        // Writes outside a bulk commit at once again.
        QVERIFY(writer->addNotices({notice(mail("b6"))}, {Analysis()}).ok());
        QCOMPARE(*reader->count(), 3);

        // Closing the store with a bulk open keeps its complete calls.
        QVERIFY(writer->beginBulk().ok());
        QVERIFY(writer->addNotices({notice(mail("b7"))}, {Analysis()}).ok());
        writer.reset();
        QCOMPARE(*reader->count(), 4);
    }

    // A large import drops the inbox indexes and builds them again at its end, or,
    // when killed, at the store's next opening.
    void inboxIndexesAreSuspendedAndRestored()
    {
        const QString path = freshPath();
        auto store = open(path);
        const QString indexesOfNotices =
            u"SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE "
            "type = 'index' AND tbl_name = 'notices' AND sql IS NOT NULL ORDER BY name)"_s;
        const QString before = RawDb(path).scalar(indexesOfNotices).toString();
        QCOMPARE(before.count(u"CREATE INDEX"_s), 10);

        QVERIFY(store->beginBulk().ok());
        QVERIFY(store->suspendInboxIndexes().ok());
        QVERIFY(store
                    ->addNotices({notice(mail("s1")), notice(mail("s2"))},
                                 {analysisWith(Category::Fraud, u"192.0.2.140"_s),
                                  analysisWith(Category::Copyright, u"192.0.2.141"_s)})
                    .ok());
        QVERIFY(store->commitBulk().ok());
        {
            RawDb raw(path);
            QVERIFY(raw.scalar(indexesOfNotices).toString().isEmpty());
            QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM suspended_indexes"_s).toInt(), 10);
        }
        // Without them the inbox is slower, not different.
        NoticeQuery q;
        q.sortColumn = u"category"_s;
        q.exitIp = u"192.0.2.141"_s;
        QCOMPARE(store->queryIds(q)->size(), 1);

        QVERIFY(store->restoreInboxIndexes().ok());
        QCOMPARE(RawDb(path).scalar(indexesOfNotices).toString(), before);
        QCOMPARE(RawDb(path).scalar(u"SELECT COUNT(*) FROM suspended_indexes"_s).toInt(), 0);
        QVERIFY(store->restoreInboxIndexes().ok()); // nothing left to do

        // Suspended and never restored, as by a killed import: the next opening does it.
        QVERIFY(store->suspendInboxIndexes().ok());
        store.reset();
        QVERIFY(RawDb(path).scalar(indexesOfNotices).toString().isEmpty());
        store = open(path);
        QVERIFY(store);
        QCOMPARE(RawDb(path).scalar(indexesOfNotices).toString(), before);
        QCOMPARE(*store->count(), 2);
    }

    // Commits come after BulkTransaction::kMaxNotices notices or kMaxMs, whichever first.
    void bulkTransactionCommitsByCountAndTime()
    {
        const QString path = freshPath();
        auto writer = open(path);
        auto reader = open(path);
        {
            BulkTransaction bulk(*writer);
            QVERIFY(bulk.begin().ok());
            QVERIFY(writer->addNotices({notice(mail("c1"))}, {Analysis()}).ok());
            QVERIFY(bulk.stored(1).ok());
            QCOMPARE(*reader->count(), 0);
            QVERIFY(bulk.stored(BulkTransaction::kMaxNotices - 1).ok()); // as if there were more
            QCOMPARE(*reader->count(), 1);

            QVERIFY(writer->addNotices({notice(mail("c2"))}, {Analysis()}).ok());
            QVERIFY(bulk.stored(1).ok());
            QCOMPARE(*reader->count(), 1);
            QThread::msleep(BulkTransaction::kMaxMs + 50);
            QVERIFY(writer->addNotices({notice(mail("c3"))}, {Analysis()}).ok());
            QVERIFY(bulk.stored(1).ok());
            QCOMPARE(*reader->count(), 3);

            QVERIFY(writer->addNotices({notice(mail("c4"))}, {Analysis()}).ok());
        } // the destructor commits
        QCOMPARE(*reader->count(), 4);
    }

    void twoConnectionsShareTheFile()
    {
        const QString path = freshPath();
        auto writer = open(path);
        auto reader = open(path);
        QVERIFY(writer->addNotices({notice(mail("w"))}, {Analysis()}).ok());
        QCOMPARE(*reader->count(), 1);
    }
};

QTEST_GUILESS_MAIN(NoticeStoreTest)
#include "NoticeStoreTest.moc"
