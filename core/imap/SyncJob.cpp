#include "imap/SyncJob.h"

#include "analysis/NoticeAnalyzer.h"
#include "imap/ImapSession.h"
#include "secrets/PasswordCommandSecret.h"
#include "secrets/SecretStore.h"
#include "store/notices/NoticeRoles.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace mixdesk {

int SyncOutcome::totalNew() const
{
    int total = 0;
    for (const SyncSummary& summary : summaries)
        total += summary.totalNew();
    return total;
}

SyncJob::SyncJob(QList<ImapAccount> accounts, StoreFactory storeFactory, OperatorProfile profile,
                 SecretStore* secrets, QObject* parent)
    : QObject(parent), m_accounts(std::move(accounts)), m_storeFactory(std::move(storeFactory)),
      m_profile(std::move(profile)), m_secrets(secrets)
{
    qRegisterMetaType<mixdesk::SyncOutcome>();
    m_clientFactory = [](const ImapAccount& account, const QString& password) {
        return std::unique_ptr<MailboxClient>(new ImapSession(account, password));
    };
}

SyncJob::~SyncJob()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SyncJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_passwords.clear();
    m_passwordErrors.clear();
    m_nextPassword = 0;
    readNextPassword();
}

void SyncJob::cancel()
{
    m_cancel = true;
}

// Keychain reads one after the other through the async API: the GUI thread never waits.
void SyncJob::readNextPassword()
{
    while (m_nextPassword < m_accounts.size() &&
           !m_accounts[m_nextPassword].passwordCommand.isEmpty())
        ++m_nextPassword;
    if (m_nextPassword >= m_accounts.size() || !m_secrets) {
        startWorker();
        return;
    }
    const QString name = m_accounts[m_nextPassword].name;
    ++m_nextPassword;
    m_secrets->readPasswordAsync(imapSecretKey(name), this, [this, name](Result<QString> result) {
        if (result)
            m_passwords.insert(name, *result);
        else
            m_passwordErrors << AccountSyncError{
                name,
                ImapError::Password,
                tr("No password for account '%1': %2").arg(name, result.error().message),
                {}};
        // Continue from the event loop: the fake store answers synchronously.
        QMetaObject::invokeMethod(this, &SyncJob::readNextPassword, Qt::QueuedConnection);
    });
}

void SyncJob::startWorker()
{
    QPointer<SyncJob> self(this);
    m_thread = QThread::create([this, self] {
        SyncOutcome outcome = work();
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_running = false;
                if (m_thread) {
                    m_thread->wait();
                    delete m_thread;
                    m_thread = nullptr;
                }
                Q_EMIT finished(outcome);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

SyncOutcome SyncJob::work()
{
    SyncOutcome outcome;
    outcome.errors = m_passwordErrors;
    auto store = m_storeFactory();
    if (!store) {
        for (const ImapAccount& account : m_accounts)
            outcome.errors << AccountSyncError{
                account.name, ImapError::Store, store.error().message, {}};
        return outcome;
    }
    const NoticeAnalyzer analyzer(m_profile);
    SyncOptions options = m_options;
    options.cancel = &m_cancel;
    for (const ImapAccount& account : m_accounts) {
        if (m_cancel) {
            outcome.cancelled = true;
            break;
        }
        QString password;
        if (!account.passwordCommand.isEmpty()) {
            auto fromCommand = PasswordCommandSecret::run(account.passwordCommand);
            if (!fromCommand) {
                outcome.errors << AccountSyncError{
                    account.name, ImapError::Password, fromCommand.error().message, {}};
                continue;
            }
            password = *fromCommand;
        } else if (m_passwords.contains(account.name)) {
            password = m_passwords.value(account.name);
        } else {
            continue; // its keychain error is in outcome.errors already
        }
        options.progress = [this, name = account.name](const QString& folder, int done, int total) {
            Q_EMIT progress(name + u'/' + folder, done, total);
        };
        // The second phase: analysing and filing what the fetch spooled.
        options.analysisProgress = [this, name = account.name](int done, int total) {
            Q_EMIT progress(
                QCoreApplication::translate("SyncJob", "%1: analysing notices").arg(name), done,
                total);
        };
        ImapSync sync(
            account, [this, account, password] { return m_clientFactory(account, password); },
            (*store)->roles(), analyzer);
        auto result = sync.run(options);
        if (result) {
            outcome.summaries << *result;
        } else if (imapError(result.error()) == ImapError::Cancelled) {
            outcome.cancelled = true;
            break;
        } else {
            outcome.errors << AccountSyncError{account.name, imapError(result.error()),
                                               result.error().message,
                                               sync.certificateFingerprint()};
        }
    }
    return outcome;
}

} // namespace mixdesk
