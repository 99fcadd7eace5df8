#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace mixdesk {

class AccountsEditor;
class DatabasePage;
class ProfileEditor;
class SecretStore;

// Settings: the operator profile (saved with ProfileStore), IMAP accounts and the
// database the desk lives in.
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
    DatabasePage* databasePage() const { return m_databasePage; }
    QTabWidget* tabs() const { return m_tabs; }
    // Validates and saves; false (with the reason shown in the dialog) when it cannot.
    bool save();

    void accept() override;

signals:
    void profileSaved();
    // The operator chose another database (Settings > Database): "" for the default file.
    void deskLocationChanged(const QString& location);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_profilePath;
    QTabWidget* m_tabs = nullptr;
    ProfileEditor* m_profileEditor = nullptr;
    AccountsEditor* m_accountsEditor = nullptr;
    DatabasePage* m_databasePage = nullptr;
    SecretStore* m_secrets = nullptr;
    QString m_accountsPath;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mixdesk
