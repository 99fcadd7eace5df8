#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace mixdesk {

class AccountsEditor;
class ProfileEditor;
class SecretStore;

// Settings: the operator profile (saved with ProfileStore) and IMAP accounts.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `profilePath` is where the profile is loaded from and saved to.
    // `secrets` receives new IMAP passwords (nullptr: passwords are not saved).
    explicit SettingsDialog(const QString& profilePath, QWidget* parent = nullptr,
                            SecretStore* secrets = nullptr,
                            const QString& accountsPath = QString());

    ProfileEditor* profileEditor() const { return m_profileEditor; }
    AccountsEditor* accountsEditor() const { return m_accountsEditor; }
    QTabWidget* tabs() const { return m_tabs; }
    // Validates and saves; false (with the reason shown in the dialog) when it cannot.
    bool save();

    void accept() override;

signals:
    void profileSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_profilePath;
    QTabWidget* m_tabs = nullptr;
    ProfileEditor* m_profileEditor = nullptr;
    AccountsEditor* m_accountsEditor = nullptr;
    SecretStore* m_secrets = nullptr;
    QString m_accountsPath;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mixdesk
