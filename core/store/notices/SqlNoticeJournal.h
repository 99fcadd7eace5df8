#pragma once

#include "store/notices/NoticeJournal.h"

namespace mixdesk {

class Database;

// NoticeJournal on a Database (SQLite or PostgreSQL).
class SqlNoticeJournal final : public NoticeJournal
{
public:
    explicit SqlNoticeJournal(Database& db) : m_db(db) {}

    Result<QList<StatusChange>> setStatus(const QList<qint64>& ids, NoticeStatus status,
                                          const QList<NoticeStatus>& seen = {}) override;
    Status addNote(qint64 id, const QString& note) override;
    Status addEvent(qint64 id, const QString& kind, const QString& detail) override;
    Status setDue(const QList<qint64>& ids, const QDate& due, bool urgent) override;
    Status setHidden(const QList<qint64>& ids, bool hidden) override;
    Result<QList<NoticeEvent>> events(qint64 id) override;
    Result<QString> notes(qint64 id) override;

private:
    Result<QList<StatusChange>> setStatusOnce(const QList<qint64>& ids, NoticeStatus status,
                                              const QList<NoticeStatus>& seen);

    Database& m_db;
};

} // namespace mixdesk
