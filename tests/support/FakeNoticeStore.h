#pragma once

#include "store/notices/NoticeRoles.h"

#include <QHash>
#include <QSet>

namespace mixdesk::test {

// In-memory inbox roles for sync tests: SHA-256 dedupe and checkpoints like the real
// store, nothing else. Its spool files at once (nothing stays spooled). `failAddAfter`
// makes spool() fail once that many batches succeeded (to test that a failed batch
// moves no checkpoint).
class FakeNoticeStore final : public NoticeRolesHolder,
                              public SyncSpool,
                              public NoticeWriter,
                              public InboxQueries,
                              public NoticeJournal
{
public:
    NoticeRoles roles() override { return {*this, *this, *this, *this, m_bulk}; }

    // SyncSpool
    Result<QList<AddResult>> spool(const QList<FetchedNotice>& notices,
                                   const SyncCheckpoint& checkpoint) override;
    Result<QList<qint64>> spooledIds() override { return QList<qint64>(); }
    Result<SpooledNotice> spooledNotice(qint64) override;
    Result<QList<AddResult>> file(const QList<SpooledNotice>&,
                                  const QList<PreparedNotice>&) override;
    Result<SyncCheckpoint> checkpoint(const QString& account, const QString& folder) override;
    Status saveCheckpoint(const SyncCheckpoint& checkpoint) override;

    // NoticeWriter
    Result<QList<AddResult>> add(const QList<PreparedNotice>& notices) override;
    Result<QList<AddResult>> addOrigins(const QList<IncomingNotice>& notices) override;
    Result<QSet<QByteArray>> knownSha256(const QList<QByteArray>& digests) override;
    Status updateAnalyses(const QList<qint64>&, const QList<PreparedNotice>&) override
    {
        return {};
    }
    Status suspendInboxIndexes() override { return {}; }
    Status restoreInboxIndexes() override { return {}; }
    Status refreshStatistics() override { return {}; }

    // InboxQueries
    Result<QList<qint64>> queryIds(const NoticeQuery& query) override;
    Result<QList<NoticeSummary>> summaries(const QList<qint64>&) override
    {
        return QList<NoticeSummary>();
    }
    Result<int> count(const NoticeQuery&) override { return int(notices.size()); }
    Result<QHash<NoticeStatus, int>> countByStatus() override;
    Result<int> countHidden() override { return 0; }
    Result<QByteArray> rawNotice(qint64 id) override;
    Result<Analysis> analysis(qint64) override { return Analysis(); }
    Result<QStringList> origins(qint64 id) override;
    Result<QList<qint64>> idsWithAnalyzerVersionBelow(int) override { return QList<qint64>(); }

    // NoticeJournal
    Result<QList<StatusChange>> setStatus(const QList<qint64>&, NoticeStatus,
                                          const QList<NoticeStatus>&) override
    {
        return QList<StatusChange>();
    }
    Status addNote(qint64, const QString&) override { return {}; }
    Status addEvent(qint64, const QString&, const QString&) override { return {}; }
    Status setDue(const QList<qint64>&, const QDate&, bool) override { return {}; }
    Status setHidden(const QList<qint64>&, bool) override { return {}; }
    Result<QList<NoticeEvent>> events(qint64) override { return QList<NoticeEvent>(); }
    Result<QString> notes(qint64) override { return QString(); }

    QList<IncomingNotice> notices; // in insertion order; id = index + 1
    QHash<QByteArray, qint64> bySha256;
    QHash<QString, SyncCheckpoint> checkpoints; // "account/folder"
    int batches = 0;
    int failAddAfter = -1;

private:
    Result<QList<AddResult>> store(const QList<IncomingNotice>& incoming);
    NoBulkWriting m_bulk;
};

} // namespace mixdesk::test
