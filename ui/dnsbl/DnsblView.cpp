#include "dnsbl/DnsblView.h"

#include "dnsbl/DnsblCellDelegate.h"
#include "dnsbl/DnsblCellStyle.h"
#include "dnsbl/DnsblChartView.h"
#include "dnsbl/DnsblController.h"
#include "dnsbl/DnsblMatrixModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mixdesk {

DnsblView::DnsblView(DnsblViewDependencies dependencies, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dnsblView"));
    m_controller = new DnsblController(std::move(dependencies), this);
    m_model = new DnsblMatrixModel(this);
    m_model->setZones(m_controller->zones());
    m_model->setTargets(m_controller->targets().targets);
    buildUi();

    connect(m_controller, &DnsblController::latestLoaded, this,
            [this](const QList<DnsblResult>& results) {
                m_model->setResults(results);
                updateLastChecked();
                onSelection();
            });
    connect(m_controller, &DnsblController::checkStarted, this, &DnsblView::onCheckStarted);
    connect(m_controller, &DnsblController::progress, this, &DnsblView::onProgress);
    connect(m_controller, &DnsblController::resultReady, this,
            [this](const DnsblResult& r) { m_model->updateResult(r); });
    connect(m_controller, &DnsblController::checkFinished, this, &DnsblView::onFinished);
    connect(m_controller, &DnsblController::seriesLoaded, this,
            [this](const QString& ip, const QList<DnsblListingPoint>& points) {
                if (ip == m_chartIp)
                    m_chart->setSeries(ip, points);
            });
    connect(m_controller, &DnsblController::newListings, this, &DnsblView::newListings);
    connect(m_controller, &DnsblController::failed, this, [this](const QString& error) {
        m_error = error;
        updateWarnings();
    });
    connect(m_controller, &DnsblController::zonesChanged, this, [this] {
        m_model->setZones(m_controller->zones());
        onSelection();
    });
    connect(m_controller, &DnsblController::targetsChanged, this, [this] {
        m_model->setTargets(m_controller->targets().targets);
        updateWarnings();
        onSelection();
    });
    retranslateUi();
}

DnsblView::~DnsblView() = default;

void DnsblView::buildUi()
{
    m_checkNow = new QPushButton(this);
    m_checkNow->setObjectName(QStringLiteral("dnsblCheckNow"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("dnsblCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dnsblProgress"));
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_actionableOnly = new QCheckBox(this);
    m_actionableOnly->setObjectName(QStringLiteral("dnsblActionableOnly"));
    m_lastChecked = new QLabel(this);
    m_lastChecked->setObjectName(QStringLiteral("dnsblLastChecked"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("dnsblWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #533f03;"
                                             " border: 1px solid #e0c36a; padding: 4px; }"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_checkNow);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addSpacing(12);
    bar->addWidget(m_actionableOnly);
    bar->addStretch(1);
    bar->addWidget(m_lastChecked);

    m_matrix = new QTableView(this);
    m_matrix->setObjectName(QStringLiteral("dnsblMatrix"));
    m_matrix->setModel(m_model);
    m_matrix->setItemDelegate(new DnsblCellDelegate(m_matrix));
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->horizontalHeader()->setMinimumSectionSize(110);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 6);
    m_matrix->setWordWrap(false);
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DnsblView::onSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reset drops the selection model's connections to the old rows only.
        onSelection();
    });

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("dnsblDetails"));
    m_details->setOpenExternalLinks(true);
    m_chart = new DnsblChartView(this);
    m_chart->setMinimumHeight(260);

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_details);
    side->addWidget(m_chart);
    side->setStretchFactor(0, 2);
    side->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("dnsblSplitter"));
    split->addWidget(m_matrix);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("dnsblLegend"));
    // A grid, so that longer (German) words wrap into a second row instead of
    // widening the window.
    auto* legend = new QGridLayout(m_legend);
    legend->setContentsMargins(0, 0, 0, 0);
    legend->setHorizontalSpacing(6);
    legend->setVerticalSpacing(4);
    constexpr int kLegendColumns = 4;
    for (DnsblCellStyle::Category category : DnsblCellStyle::legendOrder()) {
        auto* label = new QLabel(m_legend);
        label->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; padding: 2px 6px; }")
                .arg(DnsblCellStyle::background(category).name(),
                     DnsblCellStyle::foreground(category).name()));
        label->setProperty("category", int(category));
        const int i = int(m_legendLabels.size());
        legend->addWidget(label, i / kLegendColumns, i % kLegendColumns);
        m_legendLabels.append(label);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_warnings);
    layout->addWidget(split, 1);
    layout->addWidget(m_legend);

    connect(m_checkNow, &QPushButton::clicked, this, &DnsblView::checkNow);
    connect(m_cancel, &QPushButton::clicked, m_controller, &DnsblController::cancel);
    connect(m_actionableOnly, &QCheckBox::toggled, m_model, &DnsblMatrixModel::setActionableOnly);
}

void DnsblView::checkNow()
{
    m_error.clear();
    updateWarnings();
    m_controller->checkNow();
}

void DnsblView::setProfile(const OperatorProfile& profile)
{
    m_controller->setProfile(profile);
}

void DnsblView::setDqsKey(const QString& key)
{
    m_controller->setDqsKey(key);
}

void DnsblView::onCheckStarted(int total)
{
    m_checkNow->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->setVisible(true);
}

