#pragma once

#include <QList>
#include <QTreeView>

namespace mixdesk {

// The notice list: uniform row heights (the lazy model never measures rows),
// multi-selection for bulk status changes, sorting done by the model in SQL.
class InboxView : public QTreeView
{
    Q_OBJECT
public:
    explicit InboxView(QWidget* parent = nullptr);

    // Ids of the selected notices, in view order.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectId(qint64 id);
    // Makes `row` the current and only selected row and scrolls to it.
    void selectRow(int row);
};

} // namespace mixdesk
