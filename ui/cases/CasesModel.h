#pragma once

#include "cases/CaseFolder.h"

#include <QAbstractTableModel>
#include <QList>

namespace mixdesk {

// The list of cases: title, type, authority, file reference, status, opened.
class CasesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        TypeColumn,
        AuthorityColumn,
        ReferenceColumn,
        StatusColumn,
        OpenedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CasesModel(QObject* parent = nullptr);

    void setCases(const QList<CaseFolder>& cases);
    const QList<CaseFolder>& cases() const { return m_cases; }
    int rowOf(qint64 caseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<CaseFolder> m_cases;
};

} // namespace mixdesk
