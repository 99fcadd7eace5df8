#include "store/notices/SqlNoticeJournal.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"
#include "store/notices/DueDate.h"

#include <QVariant>

namespace mixdesk {

using namespace sql;

namespace {

constexpr int kAttempts = 4;

// The detail of a status event: "old -> new", as ids (the UI translates them).
QString statusDetail(const QString& from, const QString& to)
{
    return from + QStringLiteral(" -> ") + to;
}

} // namespace

Result<QList<StatusChange>> SqlNoticeJournal::setStatus(const QList<qint64>& ids,
                                                        NoticeStatus status,
                                                        const QList<NoticeStatus>& seen)
{
    if (!seen.isEmpty() && seen.size() != ids.size())
        return Error{QStringLiteral("setStatus: %1 ids but %2 seen statuses")
                         .arg(ids.size())
                         .arg(seen.size())};
    for (int attempt = 1;; ++attempt) {
        auto changed = setStatusOnce(ids, status, seen);
        if (changed || changed.error().code != Database::kRetryable || attempt == kAttempts)
            return changed;
    }
}

Result<QList<StatusChange>> SqlNoticeJournal::setStatusOnce(const QList<qint64>& ids,
                                                            NoticeStatus status,
                                                            const QList<NoticeStatus>& seen)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString newId = statusId(status);
    QSqlQuery read = m_db.query();
    QSqlQuery lastChange = m_db.query();
    QSqlQuery update = m_db.query();
    QSqlQuery event = m_db.query();
    // Locked (PostgreSQL) from the read to the commit: another operator's change of
    // the same notice waits, and then sees this one.
    read.prepare(QStringLiteral("SELECT status FROM notices WHERE id = ?") +
                 m_db.dialect().lockRows());
    lastChange.prepare(QStringLiteral("SELECT user_name FROM notice_events WHERE notice_id = ? "
                                      "AND kind = 'status' ORDER BY id DESC LIMIT 1"));
    update.prepare(QStringLiteral("UPDATE notices SET status = ? WHERE id = ?"));
    event.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                                 "detail) VALUES (?, ?, ?, 'status', ?)"));
    const qint64 now = nowMs();
    QList<StatusChange> changes;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids[i];
        read.addBindValue(id);
        if (!read.exec())
            return tx.fail(QStringLiteral("cannot read status"), read);
        if (!read.next())
            return tx.fail(Error{QStringLiteral("no notice with id %1").arg(id)});
        const QString oldId = read.value(0).toString();
        read.finish();
        StatusChange change;
        change.id = id;
        change.before = statusFromId(oldId).value_or(NoticeStatus::New);
        change.after = status;
        if (!seen.isEmpty() && seen[i] != change.before) {
            change.conflict = true;
            lastChange.addBindValue(id);
            if (!lastChange.exec())
                return tx.fail(QStringLiteral("cannot read the journal"), lastChange);
            if (lastChange.next())
                change.changedBy = lastChange.value(0).toString();
            lastChange.finish();
        }
        changes.append(change);
        if (oldId == newId)
            continue;
        update.addBindValue(newId);
        update.addBindValue(id);
        if (!update.exec())
            return tx.fail(QStringLiteral("cannot change status"), update);
        event.addBindValue(id);
        event.addBindValue(now);
        event.addBindValue(nn(m_db.actor()));
        event.addBindValue(statusDetail(oldId, newId));
        if (!event.exec())
            return tx.fail(QStringLiteral("cannot change status"), event);
    }
    m_db.notifyChanged(QStringLiteral("notices"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return changes;
}

Status SqlNoticeJournal::addNote(qint64 id, const QString& note)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const qint64 now = nowMs();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO notice_notes (notice_id, time, user_name, text) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(now);
    q.addBindValue(nn(m_db.actor()));
    q.addBindValue(nn(note));
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot add note"), q);
    q.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                             "detail) VALUES (?, ?, ?, 'note', ?)"));
    q.addBindValue(id);
    q.addBindValue(now);
    q.addBindValue(nn(m_db.actor()));
    q.addBindValue(nn(note));
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot log note"), q);
    m_db.notifyChanged(QStringLiteral("journal"));
    return tx.commit();
}

