#include "settings/AccountsEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

AccountsEditor::AccountsEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"accountsEditor"_s);
    m_list = new QListWidget;
    m_list->setObjectName(u"accountList"_s);
    m_add = new QPushButton;
    m_add->setObjectName(u"addAccountButton"_s);
    m_remove = new QPushButton;
    m_remove->setObjectName(u"removeAccountButton"_s);
    connect(m_add, &QPushButton::clicked, this, &AccountsEditor::addAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsEditor::removeCurrentAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsEditor::showAccount);

    auto edit = [this](const char* name) {
        auto* e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textEdited, this, &AccountsEditor::storeForm);
        return e;
    };
    m_name = edit("accountName");
    m_host = edit("accountHost");
    m_user = edit("accountUser");
    m_password = edit("accountPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_folders = edit("accountFolders");
    m_fingerprint = edit("accountFingerprint");
    m_port = new QSpinBox;
    m_port->setObjectName(u"accountPort"_s);
    m_port->setRange(1, 65535);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountsEditor::storeForm);
    m_security = new QComboBox;
    m_security->setObjectName(u"accountSecurity"_s);
    for (ImapSecurity s : {ImapSecurity::Imaps, ImapSecurity::StartTls, ImapSecurity::Plain})
        m_security->addItem(QString(), securityId(s));
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const auto security = securityFromId(m_security->currentData().toString());
        // Suggest the usual port when the user switches the security.
        if (security == ImapSecurity::Imaps && m_port->value() == 143)
            m_port->setValue(993);
        else if (security != ImapSecurity::Imaps && m_port->value() == 993)
            m_port->setValue(143);
        storeForm();
    });
    m_interval = new QSpinBox;
    m_interval->setObjectName(u"accountInterval"_s);
    m_interval->setRange(0, 24 * 60);
    connect(m_interval, &QSpinBox::valueChanged, this, &AccountsEditor::storeForm);

    m_form = new QWidget;
    m_formLayout = new QFormLayout(m_form);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_host, m_port, m_security, m_user, m_password,
                                         m_folders, m_interval, m_fingerprint})
        m_formLayout->addRow(new QLabel, w);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_formLayout->addRow(m_hint);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_form, 2);
    retranslateUi();
    showAccount(-1);
}

void AccountsEditor::setAccounts(const QList<ImapAccount>& accounts)
{
    m_accounts = accounts;
    m_passwords.clear();
    m_list->clear();
    for (const ImapAccount& account : accounts)
        m_list->addItem(account.name);
    m_list->setCurrentRow(accounts.isEmpty() ? -1 : 0);
    showAccount(m_list->currentRow());
}

QList<ImapAccount> AccountsEditor::accounts() const
{
    return m_accounts;
}

QHash<QString, QString> AccountsEditor::newPasswords() const
{
    return m_passwords;
}

QStringList AccountsEditor::validationErrors() const
{
    QStringList errors;
    QStringList names;
    for (const ImapAccount& account : m_accounts) {
        const Status valid = account.validate();
        if (!valid)
            errors << tr("Account \u201c%1\u201d: %2").arg(account.name, valid.error().message);
        if (names.contains(account.name))
            errors << tr("There are two accounts named \u201c%1\u201d.").arg(account.name);
        names << account.name;
    }
    return errors;
}

void AccountsEditor::addAccount()
{
    ImapAccount account;
    account.name = tr("account%1", "default name of a new IMAP account").arg(m_accounts.size() + 1);
    m_accounts << account;
    m_list->addItem(account.name);
    m_list->setCurrentRow(int(m_accounts.size()) - 1);
    m_host->setFocus();
}

void AccountsEditor::removeCurrentAccount()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    m_current = -1; // do not write the form back into the removed account
    m_passwords.remove(m_accounts.at(row).name);
    m_accounts.removeAt(row);
    delete m_list->takeItem(row);
    showAccount(m_list->currentRow());
}

void AccountsEditor::showAccount(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_accounts.size();
    m_form->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_loading = true;
    const ImapAccount account = valid ? m_accounts.at(row) : ImapAccount{};
    m_name->setText(account.name);
    m_host->setText(account.host);
    m_port->setValue(account.port);
    m_security->setCurrentIndex(m_security->findData(securityId(account.security)));
    m_user->setText(account.user);
    m_password->setText(m_passwords.value(account.name));
    m_folders->setText(account.folders.join(u", "_s));
    m_interval->setValue(account.syncIntervalMinutes);
    m_fingerprint->setText(account.trustedFingerprintSha256);
    m_loading = false;
}

void AccountsEditor::storeForm()
{
    if (m_loading || m_current < 0 || m_current >= m_accounts.size())
        return;
    ImapAccount& account = m_accounts[m_current];
    const QString oldName = account.name;
    account.name = m_name->text().trimmed();
    account.host = m_host->text().trimmed();
    account.port = m_port->value();
    account.security =
        securityFromId(m_security->currentData().toString()).value_or(ImapSecurity::Imaps);
    account.user = m_user->text().trimmed();
    account.folders.clear();
    for (const QString& folder : m_folders->text().split(u','))
        if (!folder.trimmed().isEmpty())
            account.folders << folder.trimmed();
    account.syncIntervalMinutes = m_interval->value();
    // Kept as typed when it is no fingerprint, so that validate() reports it.
    const QString fingerprint = normalizeFingerprint(m_fingerprint->text());
    account.trustedFingerprintSha256 =
        fingerprint.isEmpty() ? m_fingerprint->text().trimmed() : fingerprint;
    m_passwords.remove(oldName);
    if (!m_password->text().isEmpty())
        m_passwords.insert(account.name, m_password->text());
    if (QListWidgetItem* item = m_list->item(m_current))
        item->setText(account.name);
}

void AccountsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AccountsEditor::retranslateUi()
{
    m_add->setText(tr("Add account"));
    m_remove->setText(tr("Remove account"));
    const QStringList labels{tr("Name:", "account name"),
                             tr("IMAP server:"),
                             tr("Port:"),
                             tr("Security:"),
                             tr("User name:"),
                             tr("Password:"),
                             tr("Folders:"),
                             tr("Sync every:"),
                             tr("Pinned certificate (SHA-256):")};
    for (int i = 0; i < labels.size(); ++i) {
        if (auto* label =
                qobject_cast<QLabel*>(m_formLayout->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(i));
    }
    m_security->setItemText(0, tr("TLS (IMAPS)"));
    m_security->setItemText(1, tr("STARTTLS"));
    m_security->setItemText(2, tr("None (only for a local server)"));
    m_interval->setSuffix(tr(" min", "sync interval unit"));
    m_interval->setSpecialValueText(tr("only on demand"));
    m_password->setPlaceholderText(tr("unchanged (stored in the keychain)"));
    m_folders->setPlaceholderText(tr("INBOX, Abuse"));
    m_hint->setText(tr("The password is stored in the system keychain, never in MixDesk's files."));
}

} // namespace mixdesk
