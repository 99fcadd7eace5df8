#include "respond/ResponseSchema.h"

#include "store/SqlDialect.h"

namespace mixdesk {
namespace {

QList<QStringList> migrations(const SqlDialect& d)
{
    const QString key = d.autoIncrementPrimaryKey();
    const QString big = d.bigIntType();
    // Step 1. Times in milliseconds since the epoch (UTC), 0 for none. Address lists
    // one per line. `raw`: the exact bytes the server took (empty in the outbox). IF
    // NOT EXISTS: a database whose role versions were lost runs the step again.
    const QStringList step1{
        QStringLiteral("CREATE TABLE IF NOT EXISTS responses ("
                       "id %1, "
                       "state TEXT NOT NULL, "
                       "template TEXT NOT NULL, "
                       "language TEXT NOT NULL, "
                       "mail_from TEXT NOT NULL, "
                       "mail_to TEXT NOT NULL, "
                       "mail_cc TEXT NOT NULL, "
                       "subject TEXT NOT NULL, "
                       "body TEXT NOT NULL, "
                       "created_at %2 NOT NULL, "
                       "sent_at %2 NOT NULL, "
                       "message_id TEXT NOT NULL, "
                       "last_error TEXT NOT NULL, "
                       "attempts INTEGER NOT NULL, "
                       "actor TEXT NOT NULL, "
                       "attach INTEGER NOT NULL, "
                       "raw %3)")
            .arg(key, big, d.blobType()),
        QStringLiteral("CREATE INDEX IF NOT EXISTS responses_state ON responses (state, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS response_notices ("
                       "response_id %1 NOT NULL, "
                       "notice_id %1 NOT NULL, "
                       "position INTEGER NOT NULL, "
                       "PRIMARY KEY (response_id, notice_id))")
            .arg(big),
        QStringLiteral("CREATE INDEX IF NOT EXISTS response_notices_notice ON response_notices "
                       "(notice_id, response_id)"),
    };
    return {step1};
}

} // namespace

SchemaRole responseSchema()
{
    return {QStringLiteral("responses"),
            &migrations,
            nullptr,
            {{QStringLiteral("responses"), {QStringLiteral("id")}},
             {QStringLiteral("response_notices"),
              {QStringLiteral("response_id"), QStringLiteral("notice_id")}}}};
}

} // namespace mixdesk
