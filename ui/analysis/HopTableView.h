#pragma once

#include <QTableView>

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

protected:
    // The viewport, not the view: it also narrows when the row numbers appear.
    bool viewportEvent(QEvent* event) override;

private:
    // Columns at their contents' width; when that is wider than the view, the host
    // names give way (elided; the tooltip holds the whole hop) so that role, address,
    // protocol, date and delay stay in view without scrolling sideways.
    void fitColumns();
};

} // namespace mixdesk
