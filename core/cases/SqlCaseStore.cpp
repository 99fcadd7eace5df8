#include "cases/SqlCaseStore.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace mixdesk {
namespace {

const QString kTopic = QStringLiteral("cases");

const QString kCaseColumns = QStringLiteral(
    "id, case_type, summons_role, title, authority_kind, authority, reference, contact, status, "
    "opened_on, closed_on, exit_ip, incident_time, statement, fact_sheet, created_at, created_by");

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

CaseFolder readCase(const QSqlQuery& q)
{
    CaseFolder c;
    c.id = q.value(0).toLongLong();
    c.type = caseTypeFromId(q.value(1).toString()).value_or(CaseType::Other);
    c.role = summonsRoleFromId(q.value(2).toString()).value_or(SummonsRole::None);
    c.title = q.value(3).toString();
    c.authorityKind = authorityKindFromId(q.value(4).toString()).value_or(AuthorityKind::Other);
    c.authority = q.value(5).toString();
    c.reference = q.value(6).toString();
    c.contact = q.value(7).toString();
    c.status = caseStatusFromId(q.value(8).toString()).value_or(CaseStatus::Open);
    c.openedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    c.closedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.exitIp = q.value(11).toString();
    c.incidentTimeUtc = sql::fromMs(q.value(12).toLongLong());
    c.statement = q.value(13).toString();
    c.factSheet = q.value(14).toString();
    c.createdAt = sql::fromMs(q.value(15).toLongLong());
    c.createdBy = q.value(16).toString();
    return c;
}

// The values of the editable columns, in the order of kEditableColumns.
const QStringList kEditableColumns{QStringLiteral("case_type"), QStringLiteral("summons_role"),
                                   QStringLiteral("title"),     QStringLiteral("authority_kind"),
                                   QStringLiteral("authority"), QStringLiteral("reference"),
                                   QStringLiteral("contact"),   QStringLiteral("status"),
                                   QStringLiteral("opened_on"), QStringLiteral("closed_on"),
                                   QStringLiteral("exit_ip"),   QStringLiteral("incident_time"),
                                   QStringLiteral("statement"), QStringLiteral("fact_sheet")};

QVariantList editableValues(const CaseFolder& c)
{
    return {caseTypeId(c.type),
            summonsRoleId(c.type == CaseType::Summons ? c.role : SummonsRole::None),
            sql::nn(c.title),
            authorityKindId(c.authorityKind),
            sql::nn(c.authority),
            sql::nn(c.reference),
            sql::nn(c.contact),
            caseStatusId(c.status),
            dateText(c.openedOn),
            dateText(c.closedOn),
            sql::nn(c.exitIp),
            sql::toMs(c.incidentTimeUtc),
            sql::nn(c.statement),
            sql::nn(c.factSheet)};
}

// Times as the table keeps them (milliseconds), so returned copies equal read ones.
QDateTime stored(const QDateTime& time)
{
    return sql::fromMs(sql::toMs(time));
}

CaseDeadline readDeadline(const QSqlQuery& q, int first = 0)
{
    CaseDeadline d;
    d.id = q.value(first).toLongLong();
    d.caseId = q.value(first + 1).toLongLong();
    d.kind = deadlineKindFromId(q.value(first + 2).toString());
    d.title = q.value(first + 3).toString();
    d.dueAt = sql::fromMs(q.value(first + 4).toLongLong());
    d.remindDays = q.value(first + 5).toInt();
    d.doneAt = sql::fromMs(q.value(first + 6).toLongLong());
    return d;
}

Error notFound(qint64 caseId)
{
    return Error{QCoreApplication::translate("CaseStore", "There is no case %1.").arg(caseId)};
}

} // namespace

Status SqlCaseStore::recordEvent(Transaction& tx, qint64 caseId, const QString& kind,
                                 const QString& detail)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO case_events (case_id, time, user_name, kind, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(sql::nowMs());
    q.addBindValue(sql::nn(m_db.actor()));
    q.addBindValue(kind);
    q.addBindValue(sql::nn(detail));
    if (!q.exec()) {
        m_eventError = tx.fail(QStringLiteral("cannot record the case's event"), q);
        return m_eventError;
    }
    return {};
}

