#include "store/notices/SqlInboxQueries.h"

#include "store/Database.h"
#include "store/RawCodec.h"
#include "store/SqlValues.h"
#include "store/notices/DueDate.h"

#include <QJsonDocument>
#include <QSet>
#include <QVariant>

namespace mixdesk {

using namespace sql;

namespace {

QString sortColumnSql(const QString& column)
{
    static const QHash<QString, QString> kColumns{
        {QStringLiteral("received"), QStringLiteral("n.received_at")},
        {QStringLiteral("reporter"), QStringLiteral("n.reporter")},
        {QStringLiteral("category"), QStringLiteral("n.category")},
        {QStringLiteral("exit_ip"), QStringLiteral("n.exit_ip")},
        {QStringLiteral("status"), QStringLiteral("n.status")},
        {QStringLiteral("subject"), QStringLiteral("n.subject")},
        {QStringLiteral("incident"), QStringLiteral("n.incident_time")},
        {QStringLiteral("language"), QStringLiteral("n.language")},
        {QStringLiteral("due"), QStringLiteral("n.due_at")},
        {QStringLiteral("account"), QStringLiteral("n.account")},
        {QStringLiteral("mail_server"), QStringLiteral("n.mail_server")},
        {QStringLiteral("case_ref"), QStringLiteral("n.case_ref")},
        {QStringLiteral("id"), QStringLiteral("n.id")}};
    return kColumns.value(column, QStringLiteral("n.received_at"));
}

// The ORDER BY of the inbox sorted by `column`. Status, category and exit have
// few values: within one, the newest notices come first (or last), as their
// indexes hold them (NoticeSchema, schema 10); the id breaks every tie.
QString orderBySql(const QString& column, bool descending)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    static const QSet<QString> kByDateWithin{QStringLiteral("status"), QStringLiteral("category"),
                                             QStringLiteral("exit_ip")};
    QString order = sortColumnSql(column) + direction;
    if (kByDateWithin.contains(column))
        order += QStringLiteral(", n.received_at") + direction;
    return order + QStringLiteral(", n.id") + direction;
}

// Columns 0 and 1 of `q`: raw, raw_format.
Result<QByteArray> unpackRaw(qint64 id, const QSqlQuery& q)
{
    auto raw = RawCodec::unpack(RawFormat(q.value(1).toInt()), q.value(0).toByteArray());
    if (!raw)
        return Error{QStringLiteral("notice %1: %2").arg(id).arg(raw.error().message)};
    return raw;
}

} // namespace

