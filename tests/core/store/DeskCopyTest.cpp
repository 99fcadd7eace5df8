#include "StoreTestKit.h"
#include "store/SchemaCatalog.h"
#include "store/copy/DeskCheck.h"
#include "store/copy/DeskCopier.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray mail(int n)
{
    // 8-bit bytes, CRLF and bare LF, NUL-free control bytes: all must survive a copy.
    return "From: Abuse Desk <abuse@isp.example>\r\nTo: abuse@mix.example\nSubject: Beschwerde " +
           QByteArray::number(n) + " \xfc\xe4\r\nMessage-ID: <" + QByteArray::number(n) +
           "@isp.example>\r\n\r\nSpam from 192.0.2." + QByteArray::number(n % 250) +
           " via webmail\n\x01\x02 Zahlungsbetrug\r\n";
}

Analysis analysisFor(int n)
{
    Analysis a;
    a.category = n % 2 ? Category::SpamWebmail : Category::Copyright;
    a.exitIp = u"192.0.2.%1"_s.arg(n % 250);
    a.exitIps = {a.exitIp};
    a.reporter = u"Test ISP"_s;
    return a;
}

// Fills a desk with `count` notices, statuses, notes, events, a spooled notice and a
// checkpoint: everything a desk holds.
void fill(TestStore& store, int count, int first = 0)
{
    QList<IncomingNotice> notices;
    QList<Analysis> analyses;
    for (int n = first; n < first + count; ++n) {
        notices << testNotice(mail(n), u"file:/notices/%1.eml"_s.arg(n));
        analyses << analysisFor(n);
    }
    const auto added = store.add(notices, analyses);
    QVERIFY(added.ok());
    QList<qint64> ids;
    for (const AddResult& r : *added)
        ids << r.id;
    QVERIFY(store.setStatus(ids.mid(0, ids.size() / 2), NoticeStatus::Closed, u"alice"_s).ok());
    QVERIFY(
        store.addNote(ids.first(), u"Forwarded to the provider; Ärger erledigt."_s, u"bob"_s).ok());
    const SyncCheckpoint checkpoint(u"acct"_s, u"INBOX"_s, 7, 42);
    QVERIFY(store.spoolNotices({testNotice(mail(first + 100000), u"imap:acct/INBOX"_s)}, checkpoint)
                .ok());
}

// Every copied table's rows, ordered, as text: what must be equal after a copy.
QMap<QString, QStringList> contents(Database& db)
{
    QMap<QString, QStringList> all;
    for (const SchemaRole& role : schemaCatalog())
        for (const CopiedTable& table : role.copiedTables) {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if (!q.exec(u"SELECT * FROM %1"_s.arg(table.name))) {
                all[table.name] << u"error: "_s + q.lastError().text();
                continue;
            }
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    cells << q.record().fieldName(i) + u'=' +
                                 (v.userType() == QMetaType::QByteArray
                                      ? QString::fromLatin1(
                                            QCryptographicHash::hash(v.toByteArray(),
                                                                     QCryptographicHash::Sha256)
                                                .toHex())
                                      : v.toString());
                }
                rows << cells.join(u'|');
            }
            rows.sort();
            all[table.name] = rows;
        }
    return all;
}

QStringList rawDigests(TestStore& store)
{
    QStringList digests;
    const auto ids = store.inbox().queryIds(NoticeQuery());
    for (qint64 id : *ids)
        digests << QString::number(id) + u':' +
                       QString::fromLatin1(QCryptographicHash::hash(*store.inbox().rawNotice(id),
                                                                    QCryptographicHash::Sha256)
                                               .toHex());
    digests.sort();
    return digests;
}

QList<qint64> searchIds(TestStore& store, const QString& text)
{
    NoticeQuery query;
    query.text = text;
    auto ids = store.inbox().queryIds(query);
    return ids.ok() ? *ids : QList<qint64>{-1};
}

