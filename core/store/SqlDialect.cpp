#include "store/SqlDialect.h"

namespace mixdesk {

const QStringList& SqlDialect::fullTextColumns()
{
    static const QStringList kColumns{QStringLiteral("subject"),   QStringLiteral("body"),
                                      QStringLiteral("addresses"), QStringLiteral("ips"),
                                      QStringLiteral("accounts"),  QStringLiteral("reporter"),
                                      QStringLiteral("case_ref")};
    return kColumns;
}

QString SqlDialect::placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

bool SqlDialect::isRetryable(const QString&) const
{
    return false;
}

QString SqlDialect::insertIgnore(const QString& table, const QStringList& columns) const
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(columns.size()) + QStringLiteral(") ON CONFLICT DO NOTHING");
}

QString SqlDialect::upsert(const QString& table, const QStringList& keyColumns,
                           const QStringList& valueColumns) const
{
    QStringList sets;
    for (const QString& c : valueColumns)
        sets.append(c + QStringLiteral(" = excluded.") + c);
    const QStringList all = keyColumns + valueColumns;
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           all.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(all.size()) + QStringLiteral(") ON CONFLICT (") +
           keyColumns.join(QStringLiteral(", ")) + QStringLiteral(") DO UPDATE SET ") +
           sets.join(QStringLiteral(", "));
}

QString SqlDialect::insertReturningId(const QString& table, const QStringList& columns) const
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(columns.size()) + QStringLiteral(") RETURNING id");
}

QString SqlDialect::insertNewReturningId(const QString& table, const QStringList& columns,
                                         const QString& unique) const
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders(columns.size()) + QStringLiteral(") ON CONFLICT (") + unique +
           QStringLiteral(") DO NOTHING RETURNING id");
}

QStringList SqlDialect::followExplicitIds(const QString&) const
{
    return {};
}

std::optional<Result<QList<qint64>>> SqlDialect::readIds(const QSqlDatabase&, const QString&,
                                                         const QVariantList&) const
{
    return std::nullopt;
}

} // namespace mixdesk
