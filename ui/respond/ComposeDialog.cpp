#include "respond/ComposeDialog.h"

#include "respond/AbuseContactLookup.h"
#include "respond/MailAddress.h"
#include "respond/MessageWriter.h"
#include "widgets/SecondaryText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

QStringList splitAddresses(const QString& text)
{
    QStringList out;
    for (const MailAddress& a : MailAddress::parseList(text))
        out << (a.name.isEmpty() ? a.address : a.name + u" <"_s + a.address + u'>');
    return out;
}

} // namespace

QString ComposeDialog::templateDisplayName(const QString& name)
{
    if (name == u"webmail-spam")
        return tr("Webmail spam: forward to the provider");
    if (name == u"misdirected")
        return tr("Misdirected: not our address");
    if (name == u"copyright")
        return tr("Copyright");
    if (name == u"harassment")
        return tr("Harassment: offer to block the destination");
    if (name == u"fraud")
        return tr("Fraud: how the service works");
    if (name == u"isp-reply")
        return tr("Short reply to the ISP");
    return name;
}

ComposeDialog::ComposeDialog(QList<NoticeForResponse> notices, const ResponseComposer& composer,
                             const TemplateLibrary& templates, QWidget* parent)
    : QDialog(parent), m_notices(std::move(notices)), m_composer(composer), m_templates(templates)
{
    setObjectName(u"composeDialog"_s);
    m_template = new QComboBox;
    m_template->setObjectName(u"templateCombo"_s);
    for (const QString& name : m_templates.names())
        m_template->addItem(name, name);
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_templateCaption = new QLabel;
    m_languageCaption = new QLabel;
    m_fromCaption = new QLabel;
    m_from = new QLabel;
    m_from->setObjectName(u"fromLabel"_s);
    m_from->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toCaption = new QLabel;
    m_to = new QLineEdit;
    m_to->setObjectName(u"toEdit"_s);
    m_ccCaption = new QLabel;
    m_cc = new QLineEdit;
    m_cc->setObjectName(u"ccEdit"_s);
    m_sources = new QLabel;
    m_sources->setObjectName(u"recipientSources"_s);
    m_sources->setWordWrap(true);
    SecondaryText::apply(m_sources);
    m_subjectCaption = new QLabel;
    m_subject = new QLineEdit;
    m_subject->setObjectName(u"subjectEdit"_s);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_attachCaption = new QLabel;
    m_attachments = new QListWidget;
    m_attachments->setObjectName(u"attachmentList"_s);
    m_attachments->setMaximumHeight(70);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(u"previewView"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_error->hide();

    auto* header = new QGridLayout;
    header->addWidget(m_templateCaption, 0, 0);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_languageCaption);
    templateRow->addWidget(m_language);
    header->addLayout(templateRow, 0, 1);
    header->addWidget(m_fromCaption, 1, 0);
    header->addWidget(m_from, 1, 1);
    header->addWidget(m_toCaption, 2, 0);
    header->addWidget(m_to, 2, 1);
    header->addWidget(m_ccCaption, 3, 0);
    header->addWidget(m_cc, 3, 1);
    header->addWidget(m_sources, 4, 1);
    header->addWidget(m_subjectCaption, 5, 0);
    header->addWidget(m_subject, 5, 1);
    header->addWidget(m_attachCaption, 6, 0, Qt::AlignTop);
    header->addWidget(m_attachments, 6, 1);
    auto* composePage = new QWidget;
    auto* composeLayout = new QVBoxLayout(composePage);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    composeLayout->addLayout(header);
    composeLayout->addWidget(m_body, 1);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"composeTabs"_s);
    m_tabs->addTab(composePage, QString());
    m_tabs->addTab(m_preview, QString());

    m_buttons = new QDialogButtonBox;
    m_send = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(false);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveButton"_s);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(draft()); });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(draft()); });
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComposeDialog::recompose);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ComposeDialog::recompose);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_preview)
            updatePreview();
    });

    // The suggestion for the first notice.
    m_filling = true;
    if (!m_notices.isEmpty()) {
        const Analysis& a = m_notices.first().analysis;
        m_template->setCurrentIndex(
            std::max(0, m_template->findData(ResponseComposer::suggestedTemplate(a))));
        m_language->setCurrentIndex(
            std::max(0, m_language->findData(ResponseComposer::suggestedLanguage(a))));
    }
    m_filling = false;
    recompose();
    retranslateUi();
    resize(900, 680);
}

