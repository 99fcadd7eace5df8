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
#include <QStyle>

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
    horizontalHeader()->setStretchLastSection(false); // fitColumns() fills the width
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_copyCell = new QAction(this);
    m_copyCell->setObjectName(QStringLiteral("actionCopyCell"));
    m_copyCell->setShortcut(QKeySequence::Copy);
    m_copyCell->setShortcutContext(Qt::WidgetShortcut); // keyPressEvent copies; shown in the menu
    connect(m_copyCell, &QAction::triggered, this, &HopTableView::copyCell);
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
    m_copyCell->setText(tr("&Copy", "copies the text of the table cell"));
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
    m_copyCell->setEnabled(current.isValid());
    m_copyHop->setEnabled(current.isValid());
    m_copyIp->setEnabled(current.isValid() &&
                         !current.siblingAtColumn(HopModel::FromIp).data().toString().isEmpty());
}

void HopTableView::copyCell()
{
    const QModelIndex current = currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(HopModel::CopyTextRole).toString());
}

void HopTableView::copyHop()
{
    const QModelIndex current = currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(HopModel::HopTextRole).toString());
}

void HopTableView::selectHop(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    int column = currentIndex().isValid() ? currentIndex().column() : 0;
    while (column < model()->columnCount() - 1 && isColumnHidden(column))
        ++column;
    const QModelIndex index = model()->index(row, column);
    setCurrentIndex(index);
    scrollTo(index);
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
        copyCell();
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
    menu.addAction(m_copyCell);
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

int HopTableView::neededWidth(int column, bool withHeader) const
{
    // A column's width for its one-line texts: header label and every cell.
    auto* hops = qobject_cast<HopModel*>(model());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold); // bold for all: the exit's cells are, and it is cheap
    const int margin =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 8;
    int width = 0;
    if (withHeader) {
        // Stacked headers have two lines; the wider counts.
        const QStringList lines =
            model()->headerData(column, Qt::Horizontal).toString().split(u'\n');
        for (const QString& line : lines)
            width =
                qMax(width, horizontalHeader()->fontMetrics().horizontalAdvance(line) + margin + 8);
    }
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString text =
            hops ? hops->cellText(row, column) : model()->index(row, column).data().toString();
        width = qMax(width, fm.horizontalAdvance(text) + margin);
    }
    return width;
}

void HopTableView::fitColumns()
{
    if (!model())
        return;
    if (m_fitting) {
        m_refit = true; // the viewport changed while fitting: once more afterwards
        return;
    }
    m_fitting = true;
    for (int pass = 0; pass < 3; ++pass) {
        m_refit = false;
        fitColumnsOnce();
        if (!m_refit)
            break;
    }
    m_fitting = false;
}

