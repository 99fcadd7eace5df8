#include "store/notices/NoticeSchema.h"

#include "store/Database.h"
#include "store/RawCodec.h"
#include "store/SqlDialect.h"
#include "store/notices/DueDate.h"
#include "store/notices/InboxIndexes.h"
#include "store/notices/NoticeIntegrity.h"
#include "store/notices/SearchText.h"
#include "util/Logging.h"

#include <QSqlRecord>

#include <algorithm>

namespace mixdesk {
namespace {

// One index per inbox sort column (id breaks ties, so order is stable), plus
// status-first for the common "open notices by date" view (schema 1); and the
// status filter sorted by reporter (triaging the new notices of one sender), which
// walked the status index and sorted in a temporary B-tree (schema 2).
const QList<IndexDefinition> kSchema1Indexes{
    {QStringLiteral("notices_received"),
     QStringLiteral("CREATE INDEX notices_received ON notices (received_at, id)")},
    {QStringLiteral("notices_status"),
     QStringLiteral("CREATE INDEX notices_status ON notices (status, received_at, id)")},
    {QStringLiteral("notices_category"),
     QStringLiteral("CREATE INDEX notices_category ON notices (category, received_at, id)")},
    {QStringLiteral("notices_exit_ip"),
     QStringLiteral("CREATE INDEX notices_exit_ip ON notices (exit_ip, received_at, id)")},
    {QStringLiteral("notices_reporter"),
     QStringLiteral("CREATE INDEX notices_reporter ON notices (reporter, id)")},
    {QStringLiteral("notices_subject"),
     QStringLiteral("CREATE INDEX notices_subject ON notices (subject, id)")},
    {QStringLiteral("notices_incident"),
     QStringLiteral("CREATE INDEX notices_incident ON notices (incident_time, id)")},
    {QStringLiteral("notices_language"),
     QStringLiteral("CREATE INDEX notices_language ON notices (language, id)")},
    {QStringLiteral("notices_analyzer"),
     QStringLiteral("CREATE INDEX notices_analyzer ON notices (analyzer_version)")},
};
const QList<IndexDefinition> kSchema2Indexes{
    {QStringLiteral("notices_status_reporter"),
     QStringLiteral("CREATE INDEX notices_status_reporter ON notices (status, reporter, id)")},
};
// Schema 8: the due column's sort and the due queue's range (notices without a
// deadline sort last, see DueDate); and the few hidden notices, partial so that it
// costs the visible ones nothing: the Hidden view by date, and the counts that leave
// them out (which read its rows, not every notice).
const QList<IndexDefinition> kSchema8Indexes{
    {QStringLiteral("notices_due"),
     QStringLiteral("CREATE INDEX notices_due ON notices (due_at, id)")},
    {QStringLiteral("notices_hidden"),
     QStringLiteral("CREATE INDEX notices_hidden ON notices (received_at, id) WHERE hidden = 1")},
};
// Schema 9: the sort of the webmail account, mail server and case reference columns.
const QList<IndexDefinition> kSchema9Indexes{
    {QStringLiteral("notices_account"),
     QStringLiteral("CREATE INDEX notices_account ON notices (account, id)")},
    {QStringLiteral("notices_mail_server"),
     QStringLiteral("CREATE INDEX notices_mail_server ON notices (mail_server, id)")},
    {QStringLiteral("notices_case_ref"),
     QStringLiteral("CREATE INDEX notices_case_ref ON notices (case_ref, id)")},
};

// Schema 10: the inbox's views (all open, one status, one category or exit; never
// hidden notices) are read from their sort index alone. Each sort index now holds
// only the notices that are not hidden, and with them each one's status, which
// before had to be looked up row by row in the table: with a million notices that
// took 5 s for the whole list and most of a cold start's first rows. Status,
// category and exit, with few values each, sort by date within a value (see
// SqlInboxQueries), so that one index serves both their sort and their filter.
// The hidden notices have their own index (schema 8), now with their status too.
IndexDefinition shownIndex(const QString& name, const QString& columns)
{
    // `hidden` among the columns too: SQLite (3.40) counts an index as covering only
    // if it holds every column the query names, its own condition's included.
    return {name, QStringLiteral("CREATE INDEX %1 ON notices (%2, hidden) WHERE hidden = 0")
                      .arg(name, columns)};
}

const QList<IndexDefinition> kSchema10Indexes{
    shownIndex(QStringLiteral("notices_received"), QStringLiteral("received_at, id, status")),
    shownIndex(QStringLiteral("notices_status"), QStringLiteral("status, received_at, id")),
    shownIndex(QStringLiteral("notices_category"),
               QStringLiteral("category, received_at, id, status")),
    shownIndex(QStringLiteral("notices_exit_ip"),
               QStringLiteral("exit_ip, received_at, id, status")),
    shownIndex(QStringLiteral("notices_reporter"), QStringLiteral("reporter, id, status")),
    shownIndex(QStringLiteral("notices_subject"), QStringLiteral("subject, id, status")),
    shownIndex(QStringLiteral("notices_incident"), QStringLiteral("incident_time, id, status")),
    shownIndex(QStringLiteral("notices_language"), QStringLiteral("language, id, status")),
    shownIndex(QStringLiteral("notices_status_reporter"), QStringLiteral("status, reporter, id")),
    shownIndex(QStringLiteral("notices_due"), QStringLiteral("due_at, id, status")),
    shownIndex(QStringLiteral("notices_account"), QStringLiteral("account, id, status")),
    shownIndex(QStringLiteral("notices_mail_server"), QStringLiteral("mail_server, id, status")),
    shownIndex(QStringLiteral("notices_case_ref"), QStringLiteral("case_ref, id, status")),
    {QStringLiteral("notices_hidden"),
     QStringLiteral("CREATE INDEX notices_hidden ON notices (received_at, id, status, hidden) "
                    "WHERE hidden = 1")},
};

QStringList creates(const QList<IndexDefinition>& indexes)
{
    QStringList sql;
    for (const IndexDefinition& index : indexes)
        sql.append(index.sql);
    return sql;
}

QList<QStringList> noticeMigrations(const SqlDialect& d)
{
    const QString key = d.autoIncrementPrimaryKey();
    const QString big = d.bigIntType();
    const QString blob = d.blobType();

    // Times are milliseconds since the epoch, UTC (sortable and portable);
    // incident_time 0 means unknown. The list columns live in `notices`; the
    // big raw bytes and the analysis JSON live beside them in notice_content,
    // so scans and sorts for the inbox never touch them.
    QStringList v1{
        QStringLiteral("CREATE TABLE notices ("
                       " id %1,"
                       " sha256 %2 NOT NULL UNIQUE,"
                       " received_at %3 NOT NULL,"
                       " imported_at %3 NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'new',"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " reporter TEXT NOT NULL DEFAULT '',"
                       " category TEXT NOT NULL DEFAULT '',"
                       " exit_ip TEXT NOT NULL DEFAULT '',"
                       " incident_time %3 NOT NULL DEFAULT 0,"
                       " language TEXT NOT NULL DEFAULT '',"
                       " parse_failed INTEGER NOT NULL DEFAULT 0,"
                       " analyzer_version INTEGER NOT NULL DEFAULT 0)")
            .arg(key, blob, big),
        QStringLiteral("CREATE TABLE notice_content ("
                       " notice_id %1 PRIMARY KEY REFERENCES notices(id),"
                       " raw %2 NOT NULL,"
                       " analysis TEXT NOT NULL)")
            .arg(big, blob),
        QStringLiteral("CREATE TABLE notice_origins ("
                       " notice_id %1 NOT NULL REFERENCES notices(id),"
                       " origin TEXT NOT NULL,"
                       " added_at %1 NOT NULL,"
                       " PRIMARY KEY (notice_id, origin))")
            .arg(big),
        QStringLiteral("CREATE TABLE notice_events ("
                       " id %1,"
                       " notice_id %2 NOT NULL REFERENCES notices(id),"
                       " time %2 NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '')")
            .arg(key, big),
        QStringLiteral("CREATE TABLE notice_notes ("
                       " id %1,"
                       " notice_id %2 NOT NULL REFERENCES notices(id),"
                       " time %2 NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " text TEXT NOT NULL)")
            .arg(key, big),
        QStringLiteral("CREATE TABLE sync_checkpoints ("
                       " account TEXT NOT NULL,"
                       " folder TEXT NOT NULL,"
                       " uid_validity %1 NOT NULL,"
                       " last_uid %1 NOT NULL,"
                       " PRIMARY KEY (account, folder))")
            .arg(big),
        QStringLiteral("CREATE INDEX notice_events_by_notice ON notice_events (notice_id, id)"),
        QStringLiteral("CREATE INDEX notice_notes_by_notice ON notice_notes (notice_id, id)"),
    };
    v1 += creates(kSchema1Indexes);
    v1 += d.createFullText();
    const QStringList v2 = creates(kSchema2Indexes);
    // Raw bytes may now be stored packed (RawCodec); rows from before stay verbatim.
    const QStringList v3{
        QStringLiteral("ALTER TABLE notice_content ADD COLUMN raw_format INTEGER NOT NULL "
                       "DEFAULT 0"),
    };
    // The IMAP fetch spools (see SpooledNotice); the analysis files into `notices`.
    const QStringList v4{
        QStringLiteral("CREATE TABLE notice_spool ("
                       " id %1,"
                       " sha256 %2 NOT NULL UNIQUE,"
                       " received_at %3 NOT NULL,"
                       " fetched_at %3 NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " origins TEXT NOT NULL," // one per line
                       " raw %2 NOT NULL,"
                       " raw_format INTEGER NOT NULL)")
            .arg(key, blob, big),
    };
    // What the after-sync action has reached (SyncCheckpoint::afterSyncUid). Folders
    // synced before start at none: their leftovers get the action once more.
    const QStringList v6{
        QStringLiteral("ALTER TABLE sync_checkpoints ADD COLUMN after_sync_uid %1 NOT NULL "
                       "DEFAULT 0")
            .arg(big),
        QStringLiteral("ALTER TABLE sync_checkpoints ADD COLUMN after_sync_action TEXT NOT NULL "
                       "DEFAULT ''"),
    };
    // Indexes a bulk load dropped until it has stored its notices (InboxIndexes);
    // a store that finds rows here at its opening was left by a killed import and
    // rebuilds them. (`definition` is no longer read: the definitions come from
    // inboxIndexes(), so no SQL text from the file is ever run.)
    // Analyses are stored packed (RawCodec): as JSON text they were 40% of the
    // database and of what an import writes. Rows from before keep their text in
    // `analysis`, with analysis_packed NULL; new rows leave `analysis` empty.
    // The full-text index is tuned for bulk loads (SqlDialect::fullTextTuning).
    const QStringList v7{
        QStringLiteral("CREATE TABLE suspended_indexes ("
                       " name TEXT PRIMARY KEY,"
                       " definition TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE notice_content ADD COLUMN analysis_packed %1").arg(blob),
        QStringLiteral("ALTER TABLE notice_content ADD COLUMN analysis_format INTEGER NOT NULL "
                       "DEFAULT 0"),
    };
    // The deadline and urgency each notice states (filled when it is prepared; stored
    // notices get theirs when reanalysed), the operator's own setting of them
    // (due_edited: reanalysis keeps it), and the flag of a notice hidden from the inbox
    // (Delete; the notice itself is never deleted). See DueDate for due_at.
    QStringList v8{
        QStringLiteral("ALTER TABLE notices ADD COLUMN due_at %1 NOT NULL DEFAULT %2")
            .arg(big)
            .arg(DueDate::kNone),
        QStringLiteral("ALTER TABLE notices ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE notices ADD COLUMN due_edited INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE notices ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0"),
    };
    v8 += creates(kSchema8Indexes);
    // The webmail account, mail server and case reference of the analysis, as list
    // columns the inbox shows, sorts and filters (issue 18). Filled when a notice is
    // stored or reanalysed; notices stored before stay empty until reanalysed
    // (Notice > Reanalyse), as the packed analyses cannot be read in SQL.
    QStringList v9{
        QStringLiteral("ALTER TABLE notices ADD COLUMN account TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE notices ADD COLUMN mail_server TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE notices ADD COLUMN case_ref TEXT NOT NULL DEFAULT ''"),
    };
    v9 += creates(kSchema9Indexes);
    QStringList v10;
    for (const IndexDefinition& index : kSchema10Indexes)
        v10 << QStringLiteral("DROP INDEX IF EXISTS ") + index.name << index.sql;
    return {v1, v2, v3, v4, d.fullTextWithoutCopy(), v6, v7 + d.fullTextTuning(), v8, v9, v10};
}

// Left suspended by an import that did not finish. Without them the inbox is
// slow, not wrong: a store that cannot rebuild them now (another connection holds
// the write lock too long) still opens, and the next opening tries again.
void restoreSuspendedIndexes(Database& db)
{
    if (Status s = InboxIndexes(db).restore(); !s)
        qCWarning(lcStore) << "inbox indexes not rebuilt:" << s.error().message;
}

// A notice's content copied into another desk enters its full-text index with the
// values it was indexed with here (kept in search_text), so the copy finds what the
// original found without analysing anything again.
Status indexCopiedContent(Database& target, const QString& table, const QSqlRecord& row)
{
    if (table != QLatin1String("notice_content"))
        return {};
    const QVariant kept = row.value(QStringLiteral("search_text"));
    if (kept.isNull()) // spooled before schema 4 and never indexed
        return {};
    const qint64 id = row.value(QStringLiteral("notice_id")).toLongLong();
    const auto encoded = RawCodec::unpack(
        RawFormat(row.value(QStringLiteral("search_format")).toInt()), kept.toByteArray());
    const auto values = encoded ? SearchText::decode(*encoded) : std::nullopt;
    if (!values)
        return Error{QStringLiteral("notice %1: its search text is unreadable").arg(id)};
    QSqlQuery insert = target.query();
    insert.prepare(target.dialect().fullTextInsert());
    target.dialect().bindFullTextInsert(insert, id, SearchText::utf8(*values));
    if (!insert.exec())
        return target.errorOf(QStringLiteral("cannot index the copied notice"), insert);
    return {};
}

} // namespace

SchemaRole noticeSchema()
{
    const QStringList id{QStringLiteral("id")};
    const QStringList noticeId{QStringLiteral("notice_id")};
    return {
        QStringLiteral("notices"),
        noticeMigrations,
        restoreSuspendedIndexes,
        {
            {QStringLiteral("notices"), id, QStringLiteral("sha256")},
            {QStringLiteral("notice_content"), noticeId},
            {QStringLiteral("notice_origins"), noticeId + QStringList{QStringLiteral("origin")}},
            {QStringLiteral("notice_events"), id},
            {QStringLiteral("notice_notes"), id},
            {QStringLiteral("notice_spool"), id, QStringLiteral("sha256")},
            {QStringLiteral("sync_checkpoints"),
             {QStringLiteral("account"), QStringLiteral("folder")}},
        },
        {QStringLiteral("notice_fts"), QStringLiteral("suspended_indexes")},
        indexCopiedContent,
        verifyNotices};
}

const QList<IndexDefinition>& inboxIndexes()
{
    // The newest definition of each index: the ones schema 10 made again replace
    // those of the schema that first made them.
    static const QList<IndexDefinition> kAll = [] {
        QList<IndexDefinition> all;
        for (const auto* list :
             {&kSchema1Indexes, &kSchema2Indexes, &kSchema8Indexes, &kSchema9Indexes})
            for (const IndexDefinition& index : *list)
                if (std::none_of(
                        kSchema10Indexes.begin(), kSchema10Indexes.end(),
                        [&](const IndexDefinition& newer) { return newer.name == index.name; }))
                    all.append(index);
        return all + kSchema10Indexes;
    }();
    return kAll;
}

} // namespace mixdesk
