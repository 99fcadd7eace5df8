#include "inbox/FilterBar.h"

#include "profile/OperatorProfile.h"

#include "analysis/Category.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// A filter box never shrinks below its current text. Qt's minimum keeps the width of
// the first language's texts and of the items it had when first shown: "Alle Exit"
// after switching to German in a window of 1 152 px.
void keepCurrentTextVisible(QComboBox* box)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto fit = [box] {
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.currentText = box->currentText();
        const QFontMetrics fm = box->fontMetrics();
        const QSize text(fm.horizontalAdvance(box->currentText()), fm.height());
        const QSize needed =
            box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box);
        box->setMinimumWidth(needed.width());
    };
    QObject::connect(box, &QComboBox::currentTextChanged, box, fit);
    fit();
}

} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"filterBar"_s);
    m_statusLabel = new QLabel;
    m_status = new QComboBox;
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(QString());            // all
    m_status->addItem(QString(), u"open"_s); // all open: the default view of a day's work
    m_status->addItem(QString(), u"due"_s);  // the due queue (issue 18)
    for (NoticeStatus status : allStatuses())
        m_status->addItem(QString(), statusId(status));
    m_status->addItem(QString(), u"hidden"_s); // hidden with Delete, to be restored
    m_status->setCurrentIndex(1);
    // How far ahead the due queue looks (remembered).
    m_dueDays = new QSpinBox;
    m_dueDays->setObjectName(u"dueDays"_s);
    m_dueDays->setRange(0, 365);
    m_dueDays->setValue(QSettings().value(u"inbox/dueDays"_s, kDefaultDueDays).toInt());
    m_dueDays->setVisible(false);
    m_statusLabel->setBuddy(m_status);

    m_categoryLabel = new QLabel;
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryFilter"_s);
    m_category->addItem(QString());
    for (int i = 0; i < kCategoryCount; ++i)
        m_category->addItem(QString(), categoryId(Category(i)));
    m_categoryLabel->setBuddy(m_category);

    m_exitLabel = new QLabel;
    m_exit = new QComboBox;
    m_exit->setObjectName(u"exitFilter"_s);
    m_exit->addItem(QString());
    m_exitLabel->setBuddy(m_exit);

    m_useDates = new QCheckBox;
    m_useDates->setObjectName(u"dateFilterEnabled"_s);
    m_dateField = new QComboBox;
    m_dateField->setObjectName(u"dateFilterField"_s);
    m_dateField->addItem(QString(), u"received"_s);
    m_dateField->addItem(QString(), u"incident"_s);
    m_dateField->setEnabled(false);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_from->setObjectName(u"dateFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(u"dateTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    for (QComboBox* box : {m_status, m_category, m_exit, m_dateField})
        keepCurrentTextVisible(box);

    m_search = new QLineEdit;
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_dueDays->setVisible(m_status->currentData().toString() == u"due");
        emitFilter();
    });
    connect(m_dueDays, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(u"inbox/dueDays"_s, days);
        retranslateUi(); // "day(s)"
        if (m_status->currentData().toString() == u"due")
            emitFilter();
    });
    connect(m_dateField, &QComboBox::currentIndexChanged, this, [this] {
        if (m_useDates->isChecked())
            emitFilter();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_exit, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_dateField->setEnabled(on);
        emitFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_useDates->isChecked())
            emitFilter();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_useDates->isChecked())
            emitFilter();
    });
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        emitFilter();
    });
    connect(&m_searchTimer, &QTimer::timeout, this, &FilterBar::emitFilter);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_statusLabel);
    top->addWidget(m_status);
    top->addWidget(m_dueDays);
    // The exit beside the status, the dates beside the category: two rows of about
    // the same least width, so that on a 1 280 px screen the list leaves the reading
    // pane its room.
    top->addWidget(m_exitLabel);
    top->addWidget(m_exit);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_categoryLabel);
    bottom->addWidget(m_category, 1);
    bottom->addWidget(m_useDates);
    bottom->addWidget(m_dateField);
    bottom->addWidget(m_from);
    bottom->addWidget(m_to);
    m_campaignBar = new QWidget;
    m_campaignBar->setObjectName(u"campaignBar"_s);
    m_campaignLabel = new QLabel;
    m_campaignLabel->setObjectName(u"campaignLabel"_s);
    m_campaignLabel->setTextFormat(Qt::PlainText); // the account comes from a mail
    m_campaignLabel->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    m_clearCampaign = new QPushButton;
    m_clearCampaign->setObjectName(u"clearCampaignButton"_s);
    connect(m_clearCampaign, &QPushButton::clicked, this, &FilterBar::clearCampaign);
    auto* campaign = new QHBoxLayout(m_campaignBar);
    campaign->setContentsMargins(0, 0, 0, 0);
    campaign->addWidget(m_campaignLabel, 1);
    campaign->addWidget(m_clearCampaign);
    m_campaignBar->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(bottom);
    layout->addWidget(m_campaignBar);
    retranslateUi();
}

