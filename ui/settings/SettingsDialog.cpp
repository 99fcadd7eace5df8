#include "settings/SettingsDialog.h"

#include "accounts/AccountRepository.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include "settings/AccountsEditor.h"
#include "settings/DatabasePage.h"
#include "settings/DeskLocationSetting.h"
#include "settings/ProfileEditor.h"
#include "util/Logging.h"
#include <algorithm>

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

SettingsDialog::SettingsDialog(const QString& profilePath, QWidget* parent, SecretStore* secrets,
                               const QString& accountsPath)
    : QDialog(parent), m_profilePath(profilePath), m_secrets(secrets),
      m_accountsPath(accountsPath.isEmpty() ? AccountRepository::defaultPath() : accountsPath)
{
    setObjectName(u"settingsDialog"_s);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_profileEditor = new ProfileEditor;
    m_tabs->addTab(m_profileEditor, QString());
    m_accountsEditor = new AccountsEditor;
    m_tabs->addTab(m_accountsEditor, QString());
    m_databasePage = new DatabasePage;
    m_databasePage->setLocation(savedDeskLocation());
    m_tabs->addTab(m_databasePage, QString());

    m_error = new QLabel;
    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #9a1f1f;"_s);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"settingsButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(900, 560);

    const auto loaded = ProfileStore::load(m_profilePath);
    if (loaded) {
        m_profileEditor->setProfile(*loaded);
    } else {
        m_error->setText(tr("The profile could not be read: %1").arg(loaded.error().message));
        m_error->show();
    }
    const auto accounts = AccountRepository(m_accountsPath).load();
    if (accounts)
        m_accountsEditor->setAccounts(*accounts);
    retranslateUi();
}

bool SettingsDialog::save()
{
    const QStringList errors = m_profileEditor->validationErrors();
    if (!errors.isEmpty()) {
        m_tabs->setCurrentWidget(m_profileEditor);
        m_error->setText(tr("Please correct the exit addresses before saving."));
        m_error->show();
        return false;
    }
    const QStringList accountErrors = m_accountsEditor->validationErrors();
    if (!accountErrors.isEmpty()) {
        m_tabs->setCurrentWidget(m_accountsEditor);
        m_error->setText(accountErrors.join(u'\n'));
        m_error->show();
        return false;
    }
    const QString databaseError = m_databasePage->validationError();
    if (!databaseError.isEmpty()) {
        m_tabs->setCurrentWidget(m_databasePage);
        m_error->setText(databaseError);
        m_error->show();
        return false;
    }
    const Status saved = ProfileStore::save(m_profileEditor->profile(), m_profilePath);
    if (!saved) {
        m_error->setText(tr("The profile could not be saved: %1").arg(saved.error().message));
        m_error->show();
        return false;
    }
    const AccountRepository repository(m_accountsPath);
    const auto loaded = repository.load();
    const QList<ImapAccount> before = loaded ? *loaded : QList<ImapAccount>{};
    const QList<ImapAccount> after = m_accountsEditor->accounts();
    const Status accountsSaved = repository.save(after);
    if (!accountsSaved) {
        m_error->setText(
            tr("The accounts could not be saved: %1").arg(accountsSaved.error().message));
        m_error->show();
        return false;
    }
    if (m_secrets) {
        // The writes finish after the dialog is gone: their context is the main window.
        QObject* context = parent() ? parent() : static_cast<QObject*>(this);
        // A removed account's password must not linger in the keychain.
        for (const ImapAccount& gone : before) {
            const bool kept = std::any_of(after.begin(), after.end(), [&](const ImapAccount& a) {
                return a.name == gone.name;
            });
            if (kept || !gone.passwordCommand.isEmpty())
                continue;
            const QString account = gone.name;
            m_secrets->deletePasswordAsync(
                imapSecretKey(account), context, [account](Status status) {
                    if (!status && secretError(status.error()) != SecretError::NotFound)
                        qCWarning(lcUi) << "password for removed account" << account
                                        << "not deleted:" << status.error().message;
                });
        }
        const auto passwords = m_accountsEditor->newPasswords();
        for (auto it = passwords.begin(); it != passwords.end(); ++it) {
            const QString account = it.key();
            m_secrets->writePasswordAsync(
                imapSecretKey(account), it.value(), context, [account](Status status) {
                    if (!status)
                        qCWarning(lcUi)
                            << "password for" << account << "not stored:" << status.error().message;
                });
        }
    }
    m_error->hide();
    emit profileSaved();
    const QString location = m_databasePage->location();
    if (location != savedDeskLocation()) {
        saveDeskLocation(location);
        emit deskLocationChanged(location);
    }
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_profileEditor), tr("Operator profile"));
    m_tabs->setTabText(m_tabs->indexOf(m_accountsEditor), tr("IMAP accounts"));
    m_tabs->setTabText(m_tabs->indexOf(m_databasePage), tr("Database"));
}

} // namespace mixdesk
