#include "CasesView.h"

#include "CasePane.h"
#include "CasesController.h"
#include "CasesModel.h"
#include "NewCaseDialog.h"

#include "cases/DueAgenda.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

CasesView::CasesView(CasesController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new CasesModel(this)),
      m_table(new QTableView), m_pane(new CasePane(controller)), m_dueBox(new QGroupBox),
      m_dueList(new QTreeWidget), m_status(new QLabel), m_newCase(new QPushButton)
{
    setObjectName(u"casesView"_s);
    m_table->setObjectName(u"casesTable"_s);
    m_dueBox->setObjectName(u"dueBox"_s);
    m_dueList->setObjectName(u"dueList"_s);
    m_status->setObjectName(u"casesStatus"_s);
    m_newCase->setObjectName(u"newCase"_s);
    m_dueList->setRootIsDecorated(false);
    m_dueList->setColumnCount(4);
    m_dueList->setAllColumnsShowFocus(true);
    m_dueList->setUniformRowHeights(true);
    m_dueList->setMaximumHeight(170);
    auto* dueLayout = new QVBoxLayout(m_dueBox);
    dueLayout->setContentsMargins(4, 4, 4, 4);
    dueLayout->addWidget(m_dueList);
    m_dueBox->hide();
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
    leftLayout->addWidget(m_dueBox);
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
    connect(m_controller, &CasesController::deadlinesLoaded, this,
            [this](const QList<DueItem>& open) {
                m_openDeadlines = open;
                showDue();
            });
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
    connect(m_newCase, &QPushButton::clicked, this, [this] { openNewCaseDialog(); });
    // A due entry opens its case at the deadlines.
    connect(m_dueList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        selectCase(item->data(0, Qt::UserRole).toLongLong());
        m_pane->showDeadlines();
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

NewCaseDialog* CasesView::openNewCaseDialog(const CaseFolder& draft, const QList<qint64>& noticeIds)
{
    auto* dialog = new NewCaseDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    CaseFolder folder = draft;
    if (noticeIds.isEmpty() && draft.title.isEmpty() && draft.id == 0) {
        // Most cases are a summons; the operator changes it in the first field.
        folder.type = CaseType::Summons;
        folder.role = SummonsRole::Witness;
    }
    dialog->setDraft(folder, noticeIds);
    connect(dialog, &NewCaseDialog::createRequested, m_controller,
            [this](const CaseFolder& folder, const QList<qint64>& ids) {
                m_controller->createCase(folder, ids);
            });
    dialog->open();
    return dialog;
}

void CasesView::showDue()
{
    const QList<DueAgenda::Entry> entries =
        DueAgenda::entries(m_openDeadlines, QDateTime::currentDateTimeUtc());
    m_dueBox->setVisible(!entries.isEmpty());
    m_dueList->clear();
    int overdue = 0;
    for (const DueAgenda::Entry& e : entries) {
        const DueItem& item = e.item;
        QString when;
        QColor color = palette().color(QPalette::Text);
        bool bold = false;
        switch (e.when) {
        case DueAgenda::When::Overdue:
            when = tr("Overdue");
            color = QColor(0xb0, 0x10, 0x10);
            bold = true;
            ++overdue;
            break;
        case DueAgenda::When::Today:
            when = tr("Today");
            color = QColor(0xa0, 0x50, 0x00);
            bold = true;
            break;
        case DueAgenda::When::ThisWeek:
            when = tr("This week");
            break;
        case DueAgenda::When::Reminder:
            when = tr("Reminder");
            break;
        }
        const QString what = item.caseReference.isEmpty()
                                 ? item.caseTitle
                                 : item.caseTitle + u" ("_s + item.caseReference + u")"_s;
        auto* row = new QTreeWidgetItem(
            {when, item.deadline.dueAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
             item.deadline.kind == CaseDeadline::Kind::Appointment
                 ? tr("Appointment: %1").arg(item.deadline.title)
                 : item.deadline.title,
             what});
        row->setData(0, Qt::UserRole, item.deadline.caseId);
        row->setData(0, Qt::UserRole + 1, int(e.when));
        for (int col = 0; col < 4; ++col) {
            row->setForeground(col, color);
            if (bold) {
                QFont font = row->font(col);
                font.setBold(true);
                row->setFont(col, font);
            }
        }
        m_dueList->addTopLevelItem(row);
    }
    for (int col = 0; col < 3; ++col)
        m_dueList->resizeColumnToContents(col);
    m_dueBox->setTitle(overdue > 0 ? tr("Due – %n overdue", nullptr, overdue) : tr("Due"));
}

void CasesView::retranslate()
{
    m_newCase->setText(tr("New case"));
    m_status->setText(tr("%n case(s)", nullptr, int(m_model->rowCount())));
    m_dueList->setHeaderLabels({tr("When"), tr("Due (local time)"), tr("What"), tr("Case")});
    m_model->retranslate();
    showDue();
}

void CasesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mixdesk
