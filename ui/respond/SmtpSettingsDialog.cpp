#include "respond/SmtpSettingsDialog.h"

#include "accounts/ImapAccount.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

SmtpSettingsDialog::SmtpSettingsDialog(QString path, SecretStore* secrets, QWidget* parent,
                                       const QString& accountsPath)
    : QDialog(parent), m_path(std::move(path)), m_secrets(secrets)
{
    setObjectName(u"smtpSettingsDialog"_s);
    m_host = new QLineEdit;
    m_host->setObjectName(u"smtpHost"_s);
    m_port = new QSpinBox;
    m_port->setObjectName(u"smtpPort"_s);
    m_port->setRange(1, 65535);
    m_security = new QComboBox;
    m_security->setObjectName(u"smtpSecurity"_s);
    m_security->addItem(u"SMTPS"_s, smtpSecurityId(SmtpSecurity::Smtps));
    m_security->addItem(u"STARTTLS"_s, smtpSecurityId(SmtpSecurity::StartTls));
    m_security->addItem(QString(), smtpSecurityId(SmtpSecurity::Plain));
    m_user = new QLineEdit;
    m_user->setObjectName(u"smtpUser"_s);
    m_password = new QLineEdit;
    m_password->setObjectName(u"smtpPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordCommand = new QLineEdit;
    m_passwordCommand->setObjectName(u"smtpPasswordCommand"_s);
    m_from = new QLineEdit;
    m_from->setObjectName(u"smtpFrom"_s);
    m_fromName = new QLineEdit;
    m_fromName->setObjectName(u"smtpFromName"_s);
    m_fingerprint = new QLineEdit;
    m_fingerprint->setObjectName(u"smtpFingerprint"_s);
    m_sentAccount = new QComboBox;
    m_sentAccount->setObjectName(u"smtpSentAccount"_s);
    m_sentAccount->addItem(QString(), QString());
    if (const auto accounts = AccountRepository(accountsPath).load())
        for (const ImapAccount& a : *accounts)
            m_sentAccount->addItem(a.name, a.name);
    m_sentFolder = new QLineEdit;
    m_sentFolder->setObjectName(u"smtpSentFolder"_s);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_error->hide();

    m_form = new QFormLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_host, m_port, m_security, m_user, m_password, m_passwordCommand, m_from, m_fromName,
             m_fingerprint, m_sentAccount, m_sentFolder})
        m_form->addRow(new QLabel, w);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const bool smtps = m_security->currentData() == smtpSecurityId(SmtpSecurity::Smtps);
        if (m_port->value() == 465 || m_port->value() == 587)
            m_port->setValue(smtps ? 465 : 587);
    });

    auto loaded = SmtpAccountFile(m_path).load();
    const SmtpAccount a = loaded ? *loaded : SmtpAccount{};
    if (!loaded) {
        m_error->setText(loaded.error().message);
        m_error->show();
    }
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(smtpSecurityId(a.security))));
    m_port->setValue(a.port);
    m_user->setText(a.user);
    m_passwordCommand->setText(a.passwordCommand);
    m_from->setText(a.from);
    m_fromName->setText(a.fromName);
    m_fingerprint->setText(a.trustedFingerprintSha256);
    if (a.appendToSent) {
        // An account named in smtp.json but gone from accounts.json still shows, and
        // so does "the first account" (no name).
        int index = a.sentAccount.isEmpty() ? -1 : m_sentAccount->findData(a.sentAccount);
        if (index < 0) {
            m_sentAccount->addItem(a.sentAccount, a.sentAccount);
            index = m_sentAccount->count() - 1;
        }
        m_sentAccount->setCurrentIndex(index);
    }
    m_sentFolder->setText(a.sentFolder);
    const auto updateFolder = [this] {
        m_sentFolder->setEnabled(m_sentAccount->currentIndex() > 0);
    };
    connect(m_sentAccount, &QComboBox::currentIndexChanged, this, updateFolder);
    updateFolder();
    retranslateUi();
}

SmtpAccount SmtpSettingsDialog::account() const
{
    SmtpAccount a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.security =
        smtpSecurityFromId(m_security->currentData().toString()).value_or(SmtpSecurity::Smtps);
    a.user = m_user->text().trimmed();
    a.passwordCommand = m_passwordCommand->text().trimmed();
    a.from = m_from->text().trimmed();
    a.fromName = m_fromName->text().trimmed();
    a.trustedFingerprintSha256 = normalizeFingerprint(m_fingerprint->text());
    a.appendToSent = m_sentAccount->currentIndex() > 0;
    if (a.appendToSent) {
        a.sentAccount = m_sentAccount->currentData().toString();
        a.sentFolder = m_sentFolder->text().trimmed();
    }
    return a;
}

bool SmtpSettingsDialog::save()
{
    const SmtpAccount a = account();
    Status status = a.validate();
    if (status && !m_fingerprint->text().trimmed().isEmpty() &&
        a.trustedFingerprintSha256.isEmpty())
        status = Error{tr("The fingerprint must be a SHA-256 fingerprint (64 hex digits).")};
    if (status)
        status = SmtpAccountFile(m_path).save(a);
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        return false;
    }
    if (!a.user.isEmpty() && a.passwordCommand.isEmpty() && !m_password->text().isEmpty() &&
        m_secrets) {
        // The keychain answers later; a failure shows in the status bar of the window.
        QWidget* window = parentWidget();
        m_secrets->writePasswordAsync(smtpSecretKey(), m_password->text(), window ? window : this,
                                      [](Status) {});
    }
    emit saved();
    return true;
}

void SmtpSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SmtpSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SmtpSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("SMTP account for responses"));
    const QStringList captions{tr("Server:"),
                               tr("Port:"),
                               tr("Security:"),
                               tr("User:"),
                               tr("Password:"),
                               tr("Password command:"),
                               tr("Sender address:"),
                               tr("Sender name:"),
                               tr("Trusted certificate (SHA-256):"),
                               tr("Copy to the Sent folder of:"),
                               tr("Sent folder:")};
    for (int row = 0; row < captions.size(); ++row)
        if (auto* label =
                qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(captions.at(row));
    m_security->setItemText(2, tr("None (this computer only)"));
    m_user->setPlaceholderText(tr("empty: no login"));
    m_password->setPlaceholderText(tr("kept in the keychain; empty: unchanged"));
    m_passwordCommand->setPlaceholderText(tr("instead of the keychain, e.g. pass show smtp"));
    m_fingerprint->setPlaceholderText(tr("only for a server with a self-signed certificate"));
    m_sentAccount->setItemText(0, tr("No copy"));
    for (int i = 1; i < m_sentAccount->count(); ++i)
        if (m_sentAccount->itemData(i).toString().isEmpty())
            m_sentAccount->setItemText(i, tr("The first IMAP account"));
    m_sentFolder->setPlaceholderText(tr("empty: the account's Sent folder"));
}

} // namespace mixdesk
