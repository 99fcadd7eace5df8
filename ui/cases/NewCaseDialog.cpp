#include "NewCaseDialog.h"

#include "CaseForm.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

NewCaseDialog::NewCaseDialog(QWidget* parent)
    : QDialog(parent), m_form(new CaseForm), m_intro(new QLabel), m_buttons(new QDialogButtonBox)
{
    setObjectName(u"newCaseDialog"_s);
    setWindowModality(Qt::WindowModal);
    m_intro->setObjectName(u"newCaseIntro"_s);
    m_intro->setWordWrap(true);
    m_buttons->setObjectName(u"newCaseButtons"_s);
    // Own buttons, not the standard Ok/Cancel: those take back their stock texts on a
    // language change.
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createCase"_s);
    m_create->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelCase"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    setDraft({});
    resize(560, sizeHint().height());
}

void NewCaseDialog::setDraft(const CaseFolder& draft, const QList<qint64>& noticeIds)
{
    m_draft = draft;
    if (!m_draft.openedOn.isValid())
        m_draft.openedOn = QDate::currentDate();
    m_noticeIds = noticeIds;
    m_form->setFolder(m_draft);
    retranslate();
    m_form->titleEdit()->setFocus(Qt::OtherFocusReason);
    m_form->titleEdit()->selectAll();
}

void NewCaseDialog::accept()
{
    if (!m_form->validate())
        return; // the form says what is missing; the dialog stays open
    emit createRequested(m_form->folder(m_draft), m_noticeIds);
    QDialog::accept();
}

void NewCaseDialog::retranslate()
{
    setWindowTitle(m_noticeIds.isEmpty() ? tr("New case") : tr("New case from a notice"));
    m_create->setText(tr("Create case"));
    m_cancel->setText(tr("Cancel"));
    if (m_noticeIds.isEmpty()) {
        m_intro->setText(tr("A case folder for a legal matter: a summons, a request, an order "
                            "or a claim. Deadlines, documents and notices follow in the folder."));
    } else {
        QStringList ids;
        for (qint64 id : m_noticeIds)
            ids << u"#"_s + QString::number(id);
        m_intro->setText(tr("Filled in from the analysis of notice %1, which will be linked to "
                            "the case. Check the fields before you create it.")
                             .arg(ids.join(u", "_s)));
    }
}

void NewCaseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace mixdesk
