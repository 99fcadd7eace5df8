#pragma once

#include "lookup/RdapAbuseContact.h"
#include "respond/ResponseComposer.h"
#include "respond/ResponseDraft.h"
#include "respond/ResponseTemplate.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace mixdesk {

class AbuseContactLookup;

// The compose window of a response: template and language (independent of the UI
// language), recipients with where each came from, subject, text, the notices
// attached, and a preview of the exact message. Everything is editable. Send and
// "Keep in outbox" hand the draft to the controller; the window stays open with the
// error when sending fails, so nothing typed is lost.
class ComposeDialog : public QDialog
{
    Q_OBJECT
public:
    ComposeDialog(QList<NoticeForResponse> notices, const ResponseComposer& composer,
                  const TemplateLibrary& templates, QWidget* parent = nullptr);

    static QString templateDisplayName(const QString& name); // translated

    // The templates changed (Templates dialog): the choice offers them at once; the
    // fields keep what they hold until another template is chosen.
    void setTemplates(const TemplateLibrary& templates);

    // Asks RDAP for the abuse contact of the first notice's mail server (its domain, then
    // its address); the answer fills an empty To of a forward and is listed with its
    // source. Returns at once; nothing happens when the notice names no mail server.
    void lookUpAbuseContact(AbuseContactLookup* lookup);

    // Opens an outbox draft as it was saved, instead of composing a new one.
    void setDraft(const ResponseDraft& draft);
    ResponseDraft draft() const;
    // The exact message for the current fields (Date and Message-ID as placeholders).
    QByteArray previewBytes() const;

    void setSending(bool sending);
    void showError(const QString& message);

    QComboBox* templateCombo() const { return m_template; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* ccEdit() const { return m_cc; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void sendRequested(const mixdesk::ResponseDraft& draft);
    void saveRequested(const mixdesk::ResponseDraft& draft);

protected:
    void changeEvent(QEvent* event) override;

private:
    void recompose();
    void updateSources();
    void updatePreview();
    void updateAttachments();
    void retranslateUi();

    QList<NoticeForResponse> m_notices;
    ResponseComposer m_composer;
    TemplateLibrary m_templates;
    ResponseDraft m_draft; // id, notices, from; the rest comes from the fields
    QComboBox* m_template = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_templateCaption = nullptr;
    QLabel* m_languageCaption = nullptr;
    QLabel* m_fromCaption = nullptr;
    QLabel* m_from = nullptr;
    QLabel* m_toCaption = nullptr;
    QLineEdit* m_to = nullptr;
    QLabel* m_ccCaption = nullptr;
    QLineEdit* m_cc = nullptr;
    QLabel* m_sources = nullptr;
    QLabel* m_subjectCaption = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_attachCaption = nullptr;
    QListWidget* m_attachments = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_save = nullptr;
    bool m_filling = false;
    // The RDAP lookup of the provider's abuse contact.
    enum class LookupState
    {
        None,
        Pending,
        Found,
        Failed
    };
    LookupState m_lookupState = LookupState::None;
    QString m_lookupQuery;
    std::optional<RdapAbuseContact> m_rdapContact;
    QString m_lookupError; // as the lookup said it
};

} // namespace mixdesk