Result<qint64> SqlCaseStore::insertReturningId(Transaction& tx, const QString& table,
                                               const QStringList& columns,
                                               const QVariantList& values, const QString& what)
{
    QSqlQuery insert = m_db.query();
    insert.prepare(m_db.dialect().insertReturningId(table, columns));
    for (const QVariant& v : values)
        insert.addBindValue(v);
    if (!insert.exec())
        return tx.fail(what, insert);
    if (m_db.dialect().newRowIdIsResultRow()) {
        if (!insert.next())
            return tx.fail(what, insert);
        return insert.value(0).toLongLong();
    }
    return insert.lastInsertId().toLongLong();
}

Result<bool> SqlCaseStore::caseExists(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the cases"), q);
    return q.next();
}

Result<CaseFolder> SqlCaseStore::create(const CaseFolder& folder, const QList<qint64>& noticeIds)
{
    CaseFolder c = folder;
    c.createdAt = stored(QDateTime::currentDateTimeUtc());
    c.createdBy = m_db.actor();
    if (!c.openedOn.isValid())
        c.openedOn = QDate::currentDate();
    if (c.status == CaseStatus::Closed && !c.closedOn.isValid())
        c.closedOn = QDate::currentDate();
    if (c.type != CaseType::Summons)
        c.role = SummonsRole::None;
    c.incidentTimeUtc = stored(c.incidentTimeUtc);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QStringList columns = kEditableColumns;
    columns << QStringLiteral("created_at") << QStringLiteral("created_by");
    QVariantList values = editableValues(c);
    values << sql::toMs(c.createdAt) << sql::nn(c.createdBy);
    const Result<qint64> id = insertReturningId(tx, QStringLiteral("cases"), columns, values,
                                                QStringLiteral("cannot create the case"));
    if (!id)
        return id.error();
    c.id = *id;
    if (!recordEvent(tx, c.id, QStringLiteral("opened"), c.title))
        return m_eventError;
    if (const Status linked = linkInUnit(tx, c.id, noticeIds); !linked)
        return linked.error();
    m_db.notifyChanged(kTopic);
    if (const Status committed = tx.commit(); !committed)
        return committed.error();
    return c;
}

Result<CaseFolder> SqlCaseStore::update(const CaseFolder& folder)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kCaseColumns +
              QStringLiteral(" FROM cases WHERE id = ?") + m_db.dialect().lockRows());
    q.addBindValue(folder.id);
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot read the case"), q);
    if (!q.next())
        return tx.fail(notFound(folder.id));
    const CaseFolder before = readCase(q);
    CaseFolder c = folder;
    c.createdAt = before.createdAt;
    c.createdBy = before.createdBy;
    c.incidentTimeUtc = stored(c.incidentTimeUtc);
    if (c.type != CaseType::Summons)
        c.role = SummonsRole::None;
    if (c.status == CaseStatus::Closed && !c.closedOn.isValid())
        c.closedOn = QDate::currentDate();
    if (c.status != CaseStatus::Closed)
        c.closedOn = QDate();
    QStringList sets;
    for (const QString& column : kEditableColumns)
        sets << column + QStringLiteral(" = ?");
    QSqlQuery write = m_db.query();
    write.prepare(QStringLiteral("UPDATE cases SET ") + sets.join(QStringLiteral(", ")) +
                  QStringLiteral(" WHERE id = ?"));
    for (const QVariant& v : editableValues(c))
        write.addBindValue(v);
    write.addBindValue(c.id);
    if (!write.exec())
        return tx.fail(QStringLiteral("cannot update the case"), write);
    if (before.status != c.status &&
        !recordEvent(tx, c.id, QStringLiteral("status"), caseStatusId(c.status)))
        return m_eventError;
    if (before.statement != c.statement &&
        !recordEvent(tx, c.id, QStringLiteral("statement"), QString()))
        return m_eventError;
    m_db.notifyChanged(kTopic);
    if (const Status committed = tx.commit(); !committed)
        return committed.error();
    return c;
}

