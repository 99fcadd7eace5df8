#include "respond/SqlResponseStore.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace mixdesk {
namespace {

const QString kTopic = QStringLiteral("responses");

QString lines(const QStringList& list)
{
    return list.join(QLatin1Char('\n'));
}

QStringList fromLines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Error noSuchResponse(qint64 id)
{
    return Error{
        QCoreApplication::translate("SqlResponseStore", "There is no response #%1.").arg(id)};
}

} // namespace

QString responseStateId(ResponseState state)
{
    return state == ResponseState::Sent ? QStringLiteral("sent") : QStringLiteral("outbox");
}

Result<ResponseDraft> SqlResponseStore::saveDraft(const ResponseDraft& draft)
{
    ResponseDraft d = draft;
    d.state = ResponseState::Outbox;
    d.actor = m_db.actor();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (d.id == 0) {
        d.createdAt = sql::fromMs(sql::nowMs());
        const QStringList columns{
            QStringLiteral("state"),     QStringLiteral("template"),   QStringLiteral("language"),
            QStringLiteral("mail_from"), QStringLiteral("mail_to"),    QStringLiteral("mail_cc"),
            QStringLiteral("subject"),   QStringLiteral("body"),       QStringLiteral("created_at"),
            QStringLiteral("sent_at"),   QStringLiteral("message_id"), QStringLiteral("last_error"),
            QStringLiteral("attempts"),  QStringLiteral("actor"),      QStringLiteral("attach")};
        QSqlQuery insert = m_db.query();
        insert.prepare(m_db.dialect().insertReturningId(QStringLiteral("responses"), columns));
        insert.addBindValue(responseStateId(d.state));
        insert.addBindValue(sql::nn(d.templateName));
        insert.addBindValue(sql::nn(d.language));
        insert.addBindValue(sql::nn(d.from));
        insert.addBindValue(lines(d.to));
        insert.addBindValue(lines(d.cc));
        insert.addBindValue(sql::nn(d.subject));
        insert.addBindValue(sql::nn(d.body));
        insert.addBindValue(sql::toMs(d.createdAt));
        insert.addBindValue(qint64(0));
        insert.addBindValue(QStringLiteral(""));
        insert.addBindValue(sql::nn(d.lastError));
        insert.addBindValue(d.attempts);
        insert.addBindValue(sql::nn(d.actor));
        insert.addBindValue(d.attachNotices ? 1 : 0);
        if (!insert.exec())
            return tx.fail(QStringLiteral("cannot save the response"), insert);
        if (m_db.dialect().newRowIdIsResultRow()) {
            if (!insert.next())
                return tx.fail(QStringLiteral("cannot save the response"), insert);
            d.id = insert.value(0).toLongLong();
        } else {
            d.id = insert.lastInsertId().toLongLong();
        }
    } else {
        QSqlQuery update = m_db.query();
        update.prepare(QStringLiteral(
            "UPDATE responses SET template = ?, language = ?, mail_from = ?, mail_to = ?, "
            "mail_cc = ?, subject = ?, body = ?, actor = ?, attach = ? WHERE id = ? AND state = "
            "?"));
        update.addBindValue(sql::nn(d.templateName));
        update.addBindValue(sql::nn(d.language));
        update.addBindValue(sql::nn(d.from));
        update.addBindValue(lines(d.to));
        update.addBindValue(lines(d.cc));
        update.addBindValue(sql::nn(d.subject));
        update.addBindValue(sql::nn(d.body));
        update.addBindValue(sql::nn(d.actor));
        update.addBindValue(d.attachNotices ? 1 : 0);
        update.addBindValue(d.id);
        update.addBindValue(responseStateId(ResponseState::Outbox));
        if (!update.exec())
            return tx.fail(QStringLiteral("cannot save the response"), update);
        if (update.numRowsAffected() == 0)
            return tx.fail(Error{
                QCoreApplication::translate(
                    "SqlResponseStore", "Response #%1 is not in the outbox (sent or discarded).")
                    .arg(d.id)});
        QSqlQuery clear = m_db.query();
        clear.prepare(QStringLiteral("DELETE FROM response_notices WHERE response_id = ?"));
        clear.addBindValue(d.id);
        if (!clear.exec())
            return tx.fail(QStringLiteral("cannot save the response"), clear);
    }
    QSqlQuery link = m_db.query();
    link.prepare(QStringLiteral(
        "INSERT INTO response_notices (response_id, notice_id, position) VALUES (?, ?, ?)"));
    int position = 0;
    QList<qint64> seen;
    for (qint64 noticeId : d.noticeIds) {
        if (seen.contains(noticeId))
            continue;
        seen << noticeId;
        link.addBindValue(d.id);
        link.addBindValue(noticeId);
        link.addBindValue(position++);
        if (!link.exec())
            return tx.fail(QStringLiteral("cannot save the response's notices"), link);
    }
    d.noticeIds = seen;
    m_db.notifyChanged(kTopic);
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    auto stored = find(d.id);
    return stored;
}

