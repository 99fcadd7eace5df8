#pragma once

#include "exits/checks/CheckResult.h"

#include <QAbstractTableModel>

namespace mixdesk {

// The stored check results of one exit address, newest first.
class CheckHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Check,
        Status,
        Detail,
        ColumnCount
    };
    explicit CheckHistoryModel(QObject* parent = nullptr);

    void setResults(const QString& ip, const QList<CheckResult>& results);
    QString address() const { return m_ip; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QString m_ip;
    QList<CheckResult> m_results;
};

} // namespace mixdesk
