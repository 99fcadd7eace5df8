#include "settings/ExitTableModel.h"

#include "settings/AddressValidation.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace mixdesk {

ExitTableModel::ExitTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExitTableModel::setExits(const QList<ExitNode>& exits)
{
    beginResetModel();
    m_rows.clear();
    for (const ExitNode& node : exits)
        m_rows.append({node, node.addresses.join(u", "_s)});
    endResetModel();
    emit validityChanged();
}

QList<ExitNode> ExitTableModel::exits() const
{
    QList<ExitNode> result;
    for (const Row& row : m_rows) {
        ExitNode node = row.node;
        node.addresses = AddressValidation::splitAddresses(row.addressText);
        result << node;
    }
    return result;
}

void ExitTableModel::addExit()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.node.name = u"exit%1"_s.arg(row + 1);
    m_rows.append(r);
    endInsertRows();
    emit validityChanged();
}

void ExitTableModel::removeExit(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit validityChanged();
}

QStringList ExitTableModel::validationErrors() const
{
    QStringList result;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString name = row.node.name.isEmpty() ? tr("Exit %1").arg(i + 1) : row.node.name;
        if (AddressValidation::splitAddresses(row.addressText).isEmpty())
            result << tr("%1: no address given.").arg(name);
        for (const QString& error : AddressValidation::errors(row.addressText))
            result << tr("%1: %2", "exit name: error").arg(name, error);
    }
    return result;
}

int ExitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ExitNode& node = row.node;
    if (index.column() == Premium) {
        if (role == Qt::CheckStateRole)
            return node.premium ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Premium exits also carry mail (SMTP).");
        return {};
    }
    const bool invalid =
        index.column() == Addresses && !AddressValidation::errors(row.addressText).isEmpty();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return node.name;
        case Cascade:
            return node.cascade;
        case Addresses:
            if (role == Qt::DisplayRole && invalid)
                return QString(u"\u26A0 "_s + row.addressText); // marker, not colour alone
            return row.addressText;
        case Hostname:
            return node.hostname;
        case Isp:
            return node.isp;
        case IspAbuseContact:
            return node.ispAbuseContact;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Addresses)
        return invalid ? AddressValidation::errors(row.addressText).join(u'\n')
                       : tr("IPv4/IPv6 addresses or CIDR ranges, comma separated");
    if (role == Qt::BackgroundRole && invalid)
        return QBrush(QColor(255, 205, 205));
    if (role == Qt::ForegroundRole && invalid)
        return QBrush(Qt::black);
    return {};
}

bool ExitTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == Premium) {
        if (role != Qt::CheckStateRole)
            return false;
        row.node.premium = value.toInt() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case Name:
            row.node.name = text;
            break;
        case Cascade:
            row.node.cascade = text;
            break;
        case Addresses:
            row.addressText = text;
            break;
        case Hostname:
            row.node.hostname = text;
            break;
        case Isp:
            row.node.isp = text;
            break;
        case IspAbuseContact:
            row.node.ispAbuseContact = text;
            break;
        default:
            return false;
        }
    }
    emit dataChanged(index, index);
    emit validityChanged();
    return true;
}

Qt::ItemFlags ExitTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Premium)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant ExitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name", "exit name");
    case Cascade:
        return tr("Cascade");
    case Addresses:
        return tr("Addresses");
    case Hostname:
        return tr("Host name");
    case Premium:
        return tr("Premium", "exit that also carries mail");
    case Isp:
        return tr("ISP");
    case IspAbuseContact:
        return tr("ISP abuse contact");
    default:
        return {};
    }
}

void ExitTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mixdesk
