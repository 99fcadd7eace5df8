#pragma once

#include "accounts/AccountRepository.h"
#include "smtp/SmtpAccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mixdesk {

class SecretStore;

// The SMTP account responses are sent with (smtp.json; the password in the keychain,
// or printed by a command), as `mixdesk-cli smtp set` sets it, and the IMAP account
// and folder that keep a copy of each sent response.
class SmtpSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SmtpSettingsDialog(QString path, SecretStore* secrets, QWidget* parent = nullptr,
                       const QString& accountsPath = AccountRepository::defaultPath());

    SmtpAccount account() const; // from the fields
    // Validates and saves (the password asynchronously); false with the reason shown.
    bool save();
    void accept() override;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QComboBox* securityCombo() const { return m_security; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* fromEdit() const { return m_from; }
    // First item: no copy; then the IMAP accounts by name.
    QComboBox* sentAccountCombo() const { return m_sentAccount; }
    QLineEdit* sentFolderEdit() const { return m_sentFolder; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_path;
    SecretStore* m_secrets;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passwordCommand = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_fromName = nullptr;
    QLineEdit* m_fingerprint = nullptr;
    QComboBox* m_sentAccount = nullptr;
    QLineEdit* m_sentFolder = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mixdesk