void ComposeDialog::recompose()
{
    if (m_filling)
        return;
    const ResponseTemplate* t = m_templates.find(m_template->currentData().toString(),
                                                 m_language->currentData().toString());
    if (!t) {
        // A user template in one language only: keep the fields, say so.
        showError(tr("There is no template '%1' in this language.")
                      .arg(m_template->currentData().toString()));
        return;
    }
    m_error->hide();
    const qint64 id = m_draft.id;
    m_draft = m_composer.compose(m_notices, *t);
    m_draft.id = id;
    if (m_draft.attachNotices && m_draft.to.isEmpty() && m_rdapContact)
        m_draft.to = QStringList{m_rdapContact->email};
    m_from->setText(m_draft.from);
    m_to->setText(m_draft.to.join(u", "_s));
    m_cc->setText(m_draft.cc.join(u", "_s));
    m_subject->setText(m_draft.subject);
    m_body->setPlainText(m_draft.body);
    updateSources();
    updateAttachments();
    updatePreview();
}

void ComposeDialog::updateSources()
{
    QStringList sources;
    const QString server = m_notices.isEmpty() ? QString() : m_notices.first().analysis.mailServer;
    if (!m_notices.isEmpty()) {
        if (m_draft.attachNotices) {
            const auto table = m_composer.providerContacts(m_notices.first().analysis);
            for (const RecipientSuggestion& s : table)
                sources << s.address + u" \u2013 "_s + s.source;
            if (table.isEmpty())
                sources << tr("No abuse contact for %1 in the provider table: enter the "
                              "provider's abuse address.")
                               .arg(server);
            if (m_lookupState == LookupState::Pending)
                sources
                    << tr("Looking up the abuse contact of %1 in RDAP\u2026").arg(m_lookupQuery);
            else if (m_lookupState == LookupState::Failed)
                sources << m_lookupError;
            else if (m_rdapContact) {
                const RdapAbuseContact& c = *m_rdapContact;
                QString source;
                if (c.holderRole == u"registrar")
                    source = tr("from RDAP: abuse contact of the registrar of %1 (%2)")
                                 .arg(c.objectName, c.holderName);
                else
                    source = tr("from RDAP: abuse contact of %1").arg(c.objectName);
                sources << c.email + u" \u2013 "_s + source;
            }
        }
        for (const RecipientSuggestion& s : m_composer.ispContacts(m_notices.first()))
            sources << s.address + u" \u2013 "_s + s.source;
    }
    m_sources->setText(sources.join(u'\n'));
}

void ComposeDialog::lookUpAbuseContact(AbuseContactLookup* lookup)
{
    if (!lookup || m_notices.isEmpty())
        return;
    const Analysis& a = m_notices.first().analysis;
    const QString ip = AbuseContactLookup::mailServerIp(a);
    if (a.mailServer.isEmpty() && ip.isEmpty())
        return;
    m_lookupState = LookupState::Pending;
    m_lookupQuery = a.mailServer.isEmpty() ? ip : a.mailServer;
    updateSources();
    lookup->lookup(a.mailServer, ip, this, [this](const Result<RdapAbuseContact>& contact) {
        if (!contact) {
            m_lookupState = LookupState::Failed;
            m_lookupError = contact.error().message;
            updateSources();
            return;
        }
        m_lookupState = LookupState::Found;
        m_rdapContact = *contact;
        // Only into an empty To: never over what the operator typed or the table gave.
        if (m_draft.attachNotices && m_to->text().trimmed().isEmpty()) {
            m_to->setText(contact->email);
            updatePreview();
        }
        updateSources();
    });
}

void ComposeDialog::setTemplates(const TemplateLibrary& templates)
{
    m_templates = templates;
    const QString current = m_template->currentData().toString();
    m_filling = true;
    m_template->clear();
    for (const QString& name : m_templates.names())
        m_template->addItem(templateDisplayName(name), name);
    if (m_template->findData(current) < 0) // deleted meanwhile: kept as the draft's name
        m_template->addItem(current, current);
    m_template->setCurrentIndex(m_template->findData(current));
    m_filling = false;
}

