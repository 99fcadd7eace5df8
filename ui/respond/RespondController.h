#pragma once

#include "accounts/AccountRepository.h"
#include "profile/OperatorProfile.h"
#include "respond/ResponseComposer.h"
#include "respond/ResponseDraft.h"
#include "smtp/MailTransport.h"
#include "smtp/SmtpAccount.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <memory>

namespace mixdesk {

class AbuseContactLookup;
class RdapClient;
class SecretStore;
class StoreSession;

// The response workflow for the GUI: reads the notices to answer, saves drafts,
// sends over SMTP and records the outcome. The database work runs on the store
// session's worker, the SMTP conversation on a pool thread; results come back by
// queued calls, so the GUI thread never waits for either.
class RespondController : public QObject
{
    Q_OBJECT
public:
    using TransportFactory =
        std::function<std::unique_ptr<MailTransport>(const SmtpAccount&, const QString& password)>;

    struct Dependencies
    {
        std::function<StoreSession*()> session;
        std::function<OperatorProfile()> profile;
        SecretStore* secrets = nullptr; // the SMTP password, unless a command prints it
        QString smtpPath = SmtpAccountFile::defaultPath();
        QString accountsPath = AccountRepository::defaultPath(); // the IMAP account of Sent copies
        QString templatesPath;      // default: TemplateLibrary::defaultUserPath()
        QString providersPath;      // default: ProviderDirectory::defaultUserPath()
        TransportFactory transport; // default: SmtpSender
        QUrl rdapBootstrapBase;     // empty: IANA's
        QString rdapCachePath;      // empty: memory only
    };

    explicit RespondController(Dependencies deps, QObject* parent = nullptr);
    ~RespondController() override;

    // The composer and templates as configured now (profile, SMTP sender, tables).
    ResponseComposer composer() const;
    TemplateLibrary templates() const;
    SmtpAccount smtpAccount() const;
    const QString& smtpPath() const { return m_deps.smtpPath; }
    const QString& templatesPath() const { return m_deps.templatesPath; }
    SecretStore* secrets() const { return m_deps.secrets; }
    const QString& accountsPath() const { return m_deps.accountsPath; }
    // Finds providers' abuse contacts through RDAP for the compose window.
    AbuseContactLookup* abuseLookup() const { return m_abuseLookup; }

    void loadNotices(const QList<qint64>& ids);
    void saveDraft(const ResponseDraft& draft);
    void send(const ResponseDraft& draft);
    void loadOutbox();
    void discard(qint64 id);
    bool isSending() const { return m_sending; }

signals:
    void noticesLoaded(const QList<mixdesk::NoticeForResponse>& notices);
    void draftSaved(const mixdesk::ResponseDraft& draft);
    void sent(const mixdesk::ResponseDraft& draft);
    // After sent(): the copy for the IMAP Sent folder could not be stored (journalled).
    void sentCopyFailed(const mixdesk::ResponseDraft& draft, const QString& message);
    // Not sent: the draft (saved in the outbox when it got that far) and why.
    void sendFailed(const mixdesk::ResponseDraft& draft, const QString& message);
    void outboxLoaded(const QList<mixdesk::ResponseDraft>& drafts);
    void discarded(qint64 id);
    void errorOccurred(const QString& message);

private:
    struct Sending;
    void withPassword(const SmtpAccount& account, std::function<void(Result<QString>)> done);
    void withSecret(const QString& command, const QString& key,
                    std::function<void(Result<QString>)> done);
    void prepareSentCopy(std::shared_ptr<Sending> sending, std::function<void()> then);
    void transmit(std::shared_ptr<Sending> sending);
    void record(std::shared_ptr<Sending> sending, const Status& status);

    Dependencies m_deps;
    bool m_sending = false;
    // Password commands and SMTP sends block a thread for seconds: never Qt's global
    // pool, which the GUI thread's painting waits on.
    QThreadPool m_network;
    RdapClient* m_rdap = nullptr;
    AbuseContactLookup* m_abuseLookup = nullptr;
};

} // namespace mixdesk