// The error of a result, or nothing (QVERIFY2 evaluates its message even on success).
template <typename R> QString whyNot(const R& result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

// `db copy` and `db check`: a desk moves between SQLite and PostgreSQL with
// everything in it, byte for byte, and can be rerun after a kill.
class DeskCopyTest : public QObject
{
    Q_OBJECT

private slots:
    void copiesBothWaysByteIdentical()
    {
        TestDesk sqlite(Backend::Sqlite), postgres(Backend::Postgres), back(Backend::Sqlite);
        QVERIFY2(sqlite.ok() && postgres.ok() && back.ok(),
                 qPrintable(sqlite.error() + postgres.error() + back.error()));
        auto from = sqlite.open(), middle = postgres.open(), to = back.open();
        QVERIFY(from && middle && to);
        fill(*from, 30);

        int calls = 0;
        auto there = DeskCopier(from->db(), middle->db())
                         .copy(DeskCopier::Target::MustBeEmpty, [&](const auto& p) {
                             ++calls;
                             return p.done <= p.total;
                         });
        QVERIFY2(there.ok(), qPrintable(whyNot(there)));
        QVERIFY(calls > 0);
        // The copy told PostgreSQL's planner the sizes of the filled tables.
        QTRY_VERIFY(postgres
                        .scalar(u"SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables "
                                "WHERE relname = 'notices'"_s)
                        .toBool());
        auto again = DeskCopier(middle->db(), to->db()).copy(DeskCopier::Target::MustBeEmpty);
        QVERIFY2(again.ok(), qPrintable(whyNot(again)));

        QCOMPARE(rawDigests(*middle), rawDigests(*from));
        QCOMPARE(rawDigests(*to), rawDigests(*from));
        QCOMPARE(contents(to->db()), contents(from->db()));
        // Full-text search is rebuilt in the target and finds the same notices.
        for (const QString& word : {u"Zahlungsbetrug"_s, u"webmail"_s, u"Beschwerde"_s})
            QCOMPARE(searchIds(*middle, word), searchIds(*from, word));
        QCOMPARE(searchIds(*to, u"Zahlungsbetrug"_s).size(), 30);
        QCOMPARE(middle->inbox()
                     .analysis(rawDigests(*from).first().section(u':', 0, 0).toLongLong())
                     ->reporter,
                 u"Test ISP"_s);
        QVERIFY(middle->spool().spooledIds()->size() == 1);
        QCOMPARE(middle->spool().checkpoint(u"acct"_s, u"INBOX"_s)->lastUid, 42u);
    }

    void refusesANonEmptyTargetUnlessAppending()
    {
        TestDesk a(Backend::Sqlite), b(Backend::Postgres);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error() + b.error()));
        auto from = a.open(), to = b.open();
        fill(*from, 3);
        fill(*to, 2, 500);
        const auto refused = DeskCopier(from->db(), to->db()).copy(DeskCopier::Target::MustBeEmpty);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"--append"_s), qPrintable(whyNot(refused)));
        QCOMPARE(to->count(), 2);
    }

    void anIdTakenByAnotherNoticeIsAClearError()
    {
        TestDesk a(Backend::Sqlite), b(Backend::Sqlite);
        auto from = a.open(), to = b.open();
        fill(*from, 2);
        fill(*to, 2, 900); // same ids, other mail
        const auto result = DeskCopier(from->db(), to->db()).copy(DeskCopier::Target::Append);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"notices"_s), qPrintable(whyNot(result)));
    }

    void aCopyStoppedHalfWayCompletesOnARerunWithoutDuplicates()
    {
        TestDesk a(Backend::Sqlite), b(Backend::Postgres);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error() + b.error()));
        auto from = a.open(), to = b.open();
        fill(*from, DeskCopier::kBatchRows + 120);
        auto stopped = DeskCopier(from->db(), to->db())
                           .copy(DeskCopier::Target::MustBeEmpty,
                                 [](const DeskCopier::Progress&) { return false; });
        QVERIFY(!stopped.ok());
        const int partial = to->count();
        QVERIFY2(partial > 0 && partial < DeskCopier::kBatchRows + 120,
                 qPrintable(QString::number(partial)));
        // Killed half-way: the target is consistent, a rerun (--append) copies the rest.
        auto rerun = DeskCopier(from->db(), to->db()).copy(DeskCopier::Target::Append);
        QVERIFY2(rerun.ok(), qPrintable(whyNot(rerun)));
        auto twice = DeskCopier(from->db(), to->db()).copy(DeskCopier::Target::Append);
        QVERIFY(twice.ok());
        for (const CopiedTableCount& t : *twice)
            QCOMPARE(t.copied, 0);
        QCOMPARE(contents(to->db()), contents(from->db()));
        QCOMPARE(rawDigests(*to), rawDigests(*from));
    }

    void everyTableIsCopiedOrDerived_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite") << Backend::Sqlite;
        QTest::newRow("postgresql") << Backend::Postgres;
    }
    void everyTableIsCopiedOrDerived()
    {
        QFETCH(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        QSet<QString> known = {u"schema_roles"_s, u"schema_version"_s};
        for (const SchemaRole& role : schemaCatalog()) {
            for (const CopiedTable& t : role.copiedTables)
                known << t.name;
            for (const QString& t : role.derivedTables)
                known << t;
        }
        for (const QString& table : store->db().connection().tables()) {
            if (table.startsWith(u"notice_fts_"_s) || table.startsWith(u"sqlite_"_s))
                continue; // FTS5's own shadow tables, SQLite's own
            QVERIFY2(
                known.contains(table),
                qPrintable(u"table %1 is neither copied nor derived by any role"_s.arg(table)));
        }
    }

    void checkFindsARawNoticeThatNoLongerMatchesItsDigest_data()
    {
        everyTableIsCopiedOrDerived_data();
    }
    void checkFindsARawNoticeThatNoLongerMatchesItsDigest()
    {
        QFETCH(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        fill(*store, 3);
        auto healthy = checkDesk(store->db());
        QVERIFY2(healthy.ok(), qPrintable(whyNot(healthy)));
        QVERIFY2(healthy->healthy(), qPrintable(healthy->problems.join(u'\n')));
        QVERIFY(!healthy->roles.isEmpty());
        QVERIFY(desk.exec(u"UPDATE notices SET sha256 = 'deadbeef' WHERE id = "
                          u"(SELECT MIN(id) FROM notices)"_s));
        auto broken = checkDesk(store->db());
        QVERIFY(broken.ok());
        QVERIFY(!broken->healthy());
    }
};

QTEST_GUILESS_MAIN(DeskCopyTest)
#include "DeskCopyTest.moc"
