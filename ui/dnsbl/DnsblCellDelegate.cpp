#include "dnsbl/DnsblCellDelegate.h"

#include <QPainter>

namespace mixdesk {

void DnsblCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem plain(option);
    const bool selected = plain.state & QStyle::State_Selected;
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QStyledItemDelegate::paint(painter, plain, index);
    if (!selected)
        return;
    painter->save();
    QPen pen(option.palette.color(QPalette::Active, QPalette::Highlight), 3);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    painter->restore();
}

} // namespace mixdesk
