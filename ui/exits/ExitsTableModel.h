#pragma once

#include "exits/checks/CheckResult.h"
#include "exits/checks/ExitTarget.h"

#include <QAbstractTableModel>

namespace mixdesk {

// One row per exit address: where it runs, the ISP's stance (editable), the latest
// result of each check (coloured, the reason as tooltip) and the readiness score.
class ExitsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Address,
        Exit,
        Provider,
        Country,
        InService,
        IspStance,   // editable text
        IspInformed, // checkbox + date (edited as a date)
        FirstCheck,  // one column per ReadinessCheckKind, in allCheckKinds() order
        Score = FirstCheck + 5,
        ColumnCount
    };

    explicit ExitsTableModel(QObject* parent = nullptr);

    void setTargets(const QList<ExitTarget>& targets);
    void setResults(const QList<CheckResult>& latest);
    QString addressAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // For LanguageChange: headers and the translated cells are shown anew.
    void retranslate();

signals:
    // The user edited an exit's ISP stance; every row of that exit shows it.
    void ispStanceEdited(const QString& exitName, const QString& stance, bool informed,
                         const QDate& informedOn);

private:
    const CheckResult* resultFor(const QString& ip, ReadinessCheckKind kind) const;
    QList<CheckResult> resultsOf(const QString& ip) const;

    QList<ExitTarget> m_targets;
    QList<CheckResult> m_results;
};

} // namespace mixdesk
