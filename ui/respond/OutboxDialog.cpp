#include "respond/OutboxDialog.h"

#include "respond/RespondController.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

OutboxDialog::OutboxDialog(RespondController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(u"outboxDialog"_s);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox;
    m_open = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openDraftButton"_s);
    m_discard = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"discardDraftButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (ResponseDraft* d = current())
            emit openRequested(*d);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (ResponseDraft* d = current())
            m_controller->discard(d->id);
    });
    connect(m_controller, &RespondController::outboxLoaded, this, &OutboxDialog::fill);
    connect(m_controller, &RespondController::discarded, m_controller,
            &RespondController::loadOutbox);
    connect(m_controller, &RespondController::sent, m_controller, &RespondController::loadOutbox);
    connect(m_controller, &RespondController::sendFailed, m_controller,
            &RespondController::loadOutbox);
    retranslateUi();
    resize(860, 360);
    m_controller->loadOutbox();
}

ResponseDraft* OutboxDialog::current()
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_drafts.size() ? &m_drafts[row] : nullptr;
}

void OutboxDialog::fill(const QList<ResponseDraft>& drafts)
{
    m_drafts = drafts;
    m_table->setRowCount(int(drafts.size()));
    const QLocale locale;
    for (int row = 0; row < drafts.size(); ++row) {
        const ResponseDraft& d = drafts.at(row);
        const QStringList cells{locale.toString(d.createdAt.toLocalTime(), QLocale::ShortFormat),
                                (d.to + d.cc).join(u", "_s), d.subject, QString::number(d.attempts),
                                d.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(2) > 280)
        m_table->setColumnWidth(2, 280);
    if (m_table->columnWidth(1) > 220)
        m_table->setColumnWidth(1, 220);
    if (!drafts.isEmpty())
        m_table->selectRow(0);
    m_open->setEnabled(!drafts.isEmpty());
    m_discard->setEnabled(!drafts.isEmpty());
}

void OutboxDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OutboxDialog::retranslateUi()
{
    setWindowTitle(tr("Outbox"));
    m_hint->setText(tr("Responses that were not sent yet. Open one to check it and send it "
                       "again, or discard it. Nothing here was recorded as sent."));
    m_table->setHorizontalHeaderLabels(
        {tr("Saved"), tr("Recipients"), tr("Subject"), tr("Attempts"), tr("Last error")});
    m_open->setText(tr("&Open\u2026"));
    m_discard->setText(tr("&Discard"));
}

} // namespace mixdesk