void FilterBar::applySearchNow()
{
    if (!m_searchTimer.isActive())
        return;
    m_searchTimer.stop();
    emitFilter();
}

NoticeQuery FilterBar::filter() const
{
    NoticeQuery q;
    if (const auto id = m_status->currentData().toString(); id == u"open")
        q.openOnly = true;
    else if (id == u"due")
        q = dueQueue();
    else if (id == u"hidden")
        q.visibility = NoticeQuery::Visibility::Hidden;
    else if (!id.isEmpty())
        q.status = statusFromId(id);
    q.category = m_category->currentData().toString();
    q.exitIp = m_exit->currentData().toString();
    if (m_useDates->isChecked()) {
        // The incident time is shown in UTC: its days are UTC days.
        const bool incident = m_dateField->currentData().toString() == u"incident";
        q.dateField =
            incident ? NoticeQuery::DateField::Incident : NoticeQuery::DateField::Received;
        const QTimeZone zone = incident ? QTimeZone::utc() : QTimeZone::systemTimeZone();
        q.from = m_from->date().startOfDay(zone);
        q.to = m_to->date().addDays(1).startOfDay(zone); // whole "to" day
    }
    q.text = m_search->text().trimmed();
    q.account = m_account;
    q.mailServer = m_mailServer;
    if (m_relatedBy == RelatedBy::Exit)
        q.exitIp = m_related;
    else if (m_relatedBy == RelatedBy::Reporter)
        q.reporter = m_related;
    else if (m_relatedBy == RelatedBy::CaseReference)
        q.caseReference = m_related;
    return q;
}

NoticeQuery FilterBar::dueQueue() const
{
    NoticeQuery q;
    q.openOnly = true;
    q.dueBy = QDate::currentDate().addDays(m_dueDays->value());
    return q;
}

void FilterBar::setQueueCounts(int due, int hidden)
{
    m_due = due;
    m_hidden = hidden;
    retranslateUi();
}

void FilterBar::setExits(const OperatorProfile& profile)
{
    const QString current = m_exit->currentData().toString();
    m_exit->blockSignals(true);
    while (m_exit->count() > 1)
        m_exit->removeItem(1);
    // By the exit's name (the address beside it when the exit has several): the box
    // stays narrow enough for a 1 280 px screen; the address is the item's tooltip.
    for (const ExitNode& exit : profile.exits) {
        for (const QString& address : exit.addresses) {
            QString label = address;
            if (!exit.name.isEmpty())
                label =
                    exit.addresses.size() == 1
                        ? exit.name
                        : tr("%1 \u2013 %2", "exit filter: name – address").arg(exit.name, address);
            m_exit->addItem(label, address);
            m_exit->setItemData(m_exit->count() - 1, address, Qt::ToolTipRole);
        }
    }
    const int index = m_exit->findData(current);
    m_exit->setCurrentIndex(index < 0 ? 0 : index);
    m_exit->blockSignals(false);
}