Status SqlCaseStore::remove(qint64 caseId)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    for (const char* table : {"case_notices", "case_documents", "case_notes", "case_deadlines",
                              "case_checklist", "case_events"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(QLatin1String(table)));
        q.addBindValue(caseId);
        if (!q.exec())
            return tx.fail(QStringLiteral("cannot remove the case"), q);
    }
    q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot remove the case"), q);
    if (q.numRowsAffected() == 0)
        return tx.fail(notFound(caseId));
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Result<CaseFolder> SqlCaseStore::find(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kCaseColumns +
              QStringLiteral(" FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the case"), q);
    if (!q.next())
        return notFound(caseId);
    return readCase(q);
}

Result<QList<CaseFolder>> SqlCaseStore::list()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kCaseColumns +
              QStringLiteral(" FROM cases ORDER BY id DESC"));
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the cases"), q);
    QList<CaseFolder> out;
    while (q.next())
        out.append(readCase(q));
    return out;
}

Status SqlCaseStore::linkInUnit(Transaction& tx, qint64 caseId, const QList<qint64>& noticeIds)
{
    QSqlQuery check = m_db.query();
    check.prepare(QStringLiteral("SELECT 1 FROM notices WHERE id = ?"));
    QSqlQuery present = m_db.query();
    present.prepare(
        QStringLiteral("SELECT 1 FROM case_notices WHERE case_id = ? AND notice_id = ?"));
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral(
        "INSERT INTO case_notices (case_id, notice_id, linked_at) VALUES (?, ?, ?)"));
    for (qint64 noticeId : noticeIds) {
        check.addBindValue(noticeId);
        if (!check.exec())
            return tx.fail(QStringLiteral("cannot link the notice"), check);
        if (!check.next())
            return tx.fail(Error{
                QCoreApplication::translate("CaseStore", "There is no notice %1.").arg(noticeId)});
        present.addBindValue(caseId);
        present.addBindValue(noticeId);
        if (!present.exec())
            return tx.fail(QStringLiteral("cannot link the notice"), present);
        if (present.next())
            continue;
        insert.addBindValue(caseId);
        insert.addBindValue(noticeId);
        insert.addBindValue(sql::nowMs());
        if (!insert.exec())
            return tx.fail(QStringLiteral("cannot link the notice"), insert);
        if (!recordEvent(tx, caseId, QStringLiteral("linked"), QString::number(noticeId)))
            return m_eventError;
    }
    return {};
}

Status SqlCaseStore::link(qint64 caseId, const QList<qint64>& noticeIds)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<bool> exists = caseExists(caseId);
    if (!exists)
        return tx.fail(exists.error());
    if (!*exists)
        return tx.fail(notFound(caseId));
    if (const Status linked = linkInUnit(tx, caseId, noticeIds); !linked)
        return linked;
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Status SqlCaseStore::unlink(qint64 caseId, qint64 noticeId)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM case_notices WHERE case_id = ? AND notice_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(noticeId);
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot unlink the notice"), q);
    if (q.numRowsAffected() > 0 &&
        !recordEvent(tx, caseId, QStringLiteral("unlinked"), QString::number(noticeId)))
        return m_eventError;
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Result<QList<qint64>> SqlCaseStore::linkedNotices(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT notice_id FROM case_notices WHERE case_id = ? ORDER BY notice_id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the linked notices"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> SqlCaseStore::casesOfNotice(qint64 noticeId)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT case_id FROM case_notices WHERE notice_id = ? ORDER BY case_id"));
    q.addBindValue(noticeId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the cases of a notice"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<CaseDocument> SqlCaseStore::addDocument(qint64 caseId, const QString& fileName,
                                               const QString& mediaType, const QByteArray& bytes,
                                               const QString& note)
{
    CaseDocument d;
    d.caseId = caseId;
    d.fileName = fileName;
    d.mediaType = mediaType;
    d.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    d.size = bytes.size();
    d.note = note;
    d.addedAt = stored(QDateTime::currentDateTimeUtc());
    d.addedBy = m_db.actor();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<bool> exists = caseExists(caseId);
    if (!exists)
        return tx.fail(exists.error());
    if (!*exists)
        return tx.fail(notFound(caseId));
    const Result<qint64> id = insertReturningId(
        tx, QStringLiteral("case_documents"),
        {QStringLiteral("case_id"), QStringLiteral("file_name"), QStringLiteral("media_type"),
         QStringLiteral("sha256"), QStringLiteral("size"), QStringLiteral("content"),
         QStringLiteral("note"), QStringLiteral("added_at"), QStringLiteral("added_by")},
        {caseId, sql::nn(fileName), sql::nn(mediaType), d.sha256, d.size, bytes, sql::nn(note),
         sql::toMs(d.addedAt), sql::nn(d.addedBy)},
        QStringLiteral("cannot store the document"));
    if (!id)
        return id.error();
    d.id = *id;
    if (!recordEvent(tx, caseId, QStringLiteral("document"), fileName))
        return m_eventError;
    m_db.notifyChanged(kTopic);
    if (const Status committed = tx.commit(); !committed)
        return committed.error();
    return d;
}

