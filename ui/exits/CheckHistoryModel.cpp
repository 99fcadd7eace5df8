#include "CheckHistoryModel.h"

#include "CheckStatusStyle.h"

#include <QLocale>

namespace mixdesk {

CheckHistoryModel::CheckHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void CheckHistoryModel::setResults(const QString& ip, const QList<CheckResult>& results)
{
    beginResetModel();
    m_ip = ip;
    m_results = results;
    endResetModel();
}

int CheckHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int CheckHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const CheckResult& r = m_results.at(index.row());
    if (index.column() == Status && role == Qt::BackgroundRole)
        return CheckStatusStyle::background(r.status);
    if (index.column() == Status && role == Qt::ForegroundRole)
        return CheckStatusStyle::foreground(r.status);
    if (index.column() == Detail && role == Qt::ToolTipRole)
        return r.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(r.checkedAt.toLocalTime(), QLocale::ShortFormat);
    case Check:
        return checkKindDisplayName(r.check);
    case Status:
        return checkStatusDisplayName(r.status);
    case Detail:
        return r.detail;
    default:
        return {};
    }
}

QVariant CheckHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Checked");
    case Check:
        return tr("Check");
    case Status:
        return tr("Result");
    case Detail:
        return tr("Reason");
    default:
        return {};
    }
}

void CheckHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mixdesk
