#pragma once

#include "store/NoticeStore.h"

#include <QHash>
#include <QSet>

namespace mixdesk::test {

// In-memory NoticeStore for sync tests: SHA-256 dedupe and checkpoints like the real
// store, nothing else. `failAddAfter` makes addNotices fail once that many batches
// succeeded (to test that a failed batch moves no checkpoint); spoolNotices counts.
class FakeNoticeStore : public NoticeStore
{
public:
    Result<QList<AddResult>> addNotices(const QList<IncomingNotice>& notices,
                                        const QList<Analysis>& analyses) override;
    // No spool: files at once.
    Result<QList<AddResult>> spoolNotices(const QList<IncomingNotice>& notices,
                                          const SyncCheckpoint& checkpoint) override;
    Result<SyncCheckpoint> syncCheckpoint(const QString& account, const QString& folder) override;
    Status saveSyncCheckpoint(const SyncCheckpoint& checkpoint) override;

    Result<QByteArray> rawNotice(qint64 id) override;
    Result<Analysis> analysis(qint64 id) override;
    Result<QString> notes(qint64 id) override;
    Result<QStringList> origins(qint64 id) override;
    Result<QSet<QByteArray>> knownSha256(const QList<QByteArray>& digests) override;
    Result<QList<qint64>> idsWithAnalyzerVersionBelow(int version) override;
    Status updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses) override;
    Result<QHash<NoticeStatus, int>> countByStatus() override;
    Status addEvent(qint64 id, const QString& kind, const QString& detail,
                    const QString& user) override;
    Result<QList<qint64>> queryIds(const NoticeQuery& query) override;
    Result<QList<NoticeSummary>> summaries(const QList<qint64>& ids) override;
    Result<int> count(std::optional<NoticeStatus> status = std::nullopt) override;
    Status setStatus(const QList<qint64>& ids, NoticeStatus status, const QString& user) override;
    Status addNote(qint64 id, const QString& note, const QString& user) override;
    Result<QList<NoticeEvent>> events(qint64 id) override;

    QList<IncomingNotice> notices; // in insertion order; id = index + 1
    QHash<QByteArray, qint64> bySha256;
    QHash<QString, SyncCheckpoint> checkpoints; // "account/folder"
    int batches = 0;
    int failAddAfter = -1;
};

} // namespace mixdesk::test
