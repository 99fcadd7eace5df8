#pragma once

#include "dnsbl/DnsblHistory.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace mixdesk {

// Listings of one exit address over time: how many zones listed it at each check, one
// line per kind (actionable, expected for an exit, informational).
class DnsblChartView : public QChartView
{
    Q_OBJECT
public:
    explicit DnsblChartView(QWidget* parent = nullptr);

    void setSeries(const QString& ip, const QList<DnsblListingPoint>& points);
    QString ip() const { return m_ip; }
    int pointCount() const { return int(m_points.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_ip;
    QList<DnsblListingPoint> m_points;
    QLineSeries* m_actionable = nullptr;
    QLineSeries* m_expected = nullptr;
    QLineSeries* m_informational = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_count = nullptr;
};

} // namespace mixdesk
