#include "ExitsTableModel.h"

#include "CheckStatusStyle.h"

#include "exits/checks/ReadinessScore.h"

#include <QLocale>

namespace mixdesk {

ExitsTableModel::ExitsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExitsTableModel::setTargets(const QList<ExitTarget>& targets)
{
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

void ExitsTableModel::setResults(const QList<CheckResult>& latest)
{
    m_results = latest;
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, FirstCheck), index(rowCount() - 1, Score));
}

QString ExitsTableModel::addressAt(int row) const
{
    return row >= 0 && row < m_targets.size() ? m_targets.at(row).ip : QString();
}

int ExitsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int ExitsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CheckResult* ExitsTableModel::resultFor(const QString& ip, ReadinessCheckKind kind) const
{
    for (const CheckResult& r : m_results)
        if (r.ip == ip && r.check == kind)
            return &r;
    return nullptr;
}

QList<CheckResult> ExitsTableModel::resultsOf(const QString& ip) const
{
    QList<CheckResult> mine;
    for (const CheckResult& r : m_results)
        if (r.ip == ip)
            mine.append(r);
    return mine;
}

QVariant ExitsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const ExitTarget& t = m_targets.at(index.row());
    const ExitNode& e = t.exit;
    const int column = index.column();

    if (column >= FirstCheck && column < Score) {
        const CheckResult* r = resultFor(t.ip, allCheckKinds().at(column - FirstCheck));
        switch (role) {
        case Qt::DisplayRole:
            return r ? checkStatusDisplayName(r->status) : tr("not checked");
        case Qt::ToolTipRole:
            return r ? QVariant(QString(r->detail + QStringLiteral("\n") +
                                        tr("Checked %1")
                                            .arg(QLocale().toString(r->checkedAt.toLocalTime(),
                                                                    QLocale::ShortFormat))))
                     : QVariant();
        case Qt::BackgroundRole:
            return r ? QVariant(CheckStatusStyle::background(r->status)) : QVariant();
        case Qt::ForegroundRole:
            return r ? QVariant(CheckStatusStyle::foreground(r->status)) : QVariant();
        case Qt::UserRole:
            return r ? checkStatusId(r->status) : QString();
        default:
            return {};
        }
    }
    if (column == Score) {
        const int score = ReadinessScore::of(resultsOf(t.ip));
        switch (role) {
        case Qt::DisplayRole:
            return score < 0 ? QStringLiteral("–") : QString::number(score);
        case Qt::UserRole:
            return score;
        case Qt::BackgroundRole:
            return score < 0
                       ? QVariant()
                       : QVariant(CheckStatusStyle::background(CheckStatusStyle::forScore(score)));
        case Qt::ForegroundRole:
            return score < 0
                       ? QVariant()
                       : QVariant(CheckStatusStyle::foreground(CheckStatusStyle::forScore(score)));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (column == IspInformed) {
        if (role == Qt::CheckStateRole)
            return e.ispInformed ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return e.ispInformedOn.isValid()
                       ? QLocale().toString(e.ispInformedOn, QLocale::ShortFormat)
                       : QString();
        if (role == Qt::EditRole)
            return e.ispInformedOn.isValid() ? e.ispInformedOn : QDate::currentDate();
        if (role == Qt::ToolTipRole)
            return tr("ISP informed, abuse handling agreed (and when)");
        return {};
    }
    if (role == Qt::ToolTipRole && column == Exit)
        return exitKindDisplayName(e.kind);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Address:
        return t.ip;
    case Exit:
        return e.cascade.isEmpty() ? e.name : QString(e.name + QStringLiteral(" · ") + e.cascade);
    case Provider:
        return e.isp;
    case Country:
        return e.country;
    case InService: {
        const QString since =
            e.inServiceSince.isValid() ? e.inServiceSince.toString(Qt::ISODate) : QString();
        const QString until =
            e.inServiceUntil.isValid() ? e.inServiceUntil.toString(Qt::ISODate) : QString();
        if (since.isEmpty() && until.isEmpty())
            return QString();
        return QString(since + QStringLiteral(" – ") + until);
    }
    case IspStance:
        return e.ispStance;
    default:
        return {};
    }
}

QVariant ExitsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstCheck && section < Score)
        return checkKindDisplayName(allCheckKinds().at(section - FirstCheck));
    switch (section) {
    case Address:
        return tr("Address");
    case Exit:
        return tr("Exit / cascade");
    case Provider:
        return tr("Provider");
    case Country:
        return tr("Country");
    case InService:
        return tr("In service");
    case IspStance:
        return tr("ISP stance");
    case IspInformed:
        return tr("ISP agreed");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}

Qt::ItemFlags ExitsTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_targets.value(index.row()).exit.name.isEmpty())
        return f;
    if (index.column() == IspStance)
        f |= Qt::ItemIsEditable;
    if (index.column() == IspInformed)
        f |= Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
    return f;
}

bool ExitsTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    ExitNode e = m_targets.at(index.row()).exit;
    if (index.column() == IspStance && role == Qt::EditRole) {
        e.ispStance = value.toString();
    } else if (index.column() == IspInformed && role == Qt::CheckStateRole) {
        e.ispInformed = value.value<Qt::CheckState>() == Qt::Checked;
        if (e.ispInformed && !e.ispInformedOn.isValid())
            e.ispInformedOn = QDate::currentDate();
    } else if (index.column() == IspInformed && role == Qt::EditRole) {
        e.ispInformedOn = value.toDate();
        e.ispInformed = e.ispInformedOn.isValid() || e.ispInformed;
    } else {
        return false;
    }
    // Every address of the exit shares its stance.
    for (int row = 0; row < m_targets.size(); ++row)
        if (m_targets.at(row).exit.name == e.name) {
            m_targets[row].exit = e;
            emit dataChanged(this->index(row, IspStance), this->index(row, IspInformed));
        }
    emit ispStanceEdited(e.name, e.ispStance, e.ispInformed, e.ispInformedOn);
    return true;
}

void ExitsTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mixdesk
