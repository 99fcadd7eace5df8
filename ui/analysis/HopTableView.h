#pragma once

#include <QTableView>

namespace mixdesk {

// Table of Received hops: compact, uniform rows, full raw header as tooltip.
class HopTableView : public QTableView
{
    Q_OBJECT
public:
    explicit HopTableView(QWidget* parent = nullptr);
};

} // namespace mixdesk
