#include "store/notices/SqlNoticeWriter.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"
#include "store/notices/DueDate.h"
#include "store/notices/InboxIndexes.h"
#include "store/notices/NoticeInserter.h"
#include "store/notices/SearchText.h"

#include <QVariant>

namespace mixdesk {

using namespace sql;

namespace {

// Two operators importing overlapping mail at once may deadlock on PostgreSQL; the
// server aborts one, which runs its unit again.
constexpr int kAttempts = 4;

} // namespace

Result<QList<AddResult>> SqlNoticeWriter::add(const QList<PreparedNotice>& notices)
{
    for (int attempt = 1;; ++attempt) {
        auto added = addOnce(notices);
        if (added || added.error().code != Database::kRetryable || m_db.inBulk() ||
            attempt == kAttempts)
            return added;
    }
}

Result<QList<AddResult>> SqlNoticeWriter::addOnce(const QList<PreparedNotice>& notices)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    NoticeInserter inserter(m_db);
    const NoticeInserter::Provenance from{nowMs(), m_db.actor(), QStringLiteral("imported"), {}};
    QList<AddResult> results;
    results.reserve(notices.size());
    for (const PreparedNotice& notice : notices) {
        NoticeInserter::Provenance provenance = from;
        provenance.origins = {notice.incoming.origin};
        auto result = inserter.insert(notice, provenance);
        if (!result)
            return tx.fail(result.error());
        results.append(*result);
    }
    m_db.notifyChanged(QStringLiteral("notices"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return results;
}

Result<QList<AddResult>> SqlNoticeWriter::addOrigins(const QList<IncomingNotice>& notices)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    NoticeInserter inserter(m_db);
    const qint64 now = nowMs();
    QList<AddResult> results;
    results.reserve(notices.size());
    for (const IncomingNotice& notice : notices) {
        auto id = inserter.find(notice.sha256);
        if (!id)
            return tx.fail(id.error());
        if (!*id)
            return tx.fail(Error{QStringLiteral("no stored notice has these bytes")});
        if (Status s = inserter.recordOrigins(**id, {notice.origin}, now); !s)
            return tx.fail(s.error());
        results.append(AddResult{**id, false});
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return results;
}

Result<QSet<QByteArray>> SqlNoticeWriter::knownSha256(const QList<QByteArray>& digests)
{
    QSet<QByteArray> known;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM notices WHERE sha256 = ?"));
    for (const QByteArray& digest : digests) {
        q.addBindValue(digest);
        if (!q.exec())
            return m_db.errorOf(QStringLiteral("cannot look up notices"), q);
        if (q.next())
            known.insert(digest);
        q.finish();
    }
    return known;
}

Status SqlNoticeWriter::updateAnalyses(const QList<qint64>& ids,
                                       const QList<PreparedNotice>& notices)
{
    if (ids.size() != notices.size())
        return Error{QStringLiteral("updateAnalyses: sizes differ")};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // The subject too: rows synced pending before schema 4 have it from a header scan.
    QStringList sets{QStringLiteral("subject = ?")};
    for (const QString& c : analysisColumns())
        sets.append(c + QStringLiteral(" = ?"));
    // The deadline and urgency found in the notice, unless the operator set them.
    sets.append(QStringLiteral("due_at = CASE WHEN due_edited = 0 THEN ? ELSE due_at END"));
    sets.append(QStringLiteral("urgent = CASE WHEN due_edited = 0 THEN ? ELSE urgent END"));
    QSqlQuery updateNotice = m_db.query();
    QSqlQuery readIndexed = m_db.query();
    QSqlQuery updateContent = m_db.query();
    QSqlQuery deleteText = m_db.query();
    QSqlQuery insertText = m_db.query();
    updateNotice.prepare(QStringLiteral("UPDATE notices SET ") + sets.join(QStringLiteral(", ")) +
                         QStringLiteral(" WHERE id = ?"));
    readIndexed.prepare(QStringLiteral(
        "SELECT search_text, search_format FROM notice_content WHERE notice_id = ?"));
    updateContent.prepare(
        QStringLiteral("UPDATE notice_content SET analysis = '', analysis_packed = ?, "
                       "analysis_format = ?, search_text = ?, search_format = ? WHERE "
                       "notice_id = ?"));
    deleteText.prepare(m_db.dialect().fullTextDelete());
    insertText.prepare(m_db.dialect().fullTextInsert());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const PreparedNotice& notice = notices[i];
        updateNotice.addBindValue(nn(notice.subject));
        bindAnalysisColumns(updateNotice, notice.analysis);
        updateNotice.addBindValue(DueDate::toStored(notice.due));
        updateNotice.addBindValue(notice.urgent ? 1 : 0);
        updateNotice.addBindValue(ids[i]);
        if (!updateNotice.exec())
            return tx.fail(QStringLiteral("cannot update notice"), updateNotice);

        // The index holds analysis fields too (IPs, account, reporter...): the row goes
        // out with the values it went in with (none for rows synced pending before
        // schema 4, which were never indexed), and in again with the new ones.
        readIndexed.addBindValue(ids[i]);
        if (!readIndexed.exec() || !readIndexed.next())
            return tx.fail(QStringLiteral("cannot read notice"), readIndexed);
        const QVariant indexed = readIndexed.value(0);
        const RawFormat indexedFormat = RawFormat(readIndexed.value(1).toInt());
        readIndexed.finish();
        if (!indexed.isNull()) {
            auto encoded = RawCodec::unpack(indexedFormat, indexed.toByteArray());
            const auto old = encoded ? SearchText::decode(*encoded) : std::nullopt;
            if (!old)
                return tx.fail(
                    Error{QStringLiteral("notice %1: its search text is unreadable").arg(ids[i])});
            m_db.dialect().bindFullTextDelete(deleteText, ids[i], SearchText::utf8(*old));
            if (!deleteText.exec())
                return tx.fail(QStringLiteral("cannot update index"), deleteText);
        }
        m_db.dialect().bindFullTextInsert(insertText, ids[i], notice.searchValues);
        if (!insertText.exec())
            return tx.fail(QStringLiteral("cannot update index"), insertText);

        updateContent.addBindValue(notice.packedAnalysis.bytes);
        updateContent.addBindValue(int(notice.packedAnalysis.format));
        updateContent.addBindValue(notice.packedSearchText.bytes);
        updateContent.addBindValue(int(notice.packedSearchText.format));
        updateContent.addBindValue(ids[i]);
        if (!updateContent.exec())
            return tx.fail(QStringLiteral("cannot update analysis"), updateContent);
    }
    m_db.notifyChanged(QStringLiteral("notices"));
    return tx.commit();
}

Status SqlNoticeWriter::suspendInboxIndexes()
{
    return InboxIndexes(m_db).suspend();
}

Status SqlNoticeWriter::restoreInboxIndexes()
{
    return InboxIndexes(m_db).restore();
}

Status SqlNoticeWriter::refreshStatistics()
{
    return m_db.refreshStatistics();
}

} // namespace mixdesk