void FilterBar::setStatusCounts(const QHash<NoticeStatus, int>& counts, int total)
{
    m_counts = counts;
    m_total = total;
    retranslateUi();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearFilters()
{
    m_status->setCurrentIndex(1); // all open
    m_category->setCurrentIndex(0);
    m_exit->setCurrentIndex(0);
    m_useDates->setChecked(false);
    m_search->clear();
    clearCampaign();
}

void FilterBar::setCampaign(const QString& account, const QString& mailServer)
{
    m_account = account;
    m_mailServer = mailServer;
    m_relatedBy.reset();
    m_related.clear();
    m_campaignBar->setVisible(hasCampaign());
    retranslateUi();
    emitFilter();
}

void FilterBar::setRelated(RelatedBy by, const QString& value)
{
    m_account.clear();
    m_mailServer.clear();
    m_relatedBy = by;
    m_related = value;
    m_campaignBar->setVisible(!value.isEmpty());
    if (value.isEmpty())
        m_relatedBy.reset();
    retranslateUi();
    emitFilter();
}

void FilterBar::clearCampaign()
{
    if (!hasCampaign() && !m_relatedBy)
        return;
    m_account.clear();
    m_mailServer.clear();
    m_relatedBy.reset();
    m_related.clear();
    m_campaignBar->hide();
    emitFilter();
}

void FilterBar::emitFilter()
{
    emit filterChanged(filter());
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString FilterBar::barText() const
{
    if (m_relatedBy == RelatedBy::Exit)
        return tr("Related: the notices about the exit address %1").arg(m_related);
    if (m_relatedBy == RelatedBy::Reporter)
        return tr("Related: the notices from %1").arg(m_related);
    if (m_relatedBy == RelatedBy::CaseReference)
        return tr("Related: the notices with the case reference %1").arg(m_related);
    if (!m_account.isEmpty())
        return tr("Campaign: the notices about the webmail account %1").arg(m_account);
    return tr("Campaign: the notices about the mail server %1").arg(m_mailServer);
}

void FilterBar::retranslateUi()
{
    m_statusLabel->setText(tr("&Status:"));
    m_categoryLabel->setText(tr("&Category:", "filter"));
    m_exitLabel->setText(tr("E&xit:", "filter by exit IP"));
    m_useDates->setText(tr("&Dates:", "date filter"));
    m_useDates->setToolTip(tr("Show only notices received (or whose incident happened) "
                              "between these days"));
    m_dateField->setItemText(0, tr("Received", "date filter on the received time"));
    m_dateField->setItemText(1, tr("Incident (UTC)", "date filter on the incident time"));
    m_dueDays->setPrefix(tr("within ", "due queue: within N days"));
    m_dueDays->setSuffix(tr(" day(s)", "due queue: within N days", m_dueDays->value()));
    m_dueDays->setToolTip(tr("The due queue shows open notices due within this many days, "
                             "and every overdue one"));
    m_search->setPlaceholderText(tr("Search subject, reporter, text\u2026 (Ctrl+F)"));
    m_status->setItemText(0,
                          m_total >= 0 ? tr("All statuses (%1)").arg(m_total) : tr("All statuses"));
    const int open =
        m_total - m_counts.value(NoticeStatus::Closed) - m_counts.value(NoticeStatus::Misdirected);
    m_status->setItemText(1, m_total >= 0 ? tr("All open (%1)").arg(open) : tr("All open"));
    m_status->setItemData(1,
                          tr("New, in progress, forwarded or waiting for a reply: "
                             "everything not closed or misdirected"),
                          Qt::ToolTipRole);
    m_status->setItemText(2,
                          m_due >= 0 ? tr("Due or overdue (%1)").arg(m_due) : tr("Due or overdue"));
    m_status->setItemData(2,
                          tr("Open notices whose deadline is within the chosen days or past; "
                             "set a deadline with Notice > Due date"),
                          Qt::ToolTipRole);
    const int hiddenItem = m_status->count() - 1;
    m_status->setItemText(hiddenItem,
                          m_hidden >= 0 ? tr("Hidden (%1)").arg(m_hidden) : tr("Hidden"));
    m_status->setItemData(hiddenItem,
                          tr("Notices hidden with Delete; select them and restore them "
                             "with Notice > Restore to inbox"),
                          Qt::ToolTipRole);
    const QList<NoticeStatus> statuses = allStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString name = statusDisplayName(statuses.at(i));
        m_status->setItemText(
            i + 3,
            m_counts.contains(statuses.at(i))
                ? tr("%1 (%2)", "status (count)").arg(name).arg(m_counts.value(statuses.at(i)))
                : name);
    }
    m_category->setItemText(0, tr("All categories"));
    for (int i = 0; i < kCategoryCount; ++i)
        m_category->setItemText(i + 1, categoryDisplayName(Category(i)));
    m_exit->setItemText(0, tr("All exits"));
    m_campaignLabel->setText(barText());
    m_clearCampaign->setText(tr("Show all", "ends the campaign filter"));
    m_clearCampaign->setToolTip(m_relatedBy ? tr("Back to the inbox without this filter")
                                            : tr("Back to the inbox without the campaign filter"));
}

} // namespace mixdesk
