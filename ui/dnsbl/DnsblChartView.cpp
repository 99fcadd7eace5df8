#include "dnsbl/DnsblChartView.h"

#include "dnsbl/DnsblCellStyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace mixdesk {

DnsblChartView::DnsblChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("dnsblChart"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    using C = DnsblCellStyle::Category;
    const auto line = [chart](QColor colour) {
        auto* series = new QLineSeries;
        QPen pen(colour.darker(110));
        pen.setWidth(2);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
        return series;
    };
    m_actionable = line(DnsblCellStyle::background(C::ListedActionable));
    m_expected = line(DnsblCellStyle::background(C::ListedExpected));
    m_informational = line(DnsblCellStyle::background(C::ListedInformational).darker(140));
    m_time = new QDateTimeAxis;
    m_count = new QValueAxis;
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries* series : {m_actionable, m_expected, m_informational}) {
        series->attachAxis(m_time);
        series->attachAxis(m_count);
    }
    setChart(chart);
    retranslateUi();
}

void DnsblChartView::setSeries(const QString& ip, const QList<DnsblListingPoint>& points)
{
    m_ip = ip;
    m_points = points;
    m_actionable->clear();
    m_expected->clear();
    m_informational->clear();
    int most = 1;
    for (const DnsblListingPoint& p : points) {
        const qreal x = qreal(p.at.toMSecsSinceEpoch());
        m_actionable->append(x, p.actionable);
        m_expected->append(x, p.expected);
        m_informational->append(x, p.informational);
        most = std::max({most, p.actionable, p.expected, p.informational});
    }
    QDateTime from = points.isEmpty() ? QDateTime::currentDateTime().addDays(-1)
                                      : points.first().at.toLocalTime();
    QDateTime to = points.isEmpty() ? QDateTime::currentDateTime() : points.last().at.toLocalTime();
    if (from.secsTo(to) < 3600) { // one check: give the axis some width
        from = from.addSecs(-1800);
        to = to.addSecs(1800);
    }
    m_time->setRange(from, to);
    m_time->setFormat(from.daysTo(to) > 2 ? QStringLiteral("dd.MM.")
                                          : QStringLiteral("dd.MM. HH:mm"));
    m_time->setTickCount(std::min<int>(6, std::max<int>(2, int(points.size()))));
    m_count->setRange(0, most + 1);
    m_count->setTickCount(std::min(most + 2, 6));
    retranslateUi();
}

void DnsblChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void DnsblChartView::retranslateUi()
{
    m_actionable->setName(tr("Actionable"));
    m_expected->setName(tr("Expected for an exit"));
    m_informational->setName(tr("Informational"));
    m_count->setTitleText(tr("Zones listing"));
    chart()->setTitle(m_ip.isEmpty() ? tr("Listings over time")
                                     : tr("Listings of %1 over time").arg(m_ip));
}

} // namespace mixdesk
