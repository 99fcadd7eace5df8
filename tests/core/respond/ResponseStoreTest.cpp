#include "StoreTestKit.h"

#include "respond/ResponseSchema.h"
#include "respond/SqlResponseStore.h"
#include "store/SchemaCatalog.h"

#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

// The responses' store role (outbox and sent), on SQLite and on a real PostgreSQL.
class ResponseStoreTest : public QObject
{
    Q_OBJECT

    static ResponseDraft draft()
    {
        ResponseDraft d;
        d.templateName = QStringLiteral("webmail-spam");
        d.language = QStringLiteral("de");
        d.from = QStringLiteral("Jana Holzapfel <abuse@nordlicht-mix.example>");
        d.to = {QStringLiteral("abuse@example.net"), QStringLiteral("Ops <ops@example.net>")};
        d.cc = {QStringLiteral("srt@larkspur-hosting.example")};
        d.subject = QStringLiteral("Spam über Ihr Webmail-Konto [LH-SRT-448213]");
        d.body = QStringLiteral("Grüße\nZeile 2\n");
        d.noticeIds = {12, 7, 12};
        return d;
    }

private slots:
    void initTestCase_data() { addBackendRows(); }

    void roleIsInTheCatalogueWithItsTables()
    {
        bool found = false;
        for (const SchemaRole& role : schemaCatalog())
            if (role.name == QLatin1String("responses")) {
                found = true;
                QCOMPARE(role.copiedTables.size(), 2);
                QCOMPARE(role.copiedTables[0].name, QStringLiteral("responses"));
                QCOMPARE(role.copiedTables[1].name, QStringLiteral("response_notices"));
            }
        QVERIFY(found);
    }

    void draftIsSavedUpdatedAndListedInTheOutbox()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open(QStringLiteral("Jana"));
        QVERIFY(store);
        SqlResponseStore responses(store->db());
        QVERIFY(responses.outbox()->isEmpty());
        const auto saved = responses.saveDraft(draft());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->state, ResponseState::Outbox);
        QCOMPARE(saved->noticeIds, (QList<qint64>{12, 7}));
        QCOMPARE(saved->to, draft().to);
        QCOMPARE(saved->subject, draft().subject);
        QCOMPARE(saved->body, draft().body);
        QCOMPARE(saved->actor, QStringLiteral("Jana"));
        QVERIFY(saved->createdAt.isValid());
        QVERIFY(saved->attachNotices);

        ResponseDraft edited = *saved;
        edited.body = QStringLiteral("Neu");
        edited.noticeIds = {7};
        edited.attachNotices = false;
        const auto updated = responses.saveDraft(edited);
        QVERIFY(updated.ok());
        QCOMPARE(updated->id, saved->id);
        QCOMPARE(updated->body, QStringLiteral("Neu"));
        QCOMPARE(updated->noticeIds, (QList<qint64>{7}));
        QVERIFY(!updated->attachNotices);
        QCOMPARE(responses.outbox()->size(), 1);

        // A second connection (another desk, or the app after a restart) sees it.
        auto other = desk.open();
        SqlResponseStore otherResponses(other->db());
        QCOMPARE(otherResponses.outbox()->size(), 1);
        QCOMPARE(otherResponses.forNotice(7)->size(), 1);
        QVERIFY(otherResponses.forNotice(12)->isEmpty());
    }

    void failedAttemptsStayInTheOutbox()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        SqlResponseStore responses(store->db());
        const qint64 id = responses.saveDraft(draft())->id;
        QVERIFY(responses.markFailed(id, QStringLiteral("550 no such user")).ok());
        QVERIFY(responses.markFailed(id, QStringLiteral("connection dropped")).ok());
        const auto found = responses.find(id);
        QCOMPARE(found->state, ResponseState::Outbox);
        QCOMPARE(found->attempts, 2);
        QCOMPARE(found->lastError, QStringLiteral("connection dropped"));
        QCOMPARE(responses.outbox()->size(), 1);
    }

    void sentResponsesKeepTheirBytesAndLeaveTheOutbox()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        SqlResponseStore responses(store->db());
        const qint64 id = responses.saveDraft(draft())->id;
        const qint64 other = responses.saveDraft(draft())->id;
        static const char bytes[] = "Subject: x\r\n\r\n\x00\xff binary\r\n";
        const QByteArray raw(bytes, sizeof(bytes) - 1); // the NUL inside is part of it
        const QDateTime at(QDate(2026, 12, 5), QTime(8, 0, 0, 123), Qt::UTC);
        QVERIFY(responses.markSent(id, QStringLiteral("<m1@nordlicht-mix.example>"), at, raw).ok());
        const auto sent = responses.find(id);
        QCOMPARE(sent->state, ResponseState::Sent);
        QCOMPARE(sent->sentAt, at);
        QCOMPARE(sent->messageId, QStringLiteral("<m1@nordlicht-mix.example>"));
        QCOMPARE(*responses.sentRaw(id), raw);
        QCOMPARE(responses.outbox()->size(), 1);
        QCOMPARE(responses.outbox()->first().id, other);
        // Sent is final: no second send, no edit, no discard.
        QVERIFY(!responses.markSent(id, QStringLiteral("<m2@x.example>"), at, raw).ok());
        ResponseDraft edit = *sent;
        edit.body = QStringLiteral("changed");
        QVERIFY(!responses.saveDraft(edit).ok());
        QVERIFY(!responses.discard(id).ok());
        // Newest first for a notice.
        const auto forNotice = *responses.forNotice(12);
        QCOMPARE(forNotice.size(), 2);
        QCOMPARE(forNotice[0].id, other);
        QCOMPARE(forNotice[1].id, id);
    }

    void discardRemovesAnOutboxDraft()
    {
        QFETCH_GLOBAL(Backend, backend);
        TestDesk desk(backend);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open();
        SqlResponseStore responses(store->db());
        const qint64 id = responses.saveDraft(draft())->id;
        QVERIFY(responses.discard(id).ok());
        QVERIFY(responses.outbox()->isEmpty());
        QVERIFY(!responses.find(id).ok());
        QVERIFY(responses.forNotice(12)->isEmpty());
        QCOMPARE(desk.scalar(QStringLiteral("SELECT COUNT(*) FROM response_notices")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(ResponseStoreTest)
#include "ResponseStoreTest.moc"
