#include "CaseForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

const QString kTimeFormat = u"yyyy-MM-dd HH:mm:ss"_s;

template <typename T> T* named(T* widget, const QString& name)
{
    widget->setObjectName(name);
    return widget;
}

void select(QComboBox* combo, const QString& id)
{
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

} // namespace

CaseForm::CaseForm(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_type(named(new QComboBox, u"caseType"_s)),
      m_role(named(new QComboBox, u"summonsRole"_s)), m_title(named(new QLineEdit, u"caseTitle"_s)),
      m_authorityKind(named(new QComboBox, u"authorityKind"_s)),
      m_authority(named(new QLineEdit, u"authority"_s)),
      m_reference(named(new QLineEdit, u"fileReference"_s)),
      m_contact(named(new QLineEdit, u"contactPerson"_s)),
      m_status(named(new QComboBox, u"caseStatus"_s)),
      m_opened(named(new QDateEdit, u"openedOn"_s)), m_exitIp(named(new QLineEdit, u"exitIp"_s)),
      m_incident(named(new QLineEdit, u"incidentTime"_s)),
      m_problem(named(new QLabel, u"caseFormProblem"_s))
{
    setObjectName(u"caseForm"_s);
    m_opened->setCalendarPopup(true);
    m_opened->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_opened->setDate(QDate::currentDate());
    m_incident->setPlaceholderText(u"2026-03-01 14:02:00"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #9b1c1c; font-weight: bold; }"_s);
    m_problem->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_type, m_role, m_title, m_authorityKind,
                                                      m_authority, m_reference, m_contact, m_status,
                                                      m_opened, m_exitIp, m_incident}) {
        auto* label = new QLabel;
        label->setBuddy(w);
        m_form->addRow(label, w);
    }
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_role->setEnabled(m_type->currentData().toString() == caseTypeId(CaseType::Summons));
    });
    connect(m_exitIp, &QLineEdit::textChanged, this, &CaseForm::incidentChanged);
    connect(m_incident, &QLineEdit::textChanged, this, &CaseForm::incidentChanged);
    for (QLineEdit* edit : {m_title, m_exitIp, m_incident})
        connect(edit, &QLineEdit::textEdited, m_problem, &QLabel::hide);
    fillCombos();
    retranslate();
    m_role->setEnabled(m_type->currentData().toString() == caseTypeId(CaseType::Summons));
}

void CaseForm::setFolder(const CaseFolder& c)
{
    select(m_type, caseTypeId(c.type));
    select(m_role, summonsRoleId(c.role == SummonsRole::None ? SummonsRole::Witness : c.role));
    m_role->setEnabled(c.type == CaseType::Summons);
    m_title->setText(c.title);
    select(m_authorityKind, authorityKindId(c.authorityKind));
    m_authority->setText(c.authority);
    m_reference->setText(c.reference);
    m_contact->setText(c.contact);
    select(m_status, caseStatusId(c.status));
    m_opened->setDate(c.openedOn.isValid() ? c.openedOn : QDate::currentDate());
    m_exitIp->setText(c.exitIp);
    m_incident->setText(
        c.incidentTimeUtc.isValid() ? c.incidentTimeUtc.toUTC().toString(kTimeFormat) : QString());
    m_problem->hide();
}

CaseFolder CaseForm::folder(const CaseFolder& base) const
{
    CaseFolder c = base;
    c.type = caseTypeFromId(m_type->currentData().toString()).value_or(CaseType::Other);
    c.role = c.type == CaseType::Summons
                 ? summonsRoleFromId(m_role->currentData().toString()).value_or(SummonsRole::None)
                 : SummonsRole::None;
    c.title = m_title->text().trimmed();
    c.authorityKind = authorityKindFromId(m_authorityKind->currentData().toString())
                          .value_or(AuthorityKind::Other);
    c.authority = m_authority->text().trimmed();
    c.reference = m_reference->text().trimmed();
    c.contact = m_contact->text().trimmed();
    c.status = caseStatusFromId(m_status->currentData().toString()).value_or(CaseStatus::Open);
    c.openedOn = m_opened->date();
    c.exitIp = exitIp();
    c.incidentTimeUtc = incidentTimeUtc();
    return c;
}

QString CaseForm::exitIp() const
{
    return m_exitIp->text().trimmed();
}

QDateTime CaseForm::incidentTimeUtc() const
{
    const QString text = m_incident->text().trimmed();
    QDateTime time = QDateTime::fromString(text, kTimeFormat);
    if (!time.isValid())
        time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm"_s);
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QWidget* CaseForm::problemField() const
{
    if (m_title->text().trimmed().isEmpty())
        return m_title;
    if (!exitIp().isEmpty() && QHostAddress(exitIp()).isNull())
        return m_exitIp;
    if (!m_incident->text().trimmed().isEmpty() && !incidentTimeUtc().isValid())
        return m_incident;
    return nullptr;
}

QString CaseForm::problem() const
{
    const QWidget* field = problemField();
    if (field == m_title)
        return tr("Enter a title for the case, e.g. \"Summons as witness, shop fraud\".");
    if (field == m_exitIp)
        return tr("The exit IP \"%1\" is not an IP address.").arg(exitIp());
    if (field == m_incident)
        return tr("Write the incident time in UTC as 2026-03-01 14:02:00, or leave it empty.");
    return {};
}

bool CaseForm::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (QWidget* field = problemField())
        field->setFocus(Qt::OtherFocusReason);
    return text.isEmpty();
}

void CaseForm::fillCombos()
{
    const auto refill = [](QComboBox* combo, const QList<std::pair<QString, QString>>& items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto& [id, text] : items)
            combo->addItem(text, id);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    QList<std::pair<QString, QString>> types, roles, kinds, statuses;
    for (CaseType t : allCaseTypes())
        types.append({caseTypeId(t), caseTypeDisplayName(t)});
    roles.append({summonsRoleId(SummonsRole::Witness), tr("Witness")});
    roles.append({summonsRoleId(SummonsRole::Suspect), tr("Suspect")});
    for (AuthorityKind k : allAuthorityKinds())
        kinds.append({authorityKindId(k), authorityKindDisplayName(k)});
    for (CaseStatus s : allCaseStatuses())
        statuses.append({caseStatusId(s), caseStatusDisplayName(s)});
    refill(m_type, types);
    refill(m_role, roles);
    refill(m_authorityKind, kinds);
    refill(m_status, statuses);
}

void CaseForm::retranslate()
{
    const QStringList labels{tr("Type:"),           tr("Summoned as:"),   tr("Title:"),
                             tr("Authority kind:"), tr("Authority:"),     tr("File reference:"),
                             tr("Contact person:"), tr("Status:"),        tr("Opened on:"),
                             tr("Exit IP:"),        tr("Incident (UTC):")};
    for (int i = 0; i < labels.size() && i < m_form->rowCount(); ++i) {
        if (QLayoutItem* item = m_form->itemAt(i, QFormLayout::LabelRole)) {
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(labels.at(i));
        }
    }
    m_reference->setPlaceholderText(tr("e.g. Az. 123 Js 4567/26"));
    fillCombos();
    if (m_problem->isVisible())
        m_problem->setText(problem());
}

void CaseForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mixdesk
