#include "analysis/HopTableView.h"

#include "analysis/HopModel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace mixdesk {

HopTableView::HopTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("hopView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // host names keep their domain visible
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_copyHop = new QAction(this);
    m_copyHop->setObjectName(QStringLiteral("actionCopyHop"));
    connect(m_copyHop, &QAction::triggered, this, &HopTableView::copyHop);
    m_copyIp = new QAction(this);
    m_copyIp->setObjectName(QStringLiteral("actionCopyIp"));
    connect(m_copyIp, &QAction::triggered, this, &HopTableView::copyIp);
    retranslateUi();
}

void HopTableView::retranslateUi()
{
    m_copyHop->setText(tr("Copy hop", "copies the Received header of the hop"));
    m_copyIp->setText(tr("Copy IP address"));
}

void HopTableView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableView::changeEvent(event);
}

void HopTableView::updateActions()
{
    const QModelIndex current = currentIndex();
    m_copyHop->setEnabled(current.isValid());
    m_copyIp->setEnabled(current.isValid() &&
                         !current.siblingAtColumn(HopModel::FromIp).data().toString().isEmpty());
}

void HopTableView::copyHop()
{
    const QModelIndex current = currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(
            current.siblingAtColumn(HopModel::Marker).data(HopModel::CopyTextRole).toString());
}

void HopTableView::copyIp()
{
    const QModelIndex current = currentIndex();
    const QString ip =
        current.isValid() ? current.siblingAtColumn(HopModel::FromIp).data().toString() : QString();
    if (!ip.isEmpty())
        QGuiApplication::clipboard()->setText(ip);
}

void HopTableView::keyPressEvent(QKeyEvent* event)
{
    if (event == QKeySequence::Copy) {
        const QModelIndex current = currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(current.data(HopModel::CopyTextRole).toString());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void HopTableView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex at = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (at.isValid())
        setCurrentIndex(at);
    updateActions();
    if (!currentIndex().isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyHop);
    menu.addAction(m_copyIp);
    menu.exec(event->globalPos());
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
    for (const int column :
         {int(HopModel::ByHost), int(HopModel::FromHost), int(HopModel::Marker)}) {
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
