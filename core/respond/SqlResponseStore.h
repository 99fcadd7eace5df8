#pragma once

#include "respond/ResponseStore.h"

namespace mixdesk {

class Database;

// ResponseStore in the desk's database (tables responses, response_notices), on SQLite
// and PostgreSQL alike. Used on the thread that opened the Database.
class SqlResponseStore final : public ResponseStore
{
public:
    explicit SqlResponseStore(Database& db) : m_db(db) {}

    Result<ResponseDraft> saveDraft(const ResponseDraft& draft) override;
    Status markFailed(qint64 id, const QString& error) override;
    Status markSent(qint64 id, const QString& messageId, const QDateTime& sentAt,
                    const QByteArray& raw) override;
    Status discard(qint64 id) override;
    Result<ResponseDraft> find(qint64 id) override;
    Result<QByteArray> sentRaw(qint64 id) override;
    Result<QList<ResponseDraft>> outbox() override;
    Result<QList<ResponseDraft>> forNotice(qint64 noticeId) override;

private:
    Result<QList<ResponseDraft>> select(const QString& where, const QVariantList& values);

    Database& m_db;
};

} // namespace mixdesk
