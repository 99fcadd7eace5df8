#include "cases/CasesSchema.h"

#include "store/Database.h"
#include "store/SqlDialect.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace mixdesk {
namespace {

QList<QStringList> migrations(const SqlDialect& d)
{
    const QString key = d.autoIncrementPrimaryKey();
    const QString big = d.bigIntType();
    const QString blob = d.blobType();
    // Step 1. Times in milliseconds since the epoch (UTC), 0 for none; dates as ISO
    // text, '' for none. IF NOT EXISTS: a database whose role versions were lost runs
    // the step again over its tables.
    const QStringList step1{
        QStringLiteral("CREATE TABLE IF NOT EXISTS cases ("
                       "id %1, "
                       "case_type TEXT NOT NULL, "
                       "summons_role TEXT NOT NULL DEFAULT '', "
                       "title TEXT NOT NULL, "
                       "authority_kind TEXT NOT NULL, "
                       "authority TEXT NOT NULL DEFAULT '', "
                       "reference TEXT NOT NULL DEFAULT '', "
                       "contact TEXT NOT NULL DEFAULT '', "
                       "status TEXT NOT NULL, "
                       "opened_on TEXT NOT NULL DEFAULT '', "
                       "closed_on TEXT NOT NULL DEFAULT '', "
                       "exit_ip TEXT NOT NULL DEFAULT '', "
                       "incident_time %2 NOT NULL DEFAULT 0, "
                       "statement TEXT NOT NULL DEFAULT '', "
                       "fact_sheet TEXT NOT NULL DEFAULT '', "
                       "created_at %2 NOT NULL, "
                       "created_by TEXT NOT NULL DEFAULT '')")
            .arg(key, big),
        // A notice may belong to several cases, a case has many notices.
        QStringLiteral("CREATE TABLE IF NOT EXISTS case_notices ("
                       "case_id %1 NOT NULL REFERENCES cases(id), "
                       "notice_id %1 NOT NULL REFERENCES notices(id), "
                       "linked_at %1 NOT NULL, "
                       "PRIMARY KEY (case_id, notice_id))")
            .arg(big),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS case_notices_by_notice ON case_notices (notice_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS case_documents ("
                       "id %1, "
                       "case_id %2 NOT NULL REFERENCES cases(id), "
                       "file_name TEXT NOT NULL, "
                       "media_type TEXT NOT NULL DEFAULT '', "
                       "sha256 TEXT NOT NULL, "
                       "size %2 NOT NULL, "
                       "content %3 NOT NULL, "
                       "note TEXT NOT NULL DEFAULT '', "
                       "added_at %2 NOT NULL, "
                       "added_by TEXT NOT NULL DEFAULT '')")
            .arg(key, big, blob),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS case_documents_by_case ON case_documents (case_id, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS case_notes ("
                       "id %1, "
                       "case_id %2 NOT NULL REFERENCES cases(id), "
                       "time %2 NOT NULL, "
                       "user_name TEXT NOT NULL, "
                       "text TEXT NOT NULL)")
            .arg(key, big),
        QStringLiteral("CREATE INDEX IF NOT EXISTS case_notes_by_case ON case_notes (case_id, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS case_deadlines ("
                       "id %1, "
                       "case_id %2 NOT NULL REFERENCES cases(id), "
                       "kind TEXT NOT NULL, "
                       "title TEXT NOT NULL, "
                       "due_at %2 NOT NULL, "
                       "remind_days INTEGER NOT NULL, "
                       "done_at %2 NOT NULL DEFAULT 0)")
            .arg(key, big),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS case_deadlines_due ON case_deadlines (done_at, due_at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS case_checklist ("
                       "case_id %1 NOT NULL REFERENCES cases(id), "
                       "rule TEXT NOT NULL, "
                       "note TEXT NOT NULL DEFAULT '', "
                       "answered_on TEXT NOT NULL DEFAULT '', "
                       "PRIMARY KEY (case_id, rule))")
            .arg(big),
        QStringLiteral("CREATE TABLE IF NOT EXISTS case_events ("
                       "id %1, "
                       "case_id %2 NOT NULL REFERENCES cases(id), "
                       "time %2 NOT NULL, "
                       "user_name TEXT NOT NULL, "
                       "kind TEXT NOT NULL, "
                       "detail TEXT NOT NULL DEFAULT '')")
            .arg(key, big),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS case_events_by_case ON case_events (case_id, id)"),
    };
    return {step1};
}

// `db check`: every attached document still hashes to its SHA-256.
Status verifyDocuments(Database& db, QStringList* problems)
{
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, sha256, content FROM case_documents ORDER BY id")))
        return db.errorOf(QStringLiteral("cannot read the case documents"), q);
    while (q.next()) {
        const QByteArray hash =
            QCryptographicHash::hash(q.value(2).toByteArray(), QCryptographicHash::Sha256).toHex();
        if (QString::fromLatin1(hash) != q.value(1).toString())
            problems->append(QStringLiteral("case document %1: the bytes no longer match its "
                                            "SHA-256")
                                 .arg(q.value(0).toLongLong()));
    }
    return {};
}

} // namespace

SchemaRole casesSchema()
{
    const QStringList id{QStringLiteral("id")};
    SchemaRole role{
        QStringLiteral("cases"),
        &migrations,
        nullptr,
        {
            // created_at tells one desk's case 1 from another's.
            {QStringLiteral("cases"), id, QStringLiteral("created_at")},
            {QStringLiteral("case_notices"),
             {QStringLiteral("case_id"), QStringLiteral("notice_id")}},
            {QStringLiteral("case_documents"), id, QStringLiteral("sha256")},
            {QStringLiteral("case_notes"), id},
            {QStringLiteral("case_deadlines"), id},
            {QStringLiteral("case_checklist"), {QStringLiteral("case_id"), QStringLiteral("rule")}},
            {QStringLiteral("case_events"), id},
        }};
    role.verify = &verifyDocuments;
    return role;
}

} // namespace mixdesk
