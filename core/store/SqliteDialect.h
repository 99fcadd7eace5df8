#pragma once

#include "store/SqlDialect.h"

namespace mixdesk {

// SQLite, the embedded default: WAL, FTS5, long bulk transactions.
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QStringList connectionSetup() const override;
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList bulkSetup() const override;
    QStringList bulkTeardown() const override;
    QStringList migrationSetup() const override;
    QStringList migrationTeardown() const override;

    QString autoIncrementPrimaryKey() const override
    {
        return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    }
    QString blobType() const override { return QStringLiteral("BLOB"); }
    QString insertReturningId(const QString& table, const QStringList& columns) const override;
    bool newRowIdIsResultRow() const override { return false; }
    QString insertNewReturningId(const QString& table, const QStringList& columns,
                                 const QString& unique) const override;

    QStringList createFullText() const override;
    QStringList fullTextWithoutCopy() const override;
    QStringList fullTextTuning() const override;
    QString fullTextInsert() const override;
    void bindFullTextInsert(QSqlQuery& query, qint64 id,
                            const QList<QByteArray>& utf8Values) const override;
    QString fullTextDelete() const override;
    void bindFullTextDelete(QSqlQuery& query, qint64 id,
                            const QList<QByteArray>& utf8Values) const override;
    QString fullTextCondition() const override;
    QString fullTextQuery(const QString& userText) const override;

    std::optional<Result<QList<qint64>>> readIds(const QSqlDatabase& db, const QString& sql,
                                                 const QVariantList& values) const override;
};

} // namespace mixdesk