std::optional<QString> SqlInboxQueries::whereClause(const NoticeQuery& query,
                                                    QVariantList& values) const
{
    QStringList conditions;
    if (query.status) {
        conditions.append(QStringLiteral("n.status = ?"));
        values.append(statusId(*query.status));
    }
    if (query.openOnly) {
        conditions.append(QStringLiteral("n.status NOT IN (?, ?)"));
        values.append(statusId(NoticeStatus::Closed));
        values.append(statusId(NoticeStatus::Misdirected));
    }
    if (query.dueBy.isValid()) {
        // Notices without a deadline hold DueDate::kNone, far beyond any day asked for.
        conditions.append(QStringLiteral("n.due_at <= ?"));
        values.append(DueDate::toStored(query.dueBy));
    }
    if (query.visibility == NoticeQuery::Visibility::Shown)
        conditions.append(QStringLiteral("n.hidden = 0"));
    else if (query.visibility == NoticeQuery::Visibility::Hidden)
        conditions.append(QStringLiteral("n.hidden = 1"));
    const auto equals = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        conditions.append(column + QStringLiteral(" = ?"));
        values.append(value);
    };
    equals(QStringLiteral("n.category"), query.category);
    equals(QStringLiteral("n.exit_ip"), query.exitIp);
    equals(QStringLiteral("n.reporter"), query.reporter);
    equals(QStringLiteral("n.language"), query.language);
    equals(QStringLiteral("n.case_ref"), query.caseReference);
    const QString time = query.dateField == NoticeQuery::DateField::Incident
                             ? QStringLiteral("n.incident_time")
                             : QStringLiteral("n.received_at");
    if (query.from.isValid()) {
        conditions.append(time + QStringLiteral(" >= ?"));
        values.append(toMs(query.from));
    }
    if (query.to.isValid()) {
        conditions.append(time + QStringLiteral(" < ?"));
        values.append(toMs(query.to));
        // An unknown incident time (0) is in no range, not before every day.
        if (!query.from.isValid() && query.dateField == NoticeQuery::DateField::Incident)
            conditions.append(QStringLiteral("n.incident_time > 0"));
    }
    // The user's search, and a campaign's account and mail server: each a full-text
    // condition (the account's words are indexed with the notice; keepCampaign()
    // then drops notices that only mention them).
    for (const QString& text : {query.text, query.account, query.mailServer}) {
        if (text.trimmed().isEmpty())
            continue;
        const QString match = m_db.dialect().fullTextQuery(text);
        if (match.isEmpty())
            return std::nullopt;
        conditions.append(m_db.dialect().fullTextCondition());
        values.append(match);
    }
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<qint64>> SqlInboxQueries::queryIds(const NoticeQuery& query)
{
    QVariantList values;
    const auto where = whereClause(query, values);
    if (!where)
        return QList<qint64>();
    QString sql = QStringLiteral("SELECT n.id FROM notices n") + *where +
                  QStringLiteral(" ORDER BY ") + orderBySql(query.sortColumn, query.descending);
    if (query.limit > 0 && !query.hasCampaign()) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(query.limit);
    }
    if (query.hasCampaign()) {
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return m_db.errorOf(QStringLiteral("search failed"), q);
        QList<qint64> candidates;
        while (q.next())
            candidates.append(q.value(0).toLongLong());
        auto kept = keepCampaign(query, candidates);
        if (kept && query.limit > 0 && kept->size() > query.limit)
            kept->resize(query.limit);
        return kept;
    }
    (void)m_db.query(); // the thread check, for the fast path too
    if (auto fast = m_db.dialect().readIds(m_db.connection(), sql, values))
        return std::move(*fast);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("search failed"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> SqlInboxQueries::keepCampaign(const NoticeQuery& query,
                                                    const QList<qint64>& ids)
{
    QList<qint64> kept;
    for (qint64 id : ids) {
        auto a = analysis(id);
        if (!a)
            return a.error();
        if (!query.account.isEmpty() &&
            a->webmailAccount.compare(query.account, Qt::CaseInsensitive) != 0)
            continue;
        if (!query.mailServer.isEmpty() &&
            a->mailServer.compare(query.mailServer, Qt::CaseInsensitive) != 0)
            continue;
        kept.append(id);
    }
    return kept;
}

Result<int> SqlInboxQueries::count(const NoticeQuery& query)
{
    if (query.hasCampaign()) {
        auto ids = queryIds(query);
        if (!ids)
            return ids.error();
        return int(ids->size());
    }
    QVariantList values;
    const auto where = whereClause(query, values);
    if (!where)
        return 0;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM notices n") + *where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.errorOf(QStringLiteral("cannot count notices"), q);
    return q.value(0).toInt();
}

Result<QList<NoticeSummary>> SqlInboxQueries::summaries(const QList<qint64>& ids)
{
    QHash<qint64, NoticeSummary> byId;
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, received_at, subject, reporter, category, exit_ip, "
                                 "status, incident_time, language, parse_failed, due_at, urgent, "
                                 "due_edited, hidden, account, mail_server, case_ref FROM notices "
                                 "WHERE id IN (") +
                  marks.join(u',') + u')');
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return m_db.errorOf(QStringLiteral("cannot read notices"), q);
        while (q.next()) {
            NoticeSummary s;
            s.id = q.value(0).toLongLong();
            s.receivedAt = fromMs(q.value(1).toLongLong());
            s.subject = q.value(2).toString();
            s.reporter = q.value(3).toString();
            s.category = q.value(4).toString();
            s.exitIp = q.value(5).toString();
            s.status = statusFromId(q.value(6).toString()).value_or(NoticeStatus::New);
            s.incidentTimeUtc = fromMs(q.value(7).toLongLong());
            s.language = q.value(8).toString();
            s.parseFailed = q.value(9).toInt() != 0;
            s.due = DueDate::fromStored(q.value(10).toLongLong());
            s.urgent = q.value(11).toInt() != 0;
            s.dueEdited = q.value(12).toInt() != 0;
            s.hidden = q.value(13).toInt() != 0;
            s.account = q.value(14).toString();
            s.mailServer = q.value(15).toString();
            s.caseReference = q.value(16).toString();
            byId.insert(s.id, s);
        }
    }
    QList<NoticeSummary> list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.cend())
            list.append(*it);
    return list;
}