Status SqlResponseStore::markFailed(qint64 id, const QString& error)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE responses SET last_error = ?, attempts = attempts + 1 "
                             "WHERE id = ? AND state = ?"));
    q.addBindValue(sql::nn(error));
    q.addBindValue(id);
    q.addBindValue(responseStateId(ResponseState::Outbox));
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot record the failed attempt"), q);
    if (q.numRowsAffected() == 0)
        return tx.fail(noSuchResponse(id));
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Status SqlResponseStore::markSent(qint64 id, const QString& messageId, const QDateTime& sentAt,
                                  const QByteArray& raw)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE responses SET state = ?, message_id = ?, sent_at = ?, "
                             "last_error = ?, raw = ?, actor = ? WHERE id = ? AND state = ?"));
    q.addBindValue(responseStateId(ResponseState::Sent));
    q.addBindValue(sql::nn(messageId));
    q.addBindValue(sql::toMs(sentAt));
    q.addBindValue(QStringLiteral(""));
    q.addBindValue(raw.isNull() ? QByteArray("") : raw);
    q.addBindValue(sql::nn(m_db.actor()));
    q.addBindValue(id);
    q.addBindValue(responseStateId(ResponseState::Outbox));
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot record the sent response"), q);
    if (q.numRowsAffected() == 0)
        return tx.fail(noSuchResponse(id));
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Status SqlResponseStore::discard(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM responses WHERE id = ? AND state = ?"));
    q.addBindValue(id);
    q.addBindValue(responseStateId(ResponseState::Outbox));
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot discard the response"), q);
    if (q.numRowsAffected() == 0)
        return tx.fail(noSuchResponse(id));
    QSqlQuery links = m_db.query();
    links.prepare(QStringLiteral("DELETE FROM response_notices WHERE response_id = ?"));
    links.addBindValue(id);
    if (!links.exec())
        return tx.fail(QStringLiteral("cannot discard the response"), links);
    m_db.notifyChanged(kTopic);
    return tx.commit();
}

Result<QList<ResponseDraft>> SqlResponseStore::select(const QString& where,
                                                      const QVariantList& values)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
                  "SELECT r.id, r.state, r.template, r.language, r.mail_from, "
                  "r.mail_to, r.mail_cc, r.subject, r.body, r.created_at, r.sent_at, "
                  "r.message_id, r.last_error, r.attempts, r.actor, r.attach FROM responses r ") +
              where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the responses"), q);
    QList<ResponseDraft> out;
    while (q.next()) {
        ResponseDraft d;
        d.id = q.value(0).toLongLong();
        d.state = q.value(1).toString() == responseStateId(ResponseState::Sent)
                      ? ResponseState::Sent
                      : ResponseState::Outbox;
        d.templateName = q.value(2).toString();
        d.language = q.value(3).toString();
        d.from = q.value(4).toString();
        d.to = fromLines(q.value(5).toString());
        d.cc = fromLines(q.value(6).toString());
        d.subject = q.value(7).toString();
        d.body = q.value(8).toString();
        d.createdAt = sql::fromMs(q.value(9).toLongLong());
        d.sentAt = sql::fromMs(q.value(10).toLongLong());
        d.messageId = q.value(11).toString();
        d.lastError = q.value(12).toString();
        d.attempts = q.value(13).toInt();
        d.actor = q.value(14).toString();
        d.attachNotices = q.value(15).toInt() != 0;
        out << d;
    }
    QSqlQuery notices = m_db.query();
    notices.prepare(QStringLiteral(
        "SELECT notice_id FROM response_notices WHERE response_id = ? ORDER BY position"));
    for (ResponseDraft& d : out) {
        notices.addBindValue(d.id);
        if (!notices.exec())
            return sql::queryError(QStringLiteral("cannot read the response's notices"), notices);
        while (notices.next())
            d.noticeIds << notices.value(0).toLongLong();
    }
    return out;
}

Result<ResponseDraft> SqlResponseStore::find(qint64 id)
{
    auto list = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return noSuchResponse(id);
    return list->first();
}

Result<QByteArray> SqlResponseStore::sentRaw(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT raw FROM responses WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::queryError(QStringLiteral("cannot read the response"), q);
    if (!q.next())
        return noSuchResponse(id);
    return q.value(0).toByteArray();
}

Result<QList<ResponseDraft>> SqlResponseStore::outbox()
{
    return select(QStringLiteral("WHERE r.state = ? ORDER BY r.id"),
                  {responseStateId(ResponseState::Outbox)});
}

Result<QList<ResponseDraft>> SqlResponseStore::forNotice(qint64 noticeId)
{
    return select(QStringLiteral("WHERE r.id IN (SELECT response_id FROM response_notices "
                                 "WHERE notice_id = ?) ORDER BY r.id DESC"),
                  {noticeId});
}

} // namespace mixdesk
