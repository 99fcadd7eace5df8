#include "analysis/HopTableView.h"

#include "analysis/HopModel.h"

#include <QEvent>
#include <QHeaderView>

namespace mixdesk {

HopTableView::HopTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("hopView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void HopTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &HopTableView::fitColumns);
}

bool HopTableView::viewportEvent(QEvent* event)
{
    const bool handled = QTableView::viewportEvent(event);
    if (event->type() == QEvent::Resize)
        fitColumns();
    return handled;
}

void HopTableView::fitColumns()
{
    if (!model())
        return;
    resizeColumnsToContents();
    int total = 0;
    for (int column = 0; column < model()->columnCount(); ++column)
        total += columnWidth(column);
    int excess = total - viewport()->width();
    const int narrowest = fontMetrics().horizontalAdvance(QStringLiteral("mx.example"));
    for (const int column : {int(HopModel::ByHost), int(HopModel::FromHost)}) {
        if (excess <= 0)
            break;
        const int shrink = qMin(excess, columnWidth(column) - narrowest);
        if (shrink > 0) {
            setColumnWidth(column, columnWidth(column) - shrink);
            excess -= shrink;
        }
    }
}

} // namespace mixdesk
