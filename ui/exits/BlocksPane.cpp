#include "BlocksPane.h"

#include "BlockListModel.h"
#include "ExitsController.h"

#include "widgets/FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mixdesk {
namespace {

const BlockExport::Format kFormats[] = {BlockExport::Format::Torrc, BlockExport::Format::Nftables,
                                        BlockExport::Format::Squid};

} // namespace

BlocksPane::BlocksPane(ExitsController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new BlockListModel(this))
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("blockTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BlockListModel::Reason, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto field = [this](QLineEdit** edit, QLabel** label, const char* name) {
        *edit = new QLineEdit(this);
        (*edit)->setObjectName(QString::fromLatin1(name));
        *label = new QLabel(this);
        (*label)->setBuddy(*edit);
    };
    field(&m_destination, &m_destinationLabel, "blockDestination");
    field(&m_ports, &m_portsLabel, "blockPorts");
    field(&m_reason, &m_reasonLabel, "blockReason");
    field(&m_requester, &m_requesterLabel, "blockRequester");
    field(&m_reference, &m_referenceLabel, "blockReference");
    m_expires = new QCheckBox(this);
    m_expires->setObjectName(QStringLiteral("blockExpires"));
    m_expiryDate = new QDateEdit(QDate::currentDate().addMonths(6), this);
    m_expiryDate->setObjectName(QStringLiteral("blockExpiryDate"));
    m_expiryDate->setCalendarPopup(true);
    m_expiryDate->setEnabled(false);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("blockAdd"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("blockRemove"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("blockExportFormat"));
    m_format->addItems({QString(), QString(), QString()});
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("blockExport"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("blockStatus"));
    m_status->setWordWrap(true);

    auto* form = new QGridLayout;
    form->addWidget(m_destinationLabel, 0, 0);
    form->addWidget(m_destination, 0, 1);
    form->addWidget(m_portsLabel, 0, 2);
    form->addWidget(m_ports, 0, 3);
    form->addWidget(m_reasonLabel, 1, 0);
    form->addWidget(m_reason, 1, 1, 1, 3);
    form->addWidget(m_requesterLabel, 2, 0);
    form->addWidget(m_requester, 2, 1);
    form->addWidget(m_referenceLabel, 2, 2);
    form->addWidget(m_reference, 2, 3);
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiryDate);
    expiry->addStretch();
    expiry->addWidget(m_add);
    form->addLayout(expiry, 3, 0, 1, 4);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_remove);
    actions->addStretch();
    actions->addWidget(m_format);
    actions->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(form);
    layout->addWidget(m_status);

    connect(m_expires, &QCheckBox::toggled, m_expiryDate, &QWidget::setEnabled);
    connect(m_add, &QPushButton::clicked, this, &BlocksPane::addFromForm);
    connect(m_remove, &QPushButton::clicked, this, &BlocksPane::removeSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::getExistingDirectory(this, tr("Folder for the export"));
        if (!folder.isEmpty())
            exportTo(folder);
    });
    connect(m_controller, &ExitsController::blocksChanged, this,
            [this] { m_model->setBlocks(m_controller->blocks()); });
    connect(m_controller, &ExitsController::blocksExported, this, [this](const QString& path) {
        m_status->setText(tr("Exported the active blocks to %1.").arg(path));
    });
    retranslateUi();
}

bool BlocksPane::addFromForm()
{
    const Result<QString> destination = BlockRequest::normaliseDestination(m_destination->text());
    if (!destination) {
        m_status->setText(destination.error().message);
        return false;
    }
    const Result<QList<PortRange>> ports = PortRange::parseList(m_ports->text());
    if (!ports) {
        m_status->setText(ports.error().message);
        return false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_status->setText(tr("Please give the reason for the block."));
        return false;
    }
    BlockRequest request;
    request.destination = *destination;
    request.ports = *ports;
    request.reason = m_reason->text().trimmed();
    request.requester = m_requester->text().trimmed();
    request.reference = m_reference->text().trimmed();
    if (m_expires->isChecked())
        request.expires = m_expiryDate->date();
    m_controller->addBlock(request);
    for (QLineEdit* edit : {m_destination, m_ports, m_reason, m_requester, m_reference})
        edit->clear();
    m_status->setText(tr("Block of %1 recorded.").arg(*destination));
    return true;
}

void BlocksPane::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_controller->removeBlock(m_model->idAt(rows.first().row()));
}

QString BlocksPane::exportFileName(int formatIndex)
{
    switch (kFormats[qBound(0, formatIndex, 2)]) {
    case BlockExport::Format::Torrc:
        return QStringLiteral("mixdesk-blocks.torrc");
    case BlockExport::Format::Nftables:
        return QStringLiteral("mixdesk-blocks.nft");
    case BlockExport::Format::Squid:
        break;
    }
    return QStringLiteral("mixdesk-blocks-squid.conf");
}

void BlocksPane::exportTo(const QString& folder)
{
    const int index = qBound(0, m_format->currentIndex(), 2);
    m_controller->exportBlocks(kFormats[index], folder + QLatin1Char('/') + exportFileName(index));
}

void BlocksPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BlocksPane::retranslateUi()
{
    m_destinationLabel->setText(tr("&Destination:"));
    m_destination->setPlaceholderText(tr("host name, IP address or network (CIDR)"));
    m_portsLabel->setText(tr("&Ports:"));
    m_ports->setPlaceholderText(tr("all; or e.g. 80,443"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_requesterLabel->setText(tr("Requested &by:"));
    m_referenceLabel->setText(tr("&Notice or case:"));
    m_expires->setText(tr("&Expires on"));
    m_add->setText(tr("&Add block"));
    m_remove->setText(tr("Remove selected"));
    m_format->setItemText(0, tr("torrc (ExitPolicy)"));
    m_format->setItemText(1, tr("nftables"));
    m_format->setItemText(2, tr("Squid ACL"));
    m_export->setText(tr("Export…"));
    m_model->retranslate();
}

} // namespace mixdesk
