#pragma once

#include "profile/OperatorProfile.h"
#include "store/Database.h"

#include <optional>

#include <QObject>

#include <functional>
#include <memory>

namespace mixdesk {

class SecretStore;
class SyncJob;
class SyncScheduler;
struct SyncOutcome;

// Runs IMAP syncs for the GUI: "Sync now" and the periodic sync of the accounts
// in AccountRepository, into the open desk, off the GUI thread.
class SyncController : public QObject
{
    Q_OBJECT
public:
    using ProfileGetter = std::function<OperatorProfile()>;

    SyncController(ProfileGetter profile, QObject* parent = nullptr);
    ~SyncController() override;

    // The desk to sync into; none (the demo, no desk open): no syncs.
    void setDatabase(std::optional<StoreLocation> location, Database::Options options = {});
    // Test seam: the keychain (default: QtKeychain, service "mixdesk").
    void setSecretStore(std::unique_ptr<SecretStore> secrets);
    SecretStore* secretStore() const { return m_secrets.get(); }

    bool hasAccounts() const { return m_hasAccounts; }
    bool isSyncing() const;
    // Re-reads the accounts (interval: the shortest configured one).
    void reloadAccounts();

public slots:
    bool syncNow();
    void cancel();

signals:
    void started();
    void progress(const QString& folder, int done, int total);
    void finished(const mixdesk::SyncOutcome& outcome);

private:
    SyncJob* makeJob(QObject* parent);

    ProfileGetter m_profile;
    std::optional<StoreLocation> m_location;
    Database::Options m_options;
    std::unique_ptr<SecretStore> m_secrets;
    SyncScheduler* m_scheduler = nullptr;
    SyncJob* m_job = nullptr;
    bool m_hasAccounts = false;
};

} // namespace mixdesk
