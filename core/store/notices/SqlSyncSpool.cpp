#include "store/notices/SqlSyncSpool.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"
#include "store/notices/NoticeInserter.h"

#include <QVariant>

namespace mixdesk {

using namespace sql;

Result<QList<AddResult>> SqlSyncSpool::spool(const QList<FetchedNotice>& notices,
                                             const SyncCheckpoint& checkpoint)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    NoticeInserter inbox(m_db);
    QSqlQuery findSpooled = m_db.query();
    QSqlQuery insertSpooled = m_db.query();
    QSqlQuery addSpooledOrigin = m_db.query();
    findSpooled.prepare(QStringLiteral("SELECT id, origins FROM notice_spool WHERE sha256 = ?") +
                        m_db.dialect().lockRows());
    insertSpooled.prepare(m_db.dialect().insertNewReturningId(
        QStringLiteral("notice_spool"),
        {QStringLiteral("sha256"), QStringLiteral("received_at"), QStringLiteral("fetched_at"),
         QStringLiteral("user_name"), QStringLiteral("origins"), QStringLiteral("raw"),
         QStringLiteral("raw_format")},
        QStringLiteral("sha256")));
    addSpooledOrigin.prepare(QStringLiteral("UPDATE notice_spool SET origins = ? WHERE id = ?"));

    const qint64 now = nowMs();
    const QString user = nn(m_db.actor());
    QList<AddResult> results;
    results.reserve(notices.size());
    for (const FetchedNotice& fetched : notices) {
        const IncomingNotice& notice = fetched.notice;
        AddResult result;
        auto inInbox = inbox.find(notice.sha256);
        if (!inInbox)
            return tx.fail(inInbox.error());
        if (*inInbox) {
            // In the inbox already (imported, or fetched before a UIDVALIDITY change).
            result.id = **inInbox;
            if (Status s = inbox.recordOrigins(result.id, {notice.origin}, now); !s)
                return tx.fail(s.error());
            results.append(result);
            continue;
        }

        // Twice round at most: a message another desk spooled this very moment is found
        // the second time.
        for (int round = 0; round < 2 && result.id == 0; ++round) {
            findSpooled.addBindValue(notice.sha256);
            if (!findSpooled.exec())
                return tx.fail(QStringLiteral("cannot look up the spool"), findSpooled);
            if (findSpooled.next()) {
                result.id = findSpooled.value(0).toLongLong();
                QStringList origins =
                    findSpooled.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
                findSpooled.finish();
                if (!notice.origin.isEmpty() && !origins.contains(notice.origin)) {
                    origins.append(notice.origin);
                    addSpooledOrigin.addBindValue(origins.join(u'\n'));
                    addSpooledOrigin.addBindValue(result.id);
                    if (!addSpooledOrigin.exec())
                        return tx.fail(QStringLiteral("cannot record origin"), addSpooledOrigin);
                }
                break;
            }
            findSpooled.finish();

            insertSpooled.addBindValue(notice.sha256);
            insertSpooled.addBindValue(notice.receivedAt.isValid() ? toMs(notice.receivedAt) : now);
            insertSpooled.addBindValue(now);
            insertSpooled.addBindValue(user);
            insertSpooled.addBindValue(nn(notice.origin));
            insertSpooled.addBindValue(fetched.packed.bytes);
            insertSpooled.addBindValue(int(fetched.packed.format));
            if (!insertSpooled.exec())
                return tx.fail(QStringLiteral("cannot spool notice"), insertSpooled);
            if (!m_db.dialect().newRowIdIsResultRow())
                result.id = insertSpooled.lastInsertId().toLongLong();
            else if (insertSpooled.next())
                result.id = insertSpooled.value(0).toLongLong();
            insertSpooled.finish();
            result.inserted = result.id != 0;
        }
        if (result.id == 0)
            return tx.fail(Error{QStringLiteral("a spooled message vanished while it was stored")});
        results.append(result);
    }

    if (Status s = writeCheckpoint(checkpoint); !s)
        return tx.fail(s.error());
    if (Status s = tx.commit(); !s)
        return s.error();
    return results;
}

