#include "dnsbl/DnsblMatrixModel.h"

#include "dnsbl/DnsblCellStyle.h"

#include <QLocale>

namespace mixdesk {

DnsblMatrixModel::DnsblMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void DnsblMatrixModel::setZones(const QList<DnsblZone>& zones)
{
    beginResetModel();
    m_zones = zones;
    rebuildRows();
    endResetModel();
}

void DnsblMatrixModel::setTargets(const QList<DnsblTarget>& targets)
{
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

void DnsblMatrixModel::setResults(const QList<DnsblResult>& results)
{
    beginResetModel();
    m_results.clear();
    for (const DnsblResult& result : results)
        m_results.insert({result.ip, result.zone}, result);
    endResetModel();
}

void DnsblMatrixModel::updateResult(const DnsblResult& result)
{
    m_results.insert({result.ip, result.zone}, result);
    const int row = rowOfZone(result.zone);
    const int column = columnOfIp(result.ip);
    if (row >= 0 && column >= 0)
        emit dataChanged(index(row, column), index(row, column));
}

void DnsblMatrixModel::setActionableOnly(bool on)
{
    if (on == m_actionableOnly)
        return;
    beginResetModel();
    m_actionableOnly = on;
    rebuildRows();
    endResetModel();
}

void DnsblMatrixModel::retranslate()
{
    if (m_targets.isEmpty() || m_rows.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void DnsblMatrixModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_zones.size(); ++i) {
        if (!m_actionableOnly || m_zones[i].kind == DnsblKind::Actionable)
            m_rows.append(i);
    }
}

const DnsblZone* DnsblMatrixModel::zoneAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_zones[m_rows[row]] : nullptr;
}

const DnsblTarget* DnsblMatrixModel::targetAt(int column) const
{
    return column >= 0 && column < m_targets.size() ? &m_targets[column] : nullptr;
}

std::optional<DnsblResult> DnsblMatrixModel::resultAt(const QModelIndex& index) const
{
    const DnsblZone* zone = zoneAt(index.row());
    const DnsblTarget* target = targetAt(index.column());
    if (!index.isValid() || !zone || !target)
        return std::nullopt;
    const auto it = m_results.constFind({target->ip(), zone->zone});
    if (it == m_results.constEnd())
        return std::nullopt;
    return *it;
}

int DnsblMatrixModel::rowOfZone(const QString& zone) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_zones[m_rows[row]].zone == zone)
            return row;
    }
    return -1;
}

int DnsblMatrixModel::columnOfIp(const QString& ip) const
{
    for (int column = 0; column < m_targets.size(); ++column) {
        if (m_targets[column].ip() == ip)
            return column;
    }
    return -1;
}

int DnsblMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DnsblMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

QVariant DnsblMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<DnsblResult> result = resultAt(index);
    const DnsblCellStyle::Category category = DnsblCellStyle::categoryOf(result);
    switch (role) {
    case Qt::DisplayRole:
        return DnsblCellStyle::shortText(category);
    case Qt::BackgroundRole: {
        const QColor colour = DnsblCellStyle::background(category);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor colour = DnsblCellStyle::foreground(category);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return cellToolTip(*zoneAt(index.row()), *targetAt(index.column()), result);
    case StatusRole:
        return result ? dnsblStatusId(result->status) : QString();
    case CategoryRole:
        return int(category);
    case DelistUrlRole:
        return zoneAt(index.row())->delistUrl;
    default:
        return {};
    }
}

QVariant DnsblMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const DnsblTarget* target = targetAt(section);
        if (!target)
            return {};
        if (role == Qt::DisplayRole) {
            QString text = target->ip();
            if (!target->exitName.isEmpty())
                text += u'\n' + target->exitName;
            if (target->premium)
                text += u' ' + tr("(premium)");
            return text;
        }
        if (role == Qt::ToolTipRole)
            return target->premium
                       ? tr("%1 carries mail (premium): an actionable listing blocks its mail.")
                             .arg(target->ip())
                       : tr("%1: listings are information; this exit does not carry mail.")
                             .arg(target->ip());
        return {};
    }
    const DnsblZone* zone = zoneAt(section);
    if (!zone)
        return {};
    if (role == Qt::DisplayRole)
        return zone->name;
    if (role == Qt::ToolTipRole) {
        QStringList families;
        if (zone->ipv4)
            families << QStringLiteral("IPv4");
        if (zone->ipv6)
            families << QStringLiteral("IPv6");
        return tr("%1 (%2)\nKind: %3\nLists: %4")
            .arg(zone->name, zone->zone, dnsblKindDisplayName(zone->kind),
                 families.join(QStringLiteral(", ")));
    }
    return {};
}

QString DnsblMatrixModel::cellToolTip(const DnsblZone& zone, const DnsblTarget& target,
                                      const std::optional<DnsblResult>& result) const
{
    QString text = zone.name + QStringLiteral(" — ") + target.ip();
    if (!result)
        return text + u'\n' + tr("Not checked yet.");
    text += u'\n' + dnsblStatusDisplayName(result->status);
    if (result->status == DnsblStatus::Listed)
        text += QStringLiteral(" (") + dnsblKindDisplayName(result->kind) + u')';
    if (!result->meaning.isEmpty())
        text += u'\n' + result->meaning;
    if (!result->txt.isEmpty())
        text += u'\n' + tr("TXT: %1").arg(result->txt);
    if (result->status == DnsblStatus::Listed && !zone.delistUrl.isEmpty())
        text += u'\n' + tr("Delisting: %1").arg(zone.delistUrl);
    text +=
        u'\n' + tr("Checked: %1")
                    .arg(QLocale().toString(result->checkedAt.toLocalTime(), QLocale::ShortFormat));
    return text;
}

} // namespace mixdesk
