#include "main/SyncController.h"

#include "accounts/AccountRepository.h"
#include "imap/SyncJob.h"
#include "imap/SyncScheduler.h"
#include "secrets/QtKeychainSecretStore.h"
#include "store/Database.h"
#include "store/notices/NoticeRoles.h"

namespace mixdesk {

SyncController::SyncController(ProfileGetter profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)),
      m_secrets(std::make_unique<QtKeychainSecretStore>())
{
    m_scheduler = new SyncScheduler([this](QObject* p) { return makeJob(p); }, this);
    connect(m_scheduler, &SyncScheduler::jobStarted, this, [this](SyncJob* job) {
        m_job = job;
        connect(job, &SyncJob::progress, this, &SyncController::progress);
        emit started();
    });
    connect(m_scheduler, &SyncScheduler::jobFinished, this, [this](const SyncOutcome& outcome) {
        m_job = nullptr;
        emit finished(outcome);
    });
    reloadAccounts();
}

SyncController::~SyncController() = default;

void SyncController::setSecretStore(std::unique_ptr<SecretStore> secrets)
{
    m_secrets = std::move(secrets);
}

bool SyncController::isSyncing() const
{
    return m_scheduler->isSyncing();
}

void SyncController::reloadAccounts()
{
    const auto accounts = AccountRepository().load();
    int minutes = 0;
    m_hasAccounts = accounts && !accounts->isEmpty();
    if (accounts) {
        for (const ImapAccount& account : *accounts) {
            if (account.syncIntervalMinutes > 0 &&
                (minutes == 0 || account.syncIntervalMinutes < minutes))
                minutes = account.syncIntervalMinutes;
        }
    }
    m_scheduler->setIntervalMinutes(m_dbPath.isEmpty() ? 0 : minutes);
}

bool SyncController::syncNow()
{
    reloadAccounts();
    if (m_dbPath.isEmpty() || !m_hasAccounts)
        return false;
    return m_scheduler->syncNow();
}

void SyncController::cancel()
{
    if (m_job)
        m_job->cancel();
}

SyncJob* SyncController::makeJob(QObject* parent)
{
    const auto accounts = AccountRepository().load();
    const QString path = m_dbPath;
    return new SyncJob(
        accounts ? *accounts : QList<ImapAccount>{},
        [path]() -> Result<std::unique_ptr<NoticeRolesHolder>> {
            auto db = Database::open(StoreLocation::sqliteFile(path));
            if (!db)
                return db.error();
            return std::unique_ptr<NoticeRolesHolder>(
                std::make_unique<SqlNoticeRoles>(std::move(*db)));
        },
        m_profile(), m_secrets.get(), parent);
}

} // namespace mixdesk
