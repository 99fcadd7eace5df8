#include "inbox/DueDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

DueDialog::DueDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"dueDialog"_s);
    m_intro = new QLabel;
    m_intro->setObjectName(u"dueIntro"_s);
    m_intro->setWordWrap(true);
    m_hasDue = new QCheckBox;
    m_hasDue->setObjectName(u"dueEnabled"_s);
    m_date = new QDateEdit(QDate::currentDate().addDays(7));
    m_date->setObjectName(u"dueDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_urgent = new QCheckBox;
    m_urgent->setObjectName(u"dueUrgent"_s);
    connect(m_hasDue, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    m_date->setEnabled(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"dueButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_date, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(dueRow);
    layout->addWidget(m_urgent);
    layout->addWidget(buttons);
    retranslateUi();
}

void DueDialog::setValues(int count, const QDate& due, bool urgent)
{
    m_count = count;
    m_hasDue->setChecked(due.isValid());
    if (due.isValid())
        m_date->setDate(due);
    m_urgent->setChecked(urgent);
    retranslateUi();
}

QDate DueDialog::due() const
{
    return m_hasDue->isChecked() ? m_date->date() : QDate();
}

bool DueDialog::urgent() const
{
    return m_urgent->isChecked();
}

void DueDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DueDialog::retranslateUi()
{
    setWindowTitle(tr("Due date and urgency"));
    m_intro->setText(tr("For %n notice(s). What you set here stays when the notices are "
                        "analysed again.",
                        nullptr, m_count));
    m_hasDue->setText(tr("&Due on", "deadline"));
    m_urgent->setText(tr("&Urgent"));
}

} // namespace mixdesk