Status SqlSyncSpool::writeCheckpoint(const SyncCheckpoint& checkpoint)
{
    QSqlQuery q = m_db.query();
    q.prepare(m_db.dialect().upsert(
        QStringLiteral("sync_checkpoints"), {QStringLiteral("account"), QStringLiteral("folder")},
        {QStringLiteral("uid_validity"), QStringLiteral("last_uid"),
         QStringLiteral("after_sync_uid"), QStringLiteral("after_sync_action")}));
    q.addBindValue(checkpoint.account);
    q.addBindValue(checkpoint.folder);
    q.addBindValue(qint64(checkpoint.uidValidity));
    q.addBindValue(qint64(checkpoint.lastUid));
    q.addBindValue(qint64(checkpoint.afterSyncUid));
    q.addBindValue(nn(checkpoint.afterSyncAction));
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot save sync checkpoint"), q);
    return {};
}

Status SqlSyncSpool::saveCheckpoint(const SyncCheckpoint& checkpoint)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = writeCheckpoint(checkpoint); !s)
        return tx.fail(s.error());
    return tx.commit();
}

Result<QList<qint64>> SqlSyncSpool::spooledIds()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM notice_spool ORDER BY id")))
        return m_db.errorOf(QStringLiteral("cannot list the spool"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<SpooledNotice> SqlSyncSpool::spooledNotice(qint64 spoolId)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT raw, raw_format, sha256, received_at, fetched_at, user_name, "
                             "origins FROM notice_spool WHERE id = ?"));
    q.addBindValue(spoolId);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read the spool"), q);
    if (!q.next())
        return Error{QStringLiteral("no spooled notice with id %1").arg(spoolId)};
    SpooledNotice s;
    s.packed = PackedRaw{RawFormat(q.value(1).toInt()), q.value(0).toByteArray()};
    auto raw = RawCodec::unpack(s.packed.format, s.packed.bytes);
    if (!raw)
        return Error{QStringLiteral("spooled notice %1: %2").arg(spoolId).arg(raw.error().message)};
    s.spoolId = spoolId;
    s.origins = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    s.notice.raw = std::move(*raw);
    s.notice.sha256 = q.value(2).toByteArray();
    s.notice.receivedAt = fromMs(q.value(3).toLongLong());
    s.notice.origin = s.origins.value(0);
    s.fetchedAt = fromMs(q.value(4).toLongLong());
    s.user = q.value(5).toString();
    return s;
}

Result<QList<AddResult>> SqlSyncSpool::file(const QList<SpooledNotice>& spooled,
                                            const QList<PreparedNotice>& prepared)
{
    if (spooled.size() != prepared.size())
        return Error{QStringLiteral("file: %1 spooled messages but %2 prepared")
                         .arg(spooled.size())
                         .arg(prepared.size())};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    NoticeInserter inserter(m_db);
    QSqlQuery unspool = m_db.query();
    unspool.prepare(QStringLiteral("DELETE FROM notice_spool WHERE id = ?"));
    QList<AddResult> results;
    results.reserve(spooled.size());
    for (qsizetype i = 0; i < spooled.size(); ++i) {
        const SpooledNotice& from = spooled[i];
        // A spooled message reached the store when it was fetched.
        const NoticeInserter::Provenance provenance{toMs(from.fetchedAt), from.user,
                                                    QStringLiteral("synced"), from.origins};
        auto result = inserter.insert(prepared[i], provenance);
        if (!result)
            return tx.fail(result.error());
        unspool.addBindValue(from.spoolId);
        if (!unspool.exec())
            return tx.fail(QStringLiteral("cannot take notice from the spool"), unspool);
        results.append(*result);
    }
    m_db.notifyChanged(QStringLiteral("notices"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return results;
}

Result<SyncCheckpoint> SqlSyncSpool::checkpoint(const QString& account, const QString& folder)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT uid_validity, last_uid, after_sync_uid, after_sync_action "
                             "FROM sync_checkpoints WHERE account = ? AND folder = ?"));
    q.addBindValue(account);
    q.addBindValue(folder);
    if (!q.exec())
        return m_db.errorOf(QStringLiteral("cannot read sync checkpoint"), q);
    SyncCheckpoint checkpoint{account, folder};
    if (q.next()) {
        checkpoint.uidValidity = quint32(q.value(0).toLongLong());
        checkpoint.lastUid = quint32(q.value(1).toLongLong());
        checkpoint.afterSyncUid = quint32(q.value(2).toLongLong());
        checkpoint.afterSyncAction = q.value(3).toString();
    }
    return checkpoint;
}

} // namespace mixdesk
