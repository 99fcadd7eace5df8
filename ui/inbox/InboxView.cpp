#include "inbox/InboxView.h"

#include "inbox/InboxModel.h"

#include <QHeaderView>

#include <algorithm>

namespace mixdesk {

InboxView::InboxView(QWidget* parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("inboxView"));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    header()->setSortIndicator(InboxModel::Received, Qt::DescendingOrder);
}

QList<qint64> InboxView::selectedIds() const
{
    QList<int> rows;
    const QModelIndexList indexes =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex& index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << model()->index(row, 0).data(InboxModel::IdRole).toLongLong();
    return ids;
}

qint64 InboxView::currentId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(InboxModel::IdRole).toLongLong() : 0;
}

void InboxView::selectId(qint64 id)
{
    auto* inbox = qobject_cast<InboxModel*>(model());
    selectRow(inbox ? inbox->rowOf(id) : -1);
}

void InboxView::selectRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    setCurrentIndex(index);
    selectionModel()->select(index,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

} // namespace mixdesk
