#pragma once

#include <QStyledItemDelegate>

namespace mixdesk {

// Paints a matrix cell in its own colour even when selected: the selection is a frame,
// not a fill, so the selected cell still shows whether it is listed.
class DnsblCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace mixdesk