Result<QHash<NoticeStatus, int>> SqlInboxQueries::countByStatus()
{
    // The shown notices by status, from the status index alone (it holds only them).
    QHash<NoticeStatus, int> counts;
    for (NoticeStatus s : allStatuses())
        counts.insert(s, 0);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT status, COUNT(*) FROM notices WHERE hidden = 0 GROUP BY status")))
        return m_db.errorOf(QStringLiteral("cannot count notices"), q);
    while (q.next())
        if (const auto s = statusFromId(q.value(0).toString()))
            counts[*s] += q.value(1).toInt();
    return counts;
}

Result<int> SqlInboxQueries::countHidden()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM notices WHERE hidden = 1")) || !q.next())
        return m_db.errorOf(QStringLiteral("cannot count notices"), q);
    return q.value(0).toInt();
}

Result<QByteArray> SqlInboxQueries::rawNotice(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT raw, raw_format FROM notice_content WHERE notice_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read notice"), q);
    if (!q.next())
        return Error{QStringLiteral("no notice with id %1").arg(id)};
    return unpackRaw(id, q);
}

Result<Analysis> SqlInboxQueries::analysis(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT c.analysis, n.reporter, c.analysis_packed, c.analysis_format "
                             "FROM notice_content c JOIN notices n ON n.id = c.notice_id WHERE "
                             "c.notice_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read analysis"), q);
    if (!q.next())
        return Error{QStringLiteral("no notice with id %1").arg(id)};
    QByteArray json;
    if (q.value(2).isNull()) { // stored before schema 7: JSON text
        json = q.value(0).toString().toUtf8();
    } else {
        auto unpacked = RawCodec::unpack(RawFormat(q.value(3).toInt()), q.value(2).toByteArray());
        if (!unpacked)
            return Error{QStringLiteral("stored analysis of notice %1: %2")
                             .arg(id)
                             .arg(unpacked.error().message)};
        json = std::move(*unpacked);
    }
    if (json.isEmpty()) {
        // Synced before schema 4 and not analysed since: the fetch stored the row with
        // what a header scan found, and no analysis.
        Analysis pending;
        pending.analyzerVersion = 0;
        pending.reporter = q.value(1).toString();
        return pending;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("stored analysis of notice %1 is not valid JSON: %2")
                         .arg(id)
                         .arg(parseError.errorString())};
    return Analysis::fromJson(doc.object());
}

Result<QStringList> SqlInboxQueries::origins(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "SELECT origin FROM notice_origins WHERE notice_id = ? ORDER BY added_at, origin"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read origins"), q);
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

Result<QList<qint64>> SqlInboxQueries::idsWithAnalyzerVersionBelow(int version)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (version > 0) {
        q.prepare(QStringLiteral("SELECT id FROM notices WHERE analyzer_version < ? ORDER BY id"));
        q.addBindValue(version);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM notices ORDER BY id"));
    }
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot list notices"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace mixdesk