Result<QList<CaseDocument>> SqlCaseStore::documents(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT id, case_id, file_name, media_type, sha256, size, note, "
                       "added_at, added_by FROM case_documents WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the documents"), q);
    QList<CaseDocument> out;
    while (q.next()) {
        CaseDocument d;
        d.id = q.value(0).toLongLong();
        d.caseId = q.value(1).toLongLong();
        d.fileName = q.value(2).toString();
        d.mediaType = q.value(3).toString();
        d.sha256 = q.value(4).toString();
        d.size = q.value(5).toLongLong();
        d.note = q.value(6).toString();
        d.addedAt = sql::fromMs(q.value(7).toLongLong());
        d.addedBy = q.value(8).toString();
        out.append(d);
    }
    return out;
}

Result<QByteArray> SqlCaseStore::documentContent(qint64 documentId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT content FROM case_documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the document"), q);
    if (!q.next())
        return Error{
            QCoreApplication::translate("CaseStore", "There is no document %1.").arg(documentId)};
    return q.value(0).toByteArray();
}

Status SqlCaseStore::removeDocument(qint64 documentId)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT case_id, file_name FROM case_documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot remove the document"), q);
    if (!q.next())
        return tx.commit();
    const qint64 caseId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    QSqlQuery del = m_db.query();
    del.prepare(QStringLiteral("DELETE FROM case_documents WHERE id = ?"));
    del.addBindValue(documentId);
    if (!del.exec())
        return tx.fail(QStringLiteral("cannot remove the document"), del);
    if (!recordEvent(tx, caseId, QStringLiteral("document-removed"), name))
        return m_eventError;
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Result<CaseNote> SqlCaseStore::addNote(qint64 caseId, const QString& text)
{
    CaseNote n;
    n.caseId = caseId;
    n.time = stored(QDateTime::currentDateTimeUtc());
    n.user = m_db.actor();
    n.text = text;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<bool> exists = caseExists(caseId);
    if (!exists)
        return tx.fail(exists.error());
    if (!*exists)
        return tx.fail(notFound(caseId));
    const Result<qint64> id =
        insertReturningId(tx, QStringLiteral("case_notes"),
                          {QStringLiteral("case_id"), QStringLiteral("time"),
                           QStringLiteral("user_name"), QStringLiteral("text")},
                          {caseId, sql::toMs(n.time), sql::nn(n.user), sql::nn(text)},
                          QStringLiteral("cannot add the note"));
    if (!id)
        return id.error();
    n.id = *id;
    m_db.notifyChanged(kTopic);
    if (const Status committed = tx.commit(); !committed)
        return committed.error();
    return n;
}

Result<QList<CaseNote>> SqlCaseStore::notes(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, case_id, time, user_name, text FROM case_notes "
                             "WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the notes"), q);
    QList<CaseNote> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                    sql::fromMs(q.value(2).toLongLong()), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

Result<CaseDeadline> SqlCaseStore::addDeadline(const CaseDeadline& deadline)
{
    CaseDeadline d = deadline;
    d.dueAt = stored(d.dueAt);
    d.doneAt = stored(d.doneAt);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<bool> exists = caseExists(d.caseId);
    if (!exists)
        return tx.fail(exists.error());
    if (!*exists)
        return tx.fail(notFound(d.caseId));
    const Result<qint64> id = insertReturningId(
        tx, QStringLiteral("case_deadlines"),
        {QStringLiteral("case_id"), QStringLiteral("kind"), QStringLiteral("title"),
         QStringLiteral("due_at"), QStringLiteral("remind_days"), QStringLiteral("done_at")},
        {d.caseId, deadlineKindId(d.kind), sql::nn(d.title), sql::toMs(d.dueAt), d.remindDays,
         sql::toMs(d.doneAt)},
        QStringLiteral("cannot add the deadline"));
    if (!id)
        return id.error();
    d.id = *id;
    if (!recordEvent(tx, d.caseId, QStringLiteral("deadline"), d.title))
        return m_eventError;
    m_db.notifyChanged(kTopic);
    if (const Status committed = tx.commit(); !committed)
        return committed.error();
    return d;
}

