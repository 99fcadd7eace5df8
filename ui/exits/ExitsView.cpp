#include "ExitsView.h"

#include "BlocksPane.h"
#include "CheckHistoryModel.h"
#include "CheckStatusStyle.h"
#include "ExitsController.h"
#include "ExitsTableModel.h"
#include "NoticePagePane.h"

#include "exits/checks/ReadinessScore.h"
#include "widgets/JobProgress.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mixdesk {
namespace {

const int kHourMs = 3600 * 1000;

} // namespace

ExitsView::ExitsView(ExitsController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_exitsModel(new ExitsTableModel(this)),
      m_historyModel(new CheckHistoryModel(this))
{
    setObjectName(QStringLiteral("exitsView"));
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("exitsScore"));
    m_score->setMargin(4);
    m_checkNow = new QPushButton(this);
    m_checkNow->setObjectName(QStringLiteral("exitsCheckNow"));
    m_hourly = new QCheckBox(this);
    m_hourly->setObjectName(QStringLiteral("exitsCheckHourly"));
    m_progress = new JobProgress(this);
    m_progress->setObjectName(QStringLiteral("exitsProgress"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exitsError"));
    m_error->setStyleSheet(QStringLiteral("color: #8a1414;"));
    m_error->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("exitsTable"));
    m_table->setModel(m_exitsModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExitsTableModel::IspStance,
                                                      QHeaderView::Stretch);

    m_history = new QTableView(this);
    m_history->setObjectName(QStringLiteral("exitsHistory"));
    m_history->setModel(m_historyModel);
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);
    m_notice = new NoticePagePane(controller, this);
    m_notice->setObjectName(QStringLiteral("exitsNoticePage"));
    m_blocks = new BlocksPane(controller, this);
    m_blocks->setObjectName(QStringLiteral("exitsBlocks"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exitsTabs"));
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_notice, QString());
    m_tabs->addTab(m_blocks, QString());

    auto* top = new QHBoxLayout;
    top->addWidget(m_score);
    top->addStretch();
    top->addWidget(m_progress);
    top->addWidget(m_hourly);
    top->addWidget(m_checkNow);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_checkNow, &QPushButton::clicked, m_controller, &ExitsController::checkNow);
    connect(m_progress, &JobProgress::cancelRequested, m_controller, &ExitsController::cancelCheck);
    connect(m_hourly, &QCheckBox::toggled, this,
            [this](bool on) { m_controller->setScheduleInterval(on ? kHourMs : 0); });
    connect(m_controller, &ExitsController::checkStarted, this, [this](int total) {
        m_checkNow->setEnabled(false);
        m_progress->start(tr("Checking the exits…"));
        m_progress->setProgress(0, total);
    });
    connect(m_controller, &ExitsController::checkProgress, m_progress, &JobProgress::setProgress);
    connect(m_controller, &ExitsController::checkFinished, this, [this] {
        m_progress->stop();
        m_checkNow->setEnabled(true);
        showHistoryOfCurrent();
    });
    connect(m_controller, &ExitsController::profileChanged, this, [this] {
        const int row = m_table->currentIndex().row();
        m_exitsModel->setTargets(m_controller->targets());
        m_exitsModel->setResults(m_controller->latestResults());
        if (m_exitsModel->rowCount() > 0)
            m_table->selectRow(qBound(0, row, m_exitsModel->rowCount() - 1));
        updateScore();
    });
    connect(m_controller, &ExitsController::resultsChanged, this, [this] {
        m_exitsModel->setResults(m_controller->latestResults());
        updateScore();
    });
    connect(m_controller, &ExitsController::historyLoaded, this,
            [this](const QString& ip, const QList<CheckResult>& results) {
                if (ip == m_exitsModel->addressAt(m_table->currentIndex().row()))
                    m_historyModel->setResults(ip, results);
            });
    connect(m_controller, &ExitsController::errorOccurred, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_exitsModel, &ExitsTableModel::ispStanceEdited, m_controller,
            &ExitsController::setIspStance);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExitsView::showHistoryOfCurrent);
    retranslateUi();
}

void ExitsView::showHistoryOfCurrent()
{
    const QString ip = m_exitsModel->addressAt(m_table->currentIndex().row());
    if (!ip.isEmpty())
        m_controller->loadHistory(ip);
}

void ExitsView::updateScore()
{
    const int score = ReadinessScore::overall(m_controller->latestResults());
    if (score < 0) {
        m_score->setText(tr("Readiness: not checked yet"));
        m_score->setStyleSheet(QString());
        return;
    }
    const CheckStatus status = CheckStatusStyle::forScore(score);
    m_score->setText(tr("Readiness of all exits: %1/100").arg(score));
    m_score->setStyleSheet(
        QStringLiteral("QLabel { font-weight: bold; background: %1; color: %2; }")
            .arg(CheckStatusStyle::background(status).name(),
                 CheckStatusStyle::foreground(status).name()));
}

void ExitsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExitsView::retranslateUi()
{
    m_checkNow->setText(tr("Check now"));
    m_checkNow->setToolTip(tr("Check reverse DNS, whois, the notice page, the hosting country "
                              "and blocklists of every exit"));
    m_hourly->setText(tr("Check every hour"));
    m_tabs->setTabText(0, tr("History"));
    m_tabs->setTabText(1, tr("Notice page"));
    m_tabs->setTabText(2, tr("Blocked destinations"));
    m_exitsModel->retranslate();
    m_historyModel->retranslate();
    updateScore();
}

} // namespace mixdesk
