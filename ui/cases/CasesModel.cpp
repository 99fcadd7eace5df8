#include "CasesModel.h"

#include <QFont>

namespace mixdesk {

CasesModel::CasesModel(QObject* parent) : QAbstractTableModel(parent) {}

void CasesModel::setCases(const QList<CaseFolder>& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int CasesModel::rowOf(qint64 caseId) const
{
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).id == caseId)
            return i;
    }
    return -1;
}

int CasesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CasesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CasesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseFolder& c = m_cases.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::FontRole && c.status == CaseStatus::Open) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return c.title;
    case TypeColumn:
        return c.type == CaseType::Summons && c.role != SummonsRole::None
                   ? caseTypeDisplayName(c.type) + QLatin1Char(' ') + summonsRoleDisplayName(c.role)
                   : caseTypeDisplayName(c.type);
    case AuthorityColumn:
        return c.authority.isEmpty() ? authorityKindDisplayName(c.authorityKind) : c.authority;
    case ReferenceColumn:
        return c.reference;
    case StatusColumn:
        return caseStatusDisplayName(c.status);
    case OpenedColumn:
        return c.openedOn.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Case");
    case TypeColumn:
        return tr("Type");
    case AuthorityColumn:
        return tr("Authority");
    case ReferenceColumn:
        return tr("File reference");
    case StatusColumn:
        return tr("Status");
    case OpenedColumn:
        return tr("Opened");
    default:
        return {};
    }
}

void CasesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mixdesk
