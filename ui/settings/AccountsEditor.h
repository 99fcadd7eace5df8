#pragma once

#include "accounts/ImapAccount.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace mixdesk {

// Edits the IMAP accounts: server, security, login, folders, sync interval and
// the pinned certificate. Passwords are only collected here; the dialog writes
// them to the keychain.
class AccountsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsEditor(QWidget* parent = nullptr);

    void setAccounts(const QList<ImapAccount>& accounts);
    QList<ImapAccount> accounts() const;
    // Passwords typed in this session, by account name.
    QHash<QString, QString> newPasswords() const;
    // Translated problems that prevent saving; empty when all accounts are valid.
    QStringList validationErrors() const;

    void addAccount();
    void removeCurrentAccount();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showAccount(int row);
    void storeForm();

    QList<ImapAccount> m_accounts;
    QHash<QString, QString> m_passwords;
    int m_current = -1;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_form = nullptr;
    QFormLayout* m_formLayout = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_folders = nullptr;
    QSpinBox* m_interval = nullptr;
    QLineEdit* m_fingerprint = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace mixdesk