Status SqlNoticeJournal::addEvent(qint64 id, const QString& kind, const QString& detail)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                             "detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(nowMs());
    q.addBindValue(nn(m_db.actor()));
    q.addBindValue(nn(kind));
    q.addBindValue(nn(detail));
    if (!q.exec())
        return tx.fail(QStringLiteral("cannot log event"), q);
    m_db.notifyChanged(QStringLiteral("journal"));
    return tx.commit();
}

Status SqlNoticeJournal::setDue(const QList<qint64>& ids, const QDate& due, bool urgent)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery update = m_db.query();
    QSqlQuery event = m_db.query();
    update.prepare(
        QStringLiteral("UPDATE notices SET due_at = ?, urgent = ?, due_edited = 1 WHERE id = ?"));
    event.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                                 "detail) VALUES (?, ?, ?, 'due', ?)"));
    // Ids, not words: the history translates them.
    QString detail = due.isValid() ? due.toString(Qt::ISODate) : QStringLiteral("none");
    if (urgent)
        detail += QStringLiteral(" urgent");
    const qint64 now = nowMs();
    for (qint64 id : ids) {
        update.addBindValue(DueDate::toStored(due));
        update.addBindValue(urgent ? 1 : 0);
        update.addBindValue(id);
        if (!update.exec())
            return tx.fail(QStringLiteral("cannot set the due date"), update);
        if (update.numRowsAffected() == 0)
            return tx.fail(Error{QStringLiteral("no notice with id %1").arg(id)});
        event.addBindValue(id);
        event.addBindValue(now);
        event.addBindValue(nn(m_db.actor()));
        event.addBindValue(detail);
        if (!event.exec())
            return tx.fail(QStringLiteral("cannot set the due date"), event);
    }
    m_db.notifyChanged(QStringLiteral("notices"));
    return tx.commit();
}

Status SqlNoticeJournal::setHidden(const QList<qint64>& ids, bool hidden)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Only rows whose flag changes: a notice hidden twice is journalled once.
    QSqlQuery update = m_db.query();
    QSqlQuery event = m_db.query();
    update.prepare(QStringLiteral("UPDATE notices SET hidden = ? WHERE id = ? AND hidden = ?"));
    event.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                                 "detail) VALUES (?, ?, ?, ?, '')"));
    const qint64 now = nowMs();
    for (qint64 id : ids) {
        update.addBindValue(hidden ? 1 : 0);
        update.addBindValue(id);
        update.addBindValue(hidden ? 0 : 1);
        if (!update.exec())
            return tx.fail(QStringLiteral("cannot hide the notice"), update);
        if (update.numRowsAffected() == 0)
            continue;
        event.addBindValue(id);
        event.addBindValue(now);
        event.addBindValue(nn(m_db.actor()));
        event.addBindValue(hidden ? QStringLiteral("hidden") : QStringLiteral("unhidden"));
        if (!event.exec())
            return tx.fail(QStringLiteral("cannot hide the notice"), event);
    }
    m_db.notifyChanged(QStringLiteral("notices"));
    return tx.commit();
}

Result<QList<NoticeEvent>> SqlNoticeJournal::events(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT time, user_name, kind, detail FROM notice_events "
                             "WHERE notice_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read events"), q);
    QList<NoticeEvent> list;
    while (q.next())
        list.append({fromMs(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

Result<QString> SqlNoticeJournal::notes(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT text FROM notice_notes WHERE notice_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read notes"), q);
    QStringList all;
    while (q.next())
        all.append(q.value(0).toString());
    return all.join(QStringLiteral("\n\n"));
}

} // namespace mixdesk
