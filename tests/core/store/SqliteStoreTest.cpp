#include "StoreTestKit.h"
#include "store/BulkTransaction.h"
#include "store/RawCodec.h"
#include "store/notices/NoticeSchema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace mixdesk;
using namespace mixdesk::test;
using namespace Qt::StringLiterals;

namespace {

IncomingNotice notice(const QByteArray& raw)
{
    return IncomingNotice::fromRaw(raw);
}

QByteArray mail(const QByteArray& subject, const QByteArray& body = "Hello.\n")
{
    return "From: Abuse Desk <abuse@isp.example>\nTo: abuse@mix.example\nSubject: " + subject +
           "\nMessage-ID: <" + QByteArray::number(qHash(subject + body)) + "@isp.example>\n\n" +
           body;
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
    QString queryPlan(const QString& sql) { return sqliteQueryPlan(m_db, sql); }
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

// A desk as before schema 10: the sort indexes without each notice's status and
// hidden flag (as schema 9 left them).
void undoSchemaTen(RawDb& raw)
{
    const QList<std::pair<QString, QString>> schemaNine{
        {u"notices_received"_s, u"received_at, id"_s},
        {u"notices_status"_s, u"status, received_at, id"_s},
        {u"notices_category"_s, u"category, received_at, id"_s},
        {u"notices_exit_ip"_s, u"exit_ip, received_at, id"_s},
        {u"notices_reporter"_s, u"reporter, id"_s},
        {u"notices_subject"_s, u"subject, id"_s},
        {u"notices_incident"_s, u"incident_time, id"_s},
        {u"notices_language"_s, u"language, id"_s},
        {u"notices_status_reporter"_s, u"status, reporter, id"_s},
        {u"notices_due"_s, u"due_at, id"_s},
        {u"notices_account"_s, u"account, id"_s},
        {u"notices_mail_server"_s, u"mail_server, id"_s},
        {u"notices_case_ref"_s, u"case_ref, id"_s}};
    for (const auto& [name, columns] : schemaNine) {
        // Only those the desk has: a test may have taken one away already.
        if (raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'"_s.arg(name))
                .toInt() == 0)
            continue;
        QVERIFY2(raw.exec(u"DROP INDEX "_s + name), qPrintable(name));
        QVERIFY2(raw.exec(u"CREATE INDEX %1 ON notices (%2)"_s.arg(name, columns)),
                 qPrintable(name));
    }
    QVERIFY(
        raw.exec(u"DROP INDEX notices_hidden"_s) &&
        raw.exec(u"CREATE INDEX notices_hidden ON notices (received_at, id) WHERE hidden = 1"_s));
}

// A desk as before schema 9: no account, mail server or case reference columns.
void undoSchemaNine(RawDb& raw)
{
    undoSchemaTen(raw);
    for (const QString& sql :
         {u"DROP INDEX notices_account"_s, u"DROP INDEX notices_mail_server"_s,
          u"DROP INDEX notices_case_ref"_s, u"ALTER TABLE notices DROP COLUMN account"_s,
          u"ALTER TABLE notices DROP COLUMN mail_server"_s,
          u"ALTER TABLE notices DROP COLUMN case_ref"_s})
        QVERIFY2(raw.exec(sql), qPrintable(sql));
}

// A desk as before schema 8: no due, urgency or hidden columns, nor their indexes.
void undoSchemaEight(RawDb& raw)
{
    undoSchemaNine(raw);
    for (const QString& sql :
         {u"DROP INDEX notices_due"_s, u"DROP INDEX notices_hidden"_s,
          u"ALTER TABLE notices DROP COLUMN due_at"_s, u"ALTER TABLE notices DROP COLUMN urgent"_s,
          u"ALTER TABLE notices DROP COLUMN due_edited"_s,
          u"ALTER TABLE notices DROP COLUMN hidden"_s})
        QVERIFY2(raw.exec(sql), qPrintable(sql));
}

// Schema 7's additions go: no suspended indexes, analyses as JSON text. The rows
// already stored keep their analysis, as text.
void undoSchemaSeven(RawDb& raw)
{
    undoSchemaEight(raw);
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

// What is particular to the SQLite desk: its file, its migrations from earlier
// MixDesk versions, packed bytes, and the bulk-load tuning.
class SqliteStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("db%1/notices.sqlite").arg(++m_counter));
    }
    std::unique_ptr<TestStore> open(const QString& path)
    {
        auto db = Database::open(StoreLocation::sqliteFile(path));
        if (!db) {
            qWarning() << db.error().message;
            return nullptr;
        }
        return std::make_unique<TestStore>(std::move(*db));
    }
    static Result<std::unique_ptr<Database>> openRefusingUpgrades(const QString& path)
    {
        Database::Options options;
        options.upgrade = Database::Upgrade::RefuseIfPending;
        return Database::open(StoreLocation::sqliteFile(path), options);
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
        QCOMPARE(IncomingNotice::digest("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(IncomingNotice::digest(QByteArray()).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        const QByteArray million(1000000, 'a');
        QCOMPARE(IncomingNotice::digest(million).toHex(),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void rawBytesArePackedAndComeBackExactly()
    {
        const QString path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        const QByteArray big =
            mail("packed") + QByteArray("Traffic from 192.0.2.1.\r\n").repeated(200);
        auto added = store->add({notice(big)}, {Analysis()});
        QVERIFY(added.ok());
        QCOMPARE(*store->inbox().rawNotice(added->first().id), big);
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
        auto added = store->add({notice(original)}, {Analysis()});
        QVERIFY(added.ok());
        {
            RawDb raw(path);
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw-check")));
            q.prepare(QStringLiteral("UPDATE notice_content SET raw = ?, raw_format = 0"));
            q.addBindValue(original);
            QVERIFY(q.exec());
        }
        QCOMPARE(*store->inbox().rawNotice(added->first().id), original);
    }

    void damagedPackedBytesGiveAClearError()
    {
        const QString path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        auto added = store->add({notice(mail("damaged"))}, {Analysis()});
        QVERIFY(added.ok());
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE notice_content SET raw = x'00010203', "
                                            "raw_format = 1")));
        }
        auto read = store->inbox().rawNotice(added->first().id);
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
            QVERIFY(store->add({notice(mail("one"))}, {Analysis()}).ok());
        }
        {
            RawDb raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 10);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
            QCOMPARE(
                raw.scalar(u"SELECT version FROM schema_roles WHERE role = 'notices'"_s).toInt(),
                10);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QVERIFY(fullTextTunedForBulkLoads(raw));
        }
        auto again = open(path); // idempotent: no migration runs twice
        QVERIFY(again);
        QCOMPARE(again->count(), 1);
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
            QVERIFY(raw.exec(u"DELETE FROM schema_roles WHERE role = 'notices'"_s) &&
                    raw.exec(u"UPDATE schema_version SET version = 1"_s));
        }
        // The GUI asks first, and migrates on a worker thread only when needed.
        const auto refused = openRefusingUpgrades(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Database::kUpgradePending);
        QCOMPARE(RawDb(path).scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 1);
        QVERIFY(open(path));
        QVERIFY(openRefusingUpgrades(path));
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 10);
        const QString plan = raw.queryPlan(u"SELECT n.id FROM notices n WHERE n.status = 'new' "
                                           "AND n.hidden = 0 ORDER BY n.reporter, n.id"_s);
        QVERIFY2(plan.contains(QStringLiteral("notices_status_reporter")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    }

    // Schema 9: the account, mail server and case reference become list columns; the
    // notices stored before keep them empty (until reanalysed), new ones fill them.
    void migratesToListAccountServerAndReference()
    {
        const QString path = freshPath();
        Analysis named = analysisWith(Category::SpamWebmail, u"192.0.2.14"_s);
        named.webmailAccount = u"spammer@mail.example"_s;
        named.mailServer = u"web1.mail.example"_s;
        named.caseReference = u"123 Js 456/26"_s;
        {
            auto store = open(path);
            QVERIFY(store->add({notice(mail("before"))}, {named}).ok());
        }
        {
            RawDb raw(path);
            undoSchemaNine(raw);
            QVERIFY(raw.exec(u"UPDATE schema_roles SET version = 8 WHERE role = 'notices'"_s) &&
                    raw.exec(u"UPDATE schema_version SET version = 8"_s));
        }
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(store->add({notice(mail("after"))}, {named}).ok());
        const auto rows = store->inbox().summaries({1, 2});
        QVERIFY(rows);
        QCOMPARE(rows->at(0).account, QString());
        QCOMPARE(rows->at(1).account, named.webmailAccount);
        QCOMPARE(rows->at(1).mailServer, named.mailServer);
        QCOMPARE(rows->at(1).caseReference, named.caseReference);
        QCOMPARE(RawDb(path).scalar(u"SELECT version FROM schema_version"_s).toInt(), 10);
    }

    // Schema 10: a desk's sort indexes are made again with each notice's status and
    // hidden flag; the notices and their order stay as they were.
    void migratesToReadTheOpenNoticesFromTheSortIndexes()
    {
        const QString path = freshPath();
        {
            auto store = open(path);
            QVERIFY(store->add({notice(mail("one")), notice(mail("two"))}, {Analysis(), Analysis()})
                        .ok());
        }
        const QString openByDate = u"SELECT n.id FROM notices n WHERE n.status NOT IN ('closed', "
                                   "'misdirected') AND n.hidden = 0 ORDER BY n.received_at DESC, "
                                   "n.id DESC"_s;
        {
            RawDb raw(path);
            undoSchemaTen(raw);
            QVERIFY(raw.exec(u"UPDATE schema_roles SET version = 9 WHERE role = 'notices'"_s) &&
                    raw.exec(u"UPDATE schema_version SET version = 9"_s));
            const QString before = raw.queryPlan(openByDate);
            QVERIFY2(!before.contains(u"COVERING"_s), qPrintable(before));
        }
        auto store = open(path);
        QVERIFY(store);
        QCOMPARE(store->count(), 2);
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"SELECT version FROM schema_version"_s).toInt(), 10);
        const QString after = raw.queryPlan(openByDate);
        QVERIFY2(after.contains(u"COVERING INDEX notices_received"_s), qPrintable(after));
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name "
                            "LIKE 'notices_%'"_s)
                     .toInt(),
                 15);
    }

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
            QVERIFY(raw.exec(u"DELETE FROM schema_roles WHERE role = 'notices'"_s) &&
                    raw.exec(u"UPDATE schema_version SET version = 5"_s));
        }
        auto store = open(path);
        QVERIFY(store);
        const auto cp = store->spool().checkpoint(u"acct"_s, u"INBOX"_s);
        QCOMPARE(cp->lastUid, 40u);
        QCOMPARE(cp->afterSyncUid, 0u);
        QCOMPARE(cp->afterSyncAction, QString());
        RawDb raw(path);
        QVERIFY(fullTextTunedForBulkLoads(raw)); // schema 7
    }

    // Schema 5: the index gives up its copy of the text; each notice keeps the values
    // it was indexed with, so that reanalysis takes exactly those out again.
    void migratesTheIndexToKeepNoCopy()
    {
        const QString path = freshPath();
        {
            auto store = open(path);
            QVERIFY(store
                        ->add({notice(mail("old-one", "Body with r\u00e4tsel.\n"))},
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
            QVERIFY(raw.exec(u"DELETE FROM schema_roles WHERE role = 'notices'"_s) &&
                    raw.exec(u"UPDATE schema_version SET version = 4"_s));
        }
        auto store = open(path);
        QVERIFY(store);
        QCOMPARE(store->inbox().analysis(1)->exitIp, u"192.0.2.14"_s); // stored as text
        NoticeQuery q;
        q.text = u"ratsel"_s;
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{1});
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
                                     QList<NoticeText>{{u"old-one"_s, u"abuse@isp.example"_s,
                                                        u"Body with r\u00e4tsel."_s}})
                    .ok());
        q.text = u"192.0.2.14"_s;
        QVERIFY(store->inbox().queryIds(q)->isEmpty());
        q.text = u"198.51.100.9"_s;
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{1});
        q.text = u"ratsel"_s;
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{1});
        QCOMPARE(store->inbox().analysis(1)->exitIp, u"198.51.100.9"_s); // stored packed
        // And again, now from the values the store wrote itself.
        QVERIFY(store
                    ->updateAnalyses({1}, {analysisWith(Category::Fraud, u"203.0.113.5"_s)},
                                     QList<NoticeText>{{u"old-one"_s, u""_s, u"Other body."_s}})
                    .ok());
        q.text = u"198.51.100.9"_s;
        QVERIFY(store->inbox().queryIds(q)->isEmpty());
        q.text = u"ratsel"_s;
        QVERIFY(store->inbox().queryIds(q)->isEmpty());
        q.text = u"other body"_s;
        QCOMPARE(*store->inbox().queryIds(q), QList<qint64>{1});
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
            QVERIFY(raw.exec(u"DELETE FROM schema_roles WHERE role = 'notices'"_s) &&
                    raw.exec(u"UPDATE schema_version SET version = 99"_s));
        }
        QVERIFY(!Database::open(StoreLocation::sqliteFile(path)).ok());
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
        QCOMPARE(before.count(u"CREATE INDEX"_s), 15);

        QVERIFY(store->db().beginBulk().ok());
        QVERIFY(store->writer().suspendInboxIndexes().ok());
        QVERIFY(store
                    ->add({notice(mail("s1")), notice(mail("s2"))},
                          {analysisWith(Category::Fraud, u"192.0.2.140"_s),
                           analysisWith(Category::Copyright, u"192.0.2.141"_s)})
                    .ok());
        QVERIFY(store->db().commitBulk().ok());
        {
            RawDb raw(path);
            QVERIFY(raw.scalar(indexesOfNotices).toString().isEmpty());
            QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM suspended_indexes"_s).toInt(), 15);
        }
        // Without them the inbox is slower, not different.
        NoticeQuery q;
        q.sortColumn = u"category"_s;
        q.exitIp = u"192.0.2.141"_s;
        QCOMPARE(store->inbox().queryIds(q)->size(), 1);

        QVERIFY(store->writer().restoreInboxIndexes().ok());
        QCOMPARE(RawDb(path).scalar(indexesOfNotices).toString(), before);
        QCOMPARE(RawDb(path).scalar(u"SELECT COUNT(*) FROM suspended_indexes"_s).toInt(), 0);
        QVERIFY(store->writer().restoreInboxIndexes().ok()); // nothing left to do

        // Suspended and never restored, as by a killed import: the next opening does it.
        QVERIFY(store->writer().suspendInboxIndexes().ok());
        store.reset();
        QVERIFY(RawDb(path).scalar(indexesOfNotices).toString().isEmpty());
        store = open(path);
        QVERIFY(store);
        QCOMPARE(RawDb(path).scalar(indexesOfNotices).toString(), before);
        QCOMPARE(store->count(), 2);
    }

    // Commits come after BulkTransaction::kMaxNotices notices or kMaxMs, whichever first.
    void bulkTransactionCommitsByCountAndTime()
    {
        const QString path = freshPath();
        auto writer = open(path);
        auto reader = open(path);
        {
            BulkTransaction bulk(writer->db());
            QVERIFY(bulk.begin().ok());
            QVERIFY(writer->add({notice(mail("c1"))}, {Analysis()}).ok());
            QVERIFY(bulk.stored(1).ok());
            QCOMPARE(reader->count(), 0);
            QVERIFY(bulk.stored(BulkTransaction::kMaxNotices - 1).ok()); // as if there were more
            QCOMPARE(reader->count(), 1);

            QVERIFY(writer->add({notice(mail("c2"))}, {Analysis()}).ok());
            QVERIFY(bulk.stored(1).ok());
            QCOMPARE(reader->count(), 1);
            QThread::msleep(BulkTransaction::kMaxMs + 50);
            QVERIFY(writer->add({notice(mail("c3"))}, {Analysis()}).ok());
            QVERIFY(bulk.stored(1).ok());
            QCOMPARE(reader->count(), 3);

            QVERIFY(writer->add({notice(mail("c4"))}, {Analysis()}).ok());
        } // the destructor commits
        QCOMPARE(reader->count(), 4);
    }
};

QTEST_GUILESS_MAIN(SqliteStoreTest)
#include "SqliteStoreTest.moc"
