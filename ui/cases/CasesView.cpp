#include "CasesView.h"

#include "CasePane.h"
#include "CasesController.h"
#include "CasesModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

CasesView::CasesView(CasesController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new CasesModel(this)),
      m_table(new QTableView), m_pane(new CasePane(controller)), m_due(new QLabel),
      m_status(new QLabel), m_newCase(new QPushButton)
{
    setObjectName(u"casesView"_s);
    m_table->setObjectName(u"casesTable"_s);
    m_due->setObjectName(u"dueBanner"_s);
    m_status->setObjectName(u"casesStatus"_s);
    m_newCase->setObjectName(u"newCase"_s);
    m_due->setWordWrap(true);
    m_due->setTextFormat(Qt::PlainText);
    m_due->setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"_s);
    m_due->hide();
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_newCase);
    leftLayout->addWidget(m_due);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 760});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_controller, &CasesController::casesLoaded, this,
            [this](const QList<CaseFolder>& cases) {
                const qint64 current =
                    m_pendingSelection ? m_pendingSelection : m_controller->currentCase();
                m_model->setCases(cases);
                m_table->resizeColumnsToContents();
                m_status->setText(tr("%n case(s)", nullptr, int(cases.size())));
                if (current != 0 && m_model->rowOf(current) >= 0)
                    selectCase(current);
                else if (m_model->rowOf(m_controller->currentCase()) < 0)
                    m_pane->clear();
            });
    connect(m_controller, &CasesController::dueLoaded, this, &CasesView::showDue);
    connect(m_controller, &CasesController::caseLoaded, m_pane, &CasePane::showCase);
    connect(m_controller, &CasesController::caseCreated, this, &CasesView::selectCase);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(CasesModel::IdRole).toLongLong();
                if (id != m_controller->currentCase() || m_pane->caseId() != id)
                    m_controller->loadCase(id);
            });
    connect(m_newCase, &QPushButton::clicked, this, [this] {
        CaseFolder folder;
        folder.title = tr("New case");
        folder.type = CaseType::Summons;
        folder.role = SummonsRole::Witness;
        m_controller->createCase(folder);
    });
    connect(m_pane, &CasePane::openNotice, this, &CasesView::openNotice);
    retranslate();
}

void CasesView::selectCase(qint64 caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0) {
        m_pendingSelection = caseId; // the list follows
        return;
    }
    m_pendingSelection = 0;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void CasesView::showDue(const QList<DueItem>& due)
{
    m_dueItems = due;
    m_due->setVisible(!due.isEmpty());
    QStringList lines;
    for (const DueItem& item : due) {
        const QString when = item.deadline.dueAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        const QString what = item.caseReference.isEmpty()
                                 ? item.caseTitle
                                 : item.caseTitle + u" ("_s + item.caseReference + u")"_s;
        lines << (item.overdue ? tr("Overdue since %1: %2 \u2013 %3") : tr("Due %1: %2 \u2013 %3"))
                     .arg(when, item.deadline.title, what);
    }
    m_due->setText(lines.join(u'\n'));
}

void CasesView::retranslate()
{
    m_newCase->setText(tr("New case"));
    m_status->setText(tr("%n case(s)", nullptr, int(m_model->rowCount())));
    m_model->retranslate();
    showDue(m_dueItems);
}

void CasesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mixdesk