void ComposeDialog::setDraft(const ResponseDraft& draft)
{
    m_filling = true;
    m_draft = draft;
    const int t = m_template->findData(draft.templateName);
    if (t >= 0)
        m_template->setCurrentIndex(t);
    const int l = m_language->findData(draft.language);
    if (l >= 0)
        m_language->setCurrentIndex(l);
    m_from->setText(draft.from);
    m_to->setText(draft.to.join(u", "_s));
    m_cc->setText(draft.cc.join(u", "_s));
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
    m_filling = false;
    if (!draft.lastError.isEmpty())
        showError(tr("The last attempt failed: %1").arg(draft.lastError));
    updateAttachments();
    updatePreview();
}

ResponseDraft ComposeDialog::draft() const
{
    ResponseDraft d = m_draft;
    d.templateName = m_template->currentData().toString();
    d.language = m_language->currentData().toString();
    d.to = splitAddresses(m_to->text());
    d.cc = splitAddresses(m_cc->text());
    d.subject = m_subject->text();
    d.body = m_body->toPlainText();
    return d;
}

QByteArray ComposeDialog::previewBytes() const
{
    const ResponseDraft d = draft();
    QList<ForwardedNotice> attached;
    if (d.attachNotices)
        for (const NoticeForResponse& n : m_notices)
            attached << ForwardedNotice{n.raw, u"notice-%1.eml"_s.arg(n.id)};
    const auto message = MessageWriter::write(d, attached, QDateTime::currentDateTimeUtc(),
                                              u"<assigned-when-sent@mixdesk.invalid>"_s);
    if (!message)
        return tr("No preview: %1").arg(message.error().message).toUtf8();
    return message->raw;
}

void ComposeDialog::updatePreview()
{
    // Raw bytes as a mail client's "view source" shows them: 8-bit attachment bytes
    // as Latin-1, never as replacement characters.
    m_preview->setPlainText(QString::fromLatin1(previewBytes()).remove(u'\r'));
}

void ComposeDialog::updateAttachments()
{
    m_attachments->clear();
    if (!m_draft.attachNotices) {
        m_attachments->addItem(tr("(none: a reply does not forward the notice)"));
        return;
    }
    for (const NoticeForResponse& n : m_notices)
        m_attachments->addItem(tr("notice-%1.eml \u2013 message/rfc822, %2 bytes, unchanged")
                                   .arg(n.id)
                                   .arg(n.raw.size()));
}

void ComposeDialog::setSending(bool sending)
{
    m_send->setEnabled(!sending);
    m_save->setEnabled(!sending);
    m_send->setText(sending ? tr("Sending\u2026") : tr("&Send"));
    if (sending)
        m_error->hide();
}

void ComposeDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ComposeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ComposeDialog::retranslateUi()
{
    for (int i = 0; i < m_template->count(); ++i)
        m_template->setItemText(i, templateDisplayName(m_template->itemData(i).toString()));
    setWindowTitle(m_notices.size() > 1
                       ? tr("Respond to %n notice(s)", nullptr, int(m_notices.size()))
                       : tr("Respond to notice"));
    m_templateCaption->setText(tr("Template:"));
    m_languageCaption->setText(tr("Language:"));
    m_fromCaption->setText(tr("From:"));
    m_toCaption->setText(tr("To:"));
    m_ccCaption->setText(tr("Cc:"));
    m_subjectCaption->setText(tr("Subject:"));
    m_attachCaption->setText(tr("Attached:"));
    m_tabs->setTabText(0, tr("Message"));
    m_tabs->setTabText(1, tr("Preview (exact message)"));
    m_to->setPlaceholderText(tr("abuse address of the provider"));
    m_cc->setPlaceholderText(tr("security team of the ISP"));
    m_send->setText(tr("&Send"));
    m_save->setText(tr("&Keep in outbox"));
    updateAttachments();
    updateSources();
}

} // namespace mixdesk