Status SqlCaseStore::setDeadlineDone(qint64 deadlineId, bool done)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE case_deadlines SET done_at = ? WHERE id = ?"));
    q.addBindValue(done ? sql::nowMs() : qint64(0));
    q.addBindValue(deadlineId);
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot change the deadline"), q);
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Status SqlCaseStore::removeDeadline(qint64 deadlineId)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM case_deadlines WHERE id = ?"));
    q.addBindValue(deadlineId);
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot remove the deadline"), q);
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Result<QList<CaseDeadline>> SqlCaseStore::deadlines(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, case_id, kind, title, due_at, remind_days, done_at "
                             "FROM case_deadlines WHERE case_id = ? ORDER BY due_at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the deadlines"), q);
    QList<CaseDeadline> out;
    while (q.next())
        out.append(readDeadline(q));
    return out;
}

Result<QList<DueItem>> SqlCaseStore::due(const QDateTime& now)
{
    // remind_days is at most a few weeks: read what falls due within a year and
    // decide the reminder here, the same on both databases.
    auto open = openDeadlines(now.addDays(366));
    if (!open)
        return open.error();
    QList<DueItem> out;
    for (DueItem& item : *open) {
        if (!item.deadline.isDue(now))
            continue;
        item.overdue = item.deadline.dueAt < now;
        out.append(item);
    }
    return out;
}

Result<QList<DueItem>> SqlCaseStore::openDeadlines(const QDateTime& until)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "SELECT d.id, d.case_id, d.kind, d.title, d.due_at, d.remind_days, d.done_at, c.title, "
        "c.reference FROM case_deadlines d JOIN cases c ON c.id = d.case_id "
        "WHERE d.done_at = 0 AND c.status <> 'closed' AND d.due_at <= ? ORDER BY d.due_at, d.id"));
    q.addBindValue(sql::toMs(until));
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the deadlines"), q);
    QList<DueItem> out;
    while (q.next()) {
        DueItem item;
        item.deadline = readDeadline(q);
        item.caseTitle = q.value(7).toString();
        item.caseReference = q.value(8).toString();
        out.append(item);
    }
    return out;
}

Status SqlCaseStore::answerChecklist(qint64 caseId, const ChecklistAnswer& answer)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<bool> exists = caseExists(caseId);
    if (!exists)
        return tx.fail(exists.error());
    if (!*exists)
        return tx.fail(notFound(caseId));
    QSqlQuery q = m_db.query();
    q.prepare(m_db.dialect().upsert(QStringLiteral("case_checklist"),
                                    {QStringLiteral("case_id"), QStringLiteral("rule")},
                                    {QStringLiteral("note"), QStringLiteral("answered_on")}));
    q.addBindValue(caseId);
    q.addBindValue(retentionRuleId(answer.rule));
    q.addBindValue(sql::nn(answer.note));
    q.addBindValue(dateText(answer.answeredOn));
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot answer the checklist"), q);
    if (answer.isAnswered() &&
        !recordEvent(tx, caseId, QStringLiteral("checklist"), retentionRuleId(answer.rule)))
        return m_eventError;
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Result<QList<ChecklistAnswer>> SqlCaseStore::checklist(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT rule, note, answered_on FROM case_checklist WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the checklist"), q);
    QList<ChecklistAnswer> stored;
    while (q.next()) {
        const auto rule = retentionRuleFromId(q.value(0).toString());
        if (!rule)
            continue;
        stored.append(
            {*rule, q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    }
    return completeChecklist(stored);
}

Result<QList<CaseEvent>> SqlCaseStore::events(qint64 caseId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, case_id, time, user_name, kind, detail FROM case_events "
                             "WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the case's events"), q);
    QList<CaseEvent> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                    sql::fromMs(q.value(2).toLongLong()), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace mixdesk
