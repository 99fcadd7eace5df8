#include "analysis/HopTableView.h"

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
        connect(model, &QAbstractItemModel::modelReset, this,
                &HopTableView::resizeColumnsToContents);
}

} // namespace mixdesk
