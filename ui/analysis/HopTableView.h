#pragma once

#include <QTableView>

class QAction;

namespace mixdesk {

// Table of Received hops: compact, uniform rows, full raw header as tooltip.
class HopTableView : public QTableView
{
    Q_OBJECT
public:
    explicit HopTableView(QWidget* parent = nullptr);

    // Columns follow their contents whenever a new chain is shown: a chain has a
    // handful of hops, so measuring them is cheap, and the date and protocol
    // columns stay in view instead of behind wide empty ones.
    void setModel(QAbstractItemModel* model) override;

    // Copies the current cell's whole text (not elided), the current hop ("Received:
    // ..." as written) or its client IP.
    void copyCell();
    void copyHop();
    void copyIp();
    QAction* copyCellAction() const { return m_copyCell; }
    QAction* copyHopAction() const { return m_copyHop; }
    QAction* copyIpAction() const { return m_copyIp; }
    // Makes hop `row` current and scrolls to it.
    void selectHop(int row);

protected:
    // Ctrl+C: the current cell's text, as in a spreadsheet; the hop from the menu.
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    // The viewport, not the view: it also narrows when the row numbers appear.
    bool viewportEvent(QEvent* event) override;

private:
    // Columns at their contents' width; when that is wider than the view, the host
    // names give way (elided; the tooltip holds the whole hop) so that role, address,
    // protocol, date and delay stay in view without scrolling sideways. The host
    // columns give way together, the widest first, so that one is not cut to
    // "web1…ple" while the other keeps room to spare.
    void fitColumns();
    void fitColumnsOnce();
    // The widest of a column's one-line cell texts (and of its header's lines).
    int neededWidth(int column, bool withHeader) const;
    void retranslateUi();
    void updateActions();

    QAction* m_copyCell = nullptr;
    QAction* m_copyHop = nullptr;
    QAction* m_copyIp = nullptr;
    bool m_fitting = false;
    bool m_refit = false;
};

} // namespace mixdesk
