#pragma once

#include "exits/blocks/BlockRequest.h"

#include <QAbstractTableModel>

namespace mixdesk {

// The recorded block requests; expired ones greyed out.
class BlockListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Destination,
        Ports,
        Requester,
        Reason,
        Reference,
        Since,
        Expires,
        ColumnCount
    };
    explicit BlockListModel(QObject* parent = nullptr);

    void setBlocks(const QList<BlockRequest>& blocks);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<BlockRequest> m_blocks;
};

} // namespace mixdesk
