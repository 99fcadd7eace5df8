#pragma once

#include "cases/CaseStore.h"

class QSqlQuery;

namespace mixdesk {

class Database;
class Transaction;

// CaseStore on a desk's database (SQLite or PostgreSQL), tables of casesSchema().
class SqlCaseStore final : public CaseStore
{
public:
    explicit SqlCaseStore(Database& db) : m_db(db) {}

    Result<CaseFolder> create(const CaseFolder& folder,
                              const QList<qint64>& noticeIds = {}) override;
    Result<CaseFolder> update(const CaseFolder& folder) override;
    Status remove(qint64 caseId) override;
    Result<CaseFolder> find(qint64 caseId) override;
    Result<QList<CaseFolder>> list() override;

    Status link(qint64 caseId, const QList<qint64>& noticeIds = {}) override;
    Status unlink(qint64 caseId, qint64 noticeId) override;
    Result<QList<qint64>> linkedNotices(qint64 caseId) override;
    Result<QList<qint64>> casesOfNotice(qint64 noticeId) override;

    Result<CaseDocument> addDocument(qint64 caseId, const QString& fileName,
                                     const QString& mediaType, const QByteArray& bytes,
                                     const QString& note = QString()) override;
    Result<QList<CaseDocument>> documents(qint64 caseId) override;
    Result<QByteArray> documentContent(qint64 documentId) override;
    Status removeDocument(qint64 documentId) override;

    Result<CaseNote> addNote(qint64 caseId, const QString& text) override;
    Result<QList<CaseNote>> notes(qint64 caseId) override;

    Result<CaseDeadline> addDeadline(const CaseDeadline& deadline) override;
    Status setDeadlineDone(qint64 deadlineId, bool done) override;
    Status removeDeadline(qint64 deadlineId) override;
    Result<QList<CaseDeadline>> deadlines(qint64 caseId) override;
    Result<QList<DueItem>> due(const QDateTime& now) override;
    Result<QList<DueItem>> openDeadlines(const QDateTime& until) override;

    Status answerChecklist(qint64 caseId, const ChecklistAnswer& answer) override;
    Result<QList<ChecklistAnswer>> checklist(qint64 caseId) override;

    Result<QList<CaseEvent>> events(qint64 caseId) override;

private:
    // Inside an open unit: one event of `caseId` by the database's actor. On failure
    // the unit is undone and m_eventError says why.
    Status recordEvent(Transaction& tx, qint64 caseId, const QString& kind, const QString& detail);
    Result<qint64> insertReturningId(Transaction& tx, const QString& table,
                                     const QStringList& columns, const QVariantList& values,
                                     const QString& what);
    Status linkInUnit(Transaction& tx, qint64 caseId, const QList<qint64>& noticeIds);
    Result<bool> caseExists(qint64 caseId);

    Database& m_db;
    Error m_eventError; // of the last recordEvent() that failed
};

} // namespace mixdesk
