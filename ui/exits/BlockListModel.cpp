#include "BlockListModel.h"

#include <QColor>
#include <QLocale>

namespace mixdesk {

BlockListModel::BlockListModel(QObject* parent) : QAbstractTableModel(parent) {}

void BlockListModel::setBlocks(const QList<BlockRequest>& blocks)
{
    beginResetModel();
    m_blocks = blocks;
    endResetModel();
}

qint64 BlockListModel::idAt(int row) const
{
    return row >= 0 && row < m_blocks.size() ? m_blocks.at(row).id : 0;
}

int BlockListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BlockListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_blocks.size())
        return {};
    const BlockRequest& b = m_blocks.at(index.row());
    const bool active = b.isActiveOn(QDate::currentDate());
    if (role == Qt::ForegroundRole && !active)
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole)
        return active ? b.describe() : tr("Expired: no longer exported");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return b.id;
    case Destination:
        return b.destination;
    case Ports:
        return b.ports.isEmpty() ? tr("all") : PortRange::listText(b.ports);
    case Requester:
        return b.requester;
    case Reason:
        return b.reason;
    case Reference:
        return b.reference;
    case Since:
        return QLocale().toString(b.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case Expires:
        return b.expires.isValid() ? QLocale().toString(b.expires, QLocale::ShortFormat)
                                   : tr("never");
    default:
        return {};
    }
}

QVariant BlockListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Destination:
        return tr("Destination");
    case Ports:
        return tr("Ports");
    case Requester:
        return tr("Requested by");
    case Reason:
        return tr("Reason");
    case Reference:
        return tr("Notice / case");
    case Since:
        return tr("Since");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

void BlockListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_blocks.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mixdesk