void HopTableView::fitColumnsOnce()
{
    auto* hops = qobject_cast<HopModel*>(model());
    const int narrowest = fontMetrics().horizontalAdvance(QStringLiteral("mx.example")) + 8;
    const auto isHost = [](int column) {
        return column == HopModel::ByHost || column == HopModel::FromHost ||
               column == HopModel::Marker;
    };
    // One line per hop when every column fits with the host names (and the role) cut
    // no shorter than a usual server name; otherwise two lines per hop, which leave the
    // names more room (see HopModel::setStacked). Cut to "mx.example" in one line, a
    // wide window showed "web1.a…xample" beside room it did not use.
    const int usualHost =
        fontMetrics().horizontalAdvance(QStringLiteral("mail.provider.example")) + 8;
    if (hops) {
        int oneLine = 0;
        for (int column = 0; column < model()->columnCount(); ++column)
            oneLine += isHost(column) ? qMin(neededWidth(column, true), usualHost)
                                      : neededWidth(column, false);
        // The row numbers grow by a sign when stacked; measured on the narrower side.
        const bool stacked = oneLine > viewport()->width();
        hops->setStacked(stacked);
        for (int column = 0; column < model()->columnCount(); ++column)
            setColumnHidden(column, stacked && HopModel::isFoldedWhenStacked(column));
        const int lines = stacked ? 2 : 1;
        verticalHeader()->setDefaultSectionSize(lines * fontMetrics().lineSpacing() + 6);
        // The row numbers' width (with the role's sign) now, not at the next layout.
        verticalHeader()->resizeSections(QHeaderView::Fixed);
        updateGeometries();
    }
    resizeColumnsToContents();
    const bool stacked = hops && hops->isStacked();
    int total = 0;
    for (int column = 0; column < model()->columnCount(); ++column)
        if (!isColumnHidden(column))
            total += columnWidth(column);
    int excess = total - viewport()->width();
    // What gives way, in this order, and how far: host names down to "mx.example" (but
    // an IP address or a protocol folded into the cell stays whole), then column
    // headers wider than their cells, the dates last.
    const auto minimum = [&](int column) {
        switch (column) {
        case HopModel::FromHost:
            return stacked ? qMax(narrowest, neededWidth(HopModel::FromIp, false)) : narrowest;
        case HopModel::ByHost:
            return stacked ? qMax(narrowest, neededWidth(HopModel::With, false)) : narrowest;
        case HopModel::Marker:
            return narrowest;
        default:
            return neededWidth(column, false);
        }
    };
    // First the host names, together: the widest gives way down to the next widest,
    // then both, and so on (a water level), each no lower than its minimum.
    QList<int> hosts;
    for (const int column : {int(HopModel::ByHost), int(HopModel::FromHost), int(HopModel::Marker)})
        if (!isColumnHidden(column))
            hosts << column;
    const auto reductionAt = [&](int level) {
        int reduction = 0;
        for (int column : std::as_const(hosts))
            reduction += qMax(0, columnWidth(column) - qMax(level, minimum(column)));
        return reduction;
    };
    if (excess > 0 && !hosts.isEmpty()) {
        // The highest level that frees enough room (or every host at its minimum).
        int low = 0, high = 0;
        for (int column : std::as_const(hosts))
            high = qMax(high, columnWidth(column));
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (reductionAt(mid) >= excess)
                low = mid;
            else
                high = mid - 1;
        }
        const int freed = reductionAt(low);
        for (int column : std::as_const(hosts))
            setColumnWidth(column, qMin(columnWidth(column), qMax(low, minimum(column))));
        excess -= freed;
    }
    // Then a header wider than its cells ("Verzögerung" over "+3 s"): elided to a few
    // letters (its tooltip holds it whole), but only once the host names are as short
    // as they go: a whole header matters more than a longer cut host name, whose
    // tooltip holds the whole hop.
    for (const int column : {int(HopModel::Delay), int(HopModel::With), int(HopModel::DateUtc),
                             int(HopModel::DateLocal), int(HopModel::FromIp)}) {
        if (excess <= 0)
            break;
        if (isColumnHidden(column))
            continue;
        const QString header =
            model()->headerData(column, Qt::Horizontal).toString().section(u'\n', 0, 0);
        const int floor = qMax(
            neededWidth(column, false),
            horizontalHeader()->fontMetrics().horizontalAdvance(header.left(5) + QChar(0x2026)) +
                16);
        const int shrink = qMin(excess, columnWidth(column) - floor);
        if (shrink > 0) {
            setColumnWidth(column, columnWidth(column) - shrink);
            excess -= shrink;
        }
    }
    for (const int column : {int(HopModel::Delay), int(HopModel::With), int(HopModel::FromIp),
                             int(HopModel::DateLocal), int(HopModel::DateUtc)}) {
        if (excess <= 0)
            break;
        if (isColumnHidden(column))
            continue;
        const int shrink = qMin(excess, columnWidth(column) - minimum(column));
        if (shrink > 0) {
            setColumnWidth(column, columnWidth(column) - shrink);
            excess -= shrink;
        }
    }
    // Room to spare goes to the last column (what a stretched last section does, but
    // measured here: a stretched section keeps its width when the view narrows).
    if (excess < 0)
        setColumnWidth(HopModel::Delay, columnWidth(HopModel::Delay) - excess);
}

} // namespace mixdesk
