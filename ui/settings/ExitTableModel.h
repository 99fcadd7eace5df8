#pragma once

#include "profile/OperatorProfile.h"

#include <QAbstractTableModel>

namespace mixdesk {

// Editable table of the operator's exits. Addresses are edited as one comma
// separated cell; invalid entries are kept as typed and flagged (colour, marker
// and tooltip) so the operator can correct them.
class ExitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Cascade,
        Addresses,
        Hostname,
        Premium,
        Isp,
        IspAbuseContact,
        ColumnCount
    };

    explicit ExitTableModel(QObject* parent = nullptr);

    void setExits(const QList<ExitNode>& exits);
    QList<ExitNode> exits() const;

    void addExit();
    void removeExit(int row);

    // Translated error texts for every invalid address, prefixed with the exit's name.
    QStringList validationErrors() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

signals:
    void validityChanged();

private:
    struct Row
    {
        ExitNode node;
        QString addressText; // as typed
    };
    QList<Row> m_rows;
};

} // namespace mixdesk
