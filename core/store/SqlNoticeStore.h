#pragma once

#include "store/NoticeStore.h"
#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace mixdesk {

// NoticeStore on a Qt SQL connection; all dialect specifics come from SqlDialect.
class SqlNoticeStore final : public NoticeStore
{
public:
    SqlNoticeStore(std::unique_ptr<SqlDialect> dialect, QSqlDatabase db, QString connectionName);
    ~SqlNoticeStore() override;

    // Runs the connection setup and every pending migration (or, with
    // RefuseIfPending, fails with kUpgradePending when there are any).
    Status initialize(NoticeStore::Upgrade upgrade = NoticeStore::Upgrade::Migrate);

    Result<QList<AddResult>> addNotices(const QList<IncomingNotice>& notices,
                                        const QList<Analysis>& analyses) override;
    Result<QList<AddResult>> spoolNotices(const QList<IncomingNotice>& notices,
                                          const SyncCheckpoint& checkpoint) override;
    Result<QList<qint64>> spooledIds() override;
    Result<SpooledNotice> spooledNotice(qint64 spoolId) override;
    Result<QList<AddResult>> fileSpooled(const QList<SpooledNotice>& spooled,
                                         const QList<Analysis>& analyses) override;
    Result<SyncCheckpoint> syncCheckpoint(const QString& account, const QString& folder) override;
    Status saveSyncCheckpoint(const SyncCheckpoint& checkpoint) override;

    Result<QByteArray> rawNotice(qint64 id) override;
    Result<Analysis> analysis(qint64 id) override;
    Result<QString> notes(qint64 id) override;
    Result<QStringList> origins(qint64 id) override;
    Result<QSet<QByteArray>> knownSha256(const QList<QByteArray>& digests) override;

    Result<QList<qint64>> idsWithAnalyzerVersionBelow(int version) override;
    Status updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses) override;
    Status updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses,
                          const QList<IncomingNotice>& notices) override;

    Result<QList<qint64>> queryIds(const NoticeQuery& query) override;
    Result<QList<NoticeSummary>> summaries(const QList<qint64>& ids) override;
    Result<int> count(std::optional<NoticeStatus> status) override;
    Result<QHash<NoticeStatus, int>> countByStatus() override;

    Status setStatus(const QList<qint64>& ids, NoticeStatus status, const QString& user) override;
    Status addNote(qint64 id, const QString& note, const QString& user) override;
    Status addEvent(qint64 id, const QString& kind, const QString& detail,
                    const QString& user) override;
    Result<QList<NoticeEvent>> events(qint64 id) override;

    Status beginBulk() override;
    Status commitBulk() override;
    Status suspendInboxIndexes() override;
    Status restoreInboxIndexes() override;

private:
    Status migrate(NoticeStore::Upgrade upgrade);
    Status begin();
    Status commit();
    void rollback();
    // The error of `query` failing, after rolling back the current transaction.
    Error rolledBack(const QString& what, const QSqlQuery& query);
    // Runs `insert` (made by SqlDialect::insertReturningId) and reads the new row's id;
    // nullopt on failure, with the error in `insert`.
    std::optional<qint64> insertedId(QSqlQuery& insert) const;
    // `spooled`, when given, holds where each notice comes from in the spool.
    Result<QList<AddResult>> insertBatch(const QList<IncomingNotice>& notices,
                                         const QList<Analysis>& analyses,
                                         const QList<SpooledNotice>* spooled);
    // The checkpoint's upsert, inside the caller's transaction (rolled back on failure).
    Status writeCheckpoint(const SyncCheckpoint& checkpoint);

    std::unique_ptr<SqlDialect> m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    bool m_inBulk = false; // begin()/commit() are savepoints inside the bulk transaction
};

} // namespace mixdesk