void DnsblView::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void DnsblView::onFinished(const DnsblRun& run)
{
    m_checkNow->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_rewriting = run.rewritingResolver;
    // A zone is tested once per address family: count zones, not tests.
    QSet<QString> untrusted;
    QSet<QString> refused;
    for (const DnsblZoneHealth& health : run.zoneHealth) {
        if (!health.trusted())
            untrusted.insert(health.zone);
        if (health.verdict == DnsblZoneHealth::Verdict::Refused)
            refused.insert(health.zone);
    }
    m_untrustedZones = int(untrusted.size());
    m_refusedZones = int(refused.size());
    updateLastChecked();
    updateWarnings();
    if (!m_chartIp.isEmpty())
        m_controller->requestSeries(m_chartIp);
    showDetails();
}

void DnsblView::onSelection()
{
    const QModelIndex current = m_matrix->currentIndex();
    const int column = current.isValid() ? current.column() : 0;
    const DnsblTarget* target = m_model->targetAt(column);
    const QString ip = target ? target->ip() : QString();
    if (ip != m_chartIp) {
        m_chartIp = ip;
        m_chart->setSeries(ip, {});
        if (!ip.isEmpty())
            m_controller->requestSeries(ip);
    }
    showDetails();
}

void DnsblView::showDetails()
{
    const QModelIndex current = m_matrix->currentIndex();
    const DnsblZone* zone = current.isValid() ? m_model->zoneAt(current.row()) : nullptr;
    const DnsblTarget* target = current.isValid() ? m_model->targetAt(current.column()) : nullptr;
    if (!zone || !target) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Select a cell to see what the list says about the "
                                       "address, and how to get off it.")
                                        .toHtmlEscaped()));
        return;
    }
    const std::optional<DnsblResult> result = m_model->resultAt(current);
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code> — %3</p>")
                       .arg(zone->name.toHtmlEscaped(), zone->zone.toHtmlEscaped(),
                            dnsblKindDisplayName(zone->kind).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b>").arg(target->ip().toHtmlEscaped());
    if (!target->exitName.isEmpty())
        html += QStringLiteral(" (%1)").arg(target->exitName.toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!result) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Not checked yet.").toHtmlEscaped());
    } else {
        QString status = dnsblStatusDisplayName(result->status);
        if (result->status == DnsblStatus::Listed)
            status += QStringLiteral(" — ") + dnsblKindDisplayName(result->kind);
        html += QStringLiteral("<p><b>%1</b></p>").arg(status.toHtmlEscaped());
        if (!result->codes.isEmpty())
            html += QStringLiteral("<p>%1 <code>%2</code></p>")
                        .arg(tr("Answer:").toHtmlEscaped(),
                             result->codes.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!result->meaning.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(result->meaning.toHtmlEscaped());
        if (!result->txt.isEmpty())
            html += QStringLiteral("<p>%1 <i>%2</i></p>")
                        .arg(tr("TXT:").toHtmlEscaped(), result->txt.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Checked %1")
                             .arg(QLocale().toString(result->checkedAt.toLocalTime(),
                                                     QLocale::ShortFormat))
                             .toHtmlEscaped());
    }
    if (!zone->delistUrl.isEmpty())
        html += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                    .arg(tr("Delisting:").toHtmlEscaped(), zone->delistUrl.toHtmlEscaped(),
                         zone->delistUrl.toHtmlEscaped());
    if (!zone->infoUrl.isEmpty() && zone->infoUrl != zone->delistUrl)
        html += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                    .arg(tr("About the list:").toHtmlEscaped(), zone->infoUrl.toHtmlEscaped(),
                         zone->infoUrl.toHtmlEscaped());
    m_details->setHtml(html);
}

void DnsblView::updateLastChecked()
{
    const QDateTime last = m_controller->lastCheck();
    m_lastChecked->setText(
        last.isValid() ? tr("Last checked: %1")
                             .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                       : tr("Not checked yet"));
}

void DnsblView::updateWarnings()
{
    QStringList lines;
    if (!m_error.isEmpty())
        lines << m_error;
    if (m_rewriting)
        lines << tr("The resolver rewrites DNS answers (answers outside 127.0.0.0/8): the "
                    "results cannot be trusted. Set a name server that answers truthfully.");
    if (m_untrustedZones > 0)
        lines << tr("%n zone(s) failed the RFC 5782 self-test (dead, or listing everything): "
                    "their results are marked untrusted.",
                    "", m_untrustedZones);
    if (m_refusedZones > 0)
        lines << tr("%n zone(s) refused to answer this resolver (Spamhaus refuses public "
                    "resolvers: use your own resolver or a DQS key).",
                    "", m_refusedZones);
    for (const DnsblTargets::Skipped& skipped : m_controller->targets().skipped)
        lines << tr("%1 (%2) is not checked: %3")
                     .arg(skipped.address, skipped.exitName, skipped.reasonText());
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
}

void DnsblView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DnsblView::retranslateUi()
{
    m_checkNow->setText(tr("Check now"));
    m_checkNow->setToolTip(tr("Ask every blocklist about every exit address"));
    m_cancel->setText(tr("Cancel"));
    m_actionableOnly->setText(tr("Actionable lists only"));
    m_actionableOnly->setToolTip(
        tr("Show only the lists whose listings block mail and need action for premium exits"));
    for (QLabel* label : std::as_const(m_legendLabels))
        label->setText(DnsblCellStyle::legendText(
            DnsblCellStyle::Category(label->property("category").toInt())));
    m_model->retranslate();
    updateLastChecked();
    updateWarnings();
    showDetails();
}

} // namespace mixdesk
