#include "store/notices/NoticeInserter.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/notices/DueDate.h"
#include "store/notices/NoticeStatus.h"

#include <QVariant>

namespace mixdesk {

using namespace sql;

const QStringList& analysisColumns()
{
    static const QStringList kColumns{
        QStringLiteral("reporter"),         QStringLiteral("category"),
        QStringLiteral("exit_ip"),          QStringLiteral("incident_time"),
        QStringLiteral("language"),         QStringLiteral("parse_failed"),
        QStringLiteral("analyzer_version"), QStringLiteral("account"),
        QStringLiteral("mail_server"),      QStringLiteral("case_ref")};
    return kColumns;
}

void bindAnalysisColumns(QSqlQuery& q, const Analysis& a)
{
    q.addBindValue(nn(a.reporter));
    // Analysis pending (analyzer_version 0, as the IMAP fetch stored before schema 4):
    // no category yet.
    q.addBindValue(a.analyzerVersion == 0 ? QStringLiteral("") : categoryId(a.category));
    q.addBindValue(nn(a.exitIp));
    q.addBindValue(toMs(a.incidentTimeUtc));
    q.addBindValue(nn(a.language));
    q.addBindValue(a.problems.isEmpty() ? 0 : 1);
    q.addBindValue(a.analyzerVersion);
    q.addBindValue(nn(a.webmailAccount));
    q.addBindValue(nn(a.mailServer));
    q.addBindValue(nn(a.caseReference));
}

NoticeInserter::NoticeInserter(Database& db)
    : m_db(db), m_find(db.query()), m_insertNotice(db.query()), m_insertContent(db.query()),
      m_insertText(db.query()), m_insertEvent(db.query()), m_insertOrigin(db.query())
{
    const SqlDialect& d = db.dialect();
    m_find.prepare(QStringLiteral("SELECT id FROM notices WHERE sha256 = ?"));
    m_insertNotice.prepare(d.insertNewReturningId(
        QStringLiteral("notices"),
        QStringList{QStringLiteral("sha256"), QStringLiteral("received_at"),
                    QStringLiteral("imported_at"), QStringLiteral("status"),
                    QStringLiteral("subject")} +
            analysisColumns() + QStringList{QStringLiteral("due_at"), QStringLiteral("urgent")},
        QStringLiteral("sha256")));
    m_insertContent.prepare(
        QStringLiteral("INSERT INTO notice_content (notice_id, raw, raw_format, analysis, "
                       "analysis_packed, analysis_format, search_text, search_format) VALUES "
                       "(?, ?, ?, '', ?, ?, ?, ?)"));
    m_insertText.prepare(d.fullTextInsert());
    m_insertEvent.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, "
                                         "kind, detail) VALUES (?, ?, ?, ?, ?)"));
    m_insertOrigin.prepare(d.insertIgnore(
        QStringLiteral("notice_origins"),
        {QStringLiteral("notice_id"), QStringLiteral("origin"), QStringLiteral("added_at")}));
}

Result<std::optional<qint64>> NoticeInserter::find(const QByteArray& sha256)
{
    m_find.addBindValue(sha256);
    if (!m_find.exec())
        return m_db.errorOf(QStringLiteral("cannot look up notice"), m_find);
    std::optional<qint64> id;
    if (m_find.next())
        id = m_find.value(0).toLongLong();
    m_find.finish();
    return id;
}

Result<AddResult> NoticeInserter::insert(const PreparedNotice& notice, const Provenance& from)
{
    const IncomingNotice& incoming = notice.incoming;
    AddResult result;
    auto known = find(incoming.sha256);
    if (!known)
        return known.error();
    if (!*known) {
        m_insertNotice.addBindValue(incoming.sha256);
        m_insertNotice.addBindValue(incoming.receivedAt.isValid() ? toMs(incoming.receivedAt)
                                                                  : from.storedAt);
        m_insertNotice.addBindValue(from.storedAt);
        m_insertNotice.addBindValue(statusId(NoticeStatus::New));
        m_insertNotice.addBindValue(nn(notice.subject));
        bindAnalysisColumns(m_insertNotice, notice.analysis);
        m_insertNotice.addBindValue(DueDate::toStored(notice.due));
        m_insertNotice.addBindValue(notice.urgent ? 1 : 0);
        if (!m_insertNotice.exec())
            return m_db.errorOf(QStringLiteral("cannot store notice"), m_insertNotice);
        if (!m_db.dialect().newRowIdIsResultRow()) {
            result.id = m_insertNotice.lastInsertId().toLongLong();
            result.inserted = true;
        } else if (m_insertNotice.next()) {
            result.id = m_insertNotice.value(0).toLongLong();
            result.inserted = true;
        }
        m_insertNotice.finish();
        if (!result.inserted) {
            // Another operator's import stored the same bytes a moment ago.
            known = find(incoming.sha256);
            if (!known)
                return known.error();
            if (!*known)
                return Error{QStringLiteral("a notice vanished while it was being stored")};
        }
    }
    if (result.inserted) {
        m_insertContent.addBindValue(result.id);
        m_insertContent.addBindValue(notice.packedRaw.bytes);
        m_insertContent.addBindValue(int(notice.packedRaw.format));
        m_insertContent.addBindValue(notice.packedAnalysis.bytes);
        m_insertContent.addBindValue(int(notice.packedAnalysis.format));
        m_insertContent.addBindValue(notice.packedSearchText.bytes);
        m_insertContent.addBindValue(int(notice.packedSearchText.format));
        if (!m_insertContent.exec())
            return m_db.errorOf(QStringLiteral("cannot store notice content"), m_insertContent);

        m_db.dialect().bindFullTextInsert(m_insertText, result.id, notice.searchValues);
        if (!m_insertText.exec())
            return m_db.errorOf(QStringLiteral("cannot index notice"), m_insertText);

        m_insertEvent.addBindValue(result.id);
        m_insertEvent.addBindValue(from.storedAt);
        m_insertEvent.addBindValue(nn(from.user));
        m_insertEvent.addBindValue(from.eventKind);
        m_insertEvent.addBindValue(nn(incoming.origin));
        if (!m_insertEvent.exec())
            return m_db.errorOf(QStringLiteral("cannot log import"), m_insertEvent);
    } else {
        result.id = **known;
    }
    if (Status s = recordOrigins(result.id, from.origins, from.storedAt); !s)
        return s.error();
    return result;
}

Status NoticeInserter::recordOrigins(qint64 id, const QStringList& origins, qint64 at)
{
    for (const QString& origin : origins) {
        if (origin.isEmpty())
            continue;
        m_insertOrigin.addBindValue(id);
        m_insertOrigin.addBindValue(origin);
        m_insertOrigin.addBindValue(at);
        if (!m_insertOrigin.exec())
            return m_db.errorOf(QStringLiteral("cannot record origin"), m_insertOrigin);
    }
    return {};
}

} // namespace mixdesk
