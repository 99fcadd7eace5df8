#include "respond/RespondController.h"

#include "imap/SentFolderWriter.h"
#include "lookup/RdapClient.h"
#include "respond/AbuseContactLookup.h"
#include "respond/ResponseDispatcher.h"
#include "respond/SqlResponseStore.h"
#include "secrets/PasswordCommandSecret.h"
#include "secrets/SecretStore.h"
#include "smtp/SmtpSender.h"
#include "store/session/StoreSession.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace mixdesk {

struct RespondController::Sending
{
    ResponseDraft draft; // as saved
    ResponseDispatcher::Prepared prepared;
    SmtpAccount account;
    QString password;
    std::optional<ImapAccount> copyAccount; // where the Sent copy goes, when it can
    QString copyPassword;
    QString copyWarning; // why there is no Sent copy
};

namespace {

struct Transmitted
{
    Status sent;
    QString copyWarning;
};

} // namespace

RespondController::RespondController(Dependencies deps, QObject* parent)
    : QObject(parent), m_deps(std::move(deps))
{
    if (m_deps.templatesPath.isEmpty())
        m_deps.templatesPath = TemplateLibrary::defaultUserPath();
    if (m_deps.providersPath.isEmpty())
        m_deps.providersPath = ProviderDirectory::defaultUserPath();
    if (!m_deps.transport)
        m_deps.transport = [](const SmtpAccount& account, const QString& password) {
            return std::unique_ptr<MailTransport>(new SmtpSender(account, password));
        };
    RdapClient::Options rdap;
    if (!m_deps.rdapBootstrapBase.isEmpty())
        rdap.bootstrapBase = m_deps.rdapBootstrapBase;
    rdap.cachePath = m_deps.rdapCachePath;
    m_rdap = new RdapClient(new QNetworkAccessManager(this), rdap, this);
    m_abuseLookup = new AbuseContactLookup(m_rdap, this);
}

// The lookups first: their callbacks may name the client.
RespondController::~RespondController()
{
    delete m_abuseLookup;
    m_rdap->cancelAll();
}

SmtpAccount RespondController::smtpAccount() const
{
    auto account = SmtpAccountFile(m_deps.smtpPath).load();
    return account ? *account : SmtpAccount{};
}

ResponseComposer RespondController::composer() const
{
    const OperatorProfile profile = m_deps.profile ? m_deps.profile() : OperatorProfile{};
    const SmtpAccount account = smtpAccount();
    const QString address = account.from.isEmpty() ? profile.primaryAbuseAddress() : account.from;
    const QString name = account.fromName.isEmpty() ? profile.name : account.fromName;
    ProviderDirectory providers(m_deps.providersPath);
    providers.load();
    return ResponseComposer(profile, providers,
                            name.isEmpty() || address.isEmpty() ? address
                                                                : name + u" <"_s + address + u'>');
}

TemplateLibrary RespondController::templates() const
{
    TemplateLibrary library(m_deps.templatesPath);
    library.load();
    return library;
}

void RespondController::loadNotices(const QList<qint64>& ids)
{
    StoreSession* session = m_deps.session ? m_deps.session() : nullptr;
    if (!session || ids.isEmpty())
        return;
    session->run<QList<NoticeForResponse>>(
        this,
        [ids](StoreContext& c) -> Result<QList<NoticeForResponse>> {
            QList<NoticeForResponse> out;
            for (qint64 id : ids) {
                NoticeForResponse n;
                n.id = id;
                auto raw = c.roles.inbox.rawNotice(id);
                if (!raw)
                    return raw.error();
                auto analysis = c.roles.inbox.analysis(id);
                if (!analysis)
                    return analysis.error();
                n.raw = *raw;
                n.analysis = *analysis;
                out << n;
            }
            return out;
        },
        [this](Result<QList<NoticeForResponse>> notices) {
            if (!notices)
                emit errorOccurred(notices.error().message);
            else
                emit noticesLoaded(*notices);
        });
}

void RespondController::saveDraft(const ResponseDraft& draft)
{
    StoreSession* session = m_deps.session ? m_deps.session() : nullptr;
    if (!session)
        return;
    session->run<ResponseDraft>(
        this, [draft](StoreContext& c) { return SqlResponseStore(c.db).saveDraft(draft); },
        [this](Result<ResponseDraft> saved) {
            if (!saved)
                emit errorOccurred(saved.error().message);
            else
                emit draftSaved(*saved);
        });
}

void RespondController::loadOutbox()
{
    StoreSession* session = m_deps.session ? m_deps.session() : nullptr;
    if (!session)
        return;
    session->run<QList<ResponseDraft>>(
        this, [](StoreContext& c) { return SqlResponseStore(c.db).outbox(); },
        [this](Result<QList<ResponseDraft>> drafts) {
            if (!drafts)
                emit errorOccurred(drafts.error().message);
            else
                emit outboxLoaded(*drafts);
        });
}

void RespondController::discard(qint64 id)
{
    StoreSession* session = m_deps.session ? m_deps.session() : nullptr;
    if (!session)
        return;
    session->run<qint64>(
        this,
        [id](StoreContext& c) -> Result<qint64> {
            if (Status s = SqlResponseStore(c.db).discard(id); !s)
                return s.error();
            return id;
        },
        [this](Result<qint64> id) {
            if (!id)
                emit errorOccurred(id.error().message);
            else
                emit discarded(*id);
        });
}

void RespondController::send(const ResponseDraft& draft)
{
    StoreSession* session = m_deps.session ? m_deps.session() : nullptr;
    if (!session || m_sending)
        return;
    const SmtpAccount account = smtpAccount();
    m_sending = true;
    auto sending = std::make_shared<Sending>();
    sending->account = account;
    // 1. Save the draft (so nothing is lost whatever happens next) and generate the
    //    exact message from the stored notices.
    session->run<ResponseDispatcher::Prepared>(
        this,
        [draft](StoreContext& c) -> Result<ResponseDispatcher::Prepared> {
            SqlResponseStore responses(c.db);
            auto saved = responses.saveDraft(draft);
            if (!saved)
                return saved.error();
            ResponseDispatcher dispatcher(responses, c.roles.inbox, c.roles.journal);
            auto prepared = dispatcher.prepare(saved->id);
            if (!prepared) {
                return Error{prepared.error().message, int(saved->id)};
            }
            return prepared;
        },
        [this, sending, draft](Result<ResponseDispatcher::Prepared> prepared) {
            if (!prepared) {
                m_sending = false;
                ResponseDraft kept = draft;
                if (prepared.error().code > 0)
                    kept.id = prepared.error().code;
                emit sendFailed(kept, prepared.error().message);
                return;
            }
            sending->prepared = *prepared;
            sending->draft = prepared->draft;
            if (!sending->account.isConfigured()) {
                record(sending, makeSmtpError(SmtpError::Invalid,
                                              tr("No SMTP account is set up: set one in "
                                                 "Settings (or with mixdesk-cli smtp set).")));
                return;
            }
            // 2. The password, then the SMTP conversation off the GUI thread.
            withPassword(sending->account, [this, sending](Result<QString> password) {
                if (!password) {
                    record(sending,
                           makeSmtpError(SmtpError::Password,
                                         tr("No SMTP password: %1").arg(password.error().message)));
                    return;
                }
                sending->password = *password;
                prepareSentCopy(sending, [this, sending] { transmit(sending); });
            });
        });
}

void RespondController::withPassword(const SmtpAccount& account,
                                     std::function<void(Result<QString>)> done)
{
    if (account.user.isEmpty()) {
        done(QString());
        return;
    }
    withSecret(account.passwordCommand, smtpSecretKey(), std::move(done));
}

void RespondController::withSecret(const QString& command, const QString& key,
                                   std::function<void(Result<QString>)> done)
{
    if (!command.isEmpty()) {
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        auto* watcher = new QFutureWatcher<Result<QString>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
            done(watcher->future().result());
            watcher->deleteLater();
        });
        watcher->setFuture(promise->future());
        promise->start();
        m_network.start([promise, command] {
            promise->addResult(PasswordCommandSecret::run(command));
            promise->finish();
        });
        return;
    }
    if (!m_deps.secrets) {
        done(Error{tr("no keychain")});
        return;
    }
    m_deps.secrets->readPasswordAsync(key, this, std::move(done));
}

void RespondController::prepareSentCopy(std::shared_ptr<Sending> sending,
                                        std::function<void()> then)
{
    if (!sending->account.appendToSent) {
        then();
        return;
    }
    // A missing account or password costs the copy, never the send.
    const auto accounts = AccountRepository(m_deps.accountsPath).load();
    const Result<ImapAccount> account =
        accounts ? SentFolderWriter::accountFor(sending->account.sentAccount, *accounts)
                 : Result<ImapAccount>(accounts.error());
    if (!account) {
        sending->copyWarning = account.error().message;
        then();
        return;
    }
    withSecret(account->passwordCommand, imapSecretKey(account->name),
               [sending, account, then](Result<QString> password) {
                   if (!password) {
                       sending->copyWarning = tr("No IMAP password for '%1': %2")
                                                  .arg(account->name, password.error().message);
                   } else {
                       sending->copyAccount = *account;
                       sending->copyPassword = *password;
                   }
                   then();
               });
}

void RespondController::transmit(std::shared_ptr<Sending> sending)
{
    auto promise = std::make_shared<QPromise<Transmitted>>();
    auto* watcher = new QFutureWatcher<Transmitted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sending] {
        const Transmitted result = watcher->future().result();
        if (!result.copyWarning.isEmpty())
            sending->copyWarning = result.copyWarning;
        record(sending, result.sent);
        watcher->deleteLater();
    });
    watcher->setFuture(promise->future());
    promise->start();
    const TransportFactory factory = m_deps.transport;
    const GeneratedMessage message = sending->prepared.message;
    const SmtpAccount account = sending->account;
    const QString password = sending->password;
    const std::optional<ImapAccount> copyAccount = sending->copyAccount;
    const QString copyPassword = sending->copyPassword;
    m_network.start([promise, factory, message, account, password, copyAccount, copyPassword] {
        std::unique_ptr<MailTransport> transport = factory(account, password);
        Transmitted result;
        result.sent =
            transport->send(OutgoingMail{message.envelopeFrom, message.recipients, message.raw});
        if (result.sent && copyAccount) {
            // The exact bytes the server took.
            const Result<QString> copied = SentFolderWriter(*copyAccount, copyPassword)
                                               .append(message.raw, account.sentFolder);
            if (!copied)
                result.copyWarning = copied.error().message;
        }
        promise->addResult(result);
        promise->finish();
    });
}

void RespondController::record(std::shared_ptr<Sending> sending, const Status& status)
{
    StoreSession* session = m_deps.session ? m_deps.session() : nullptr;
    if (!session) {
        m_sending = false;
        emit sendFailed(sending->draft,
                        status.ok() ? tr("The database was closed.") : status.error().message);
        return;
    }
    // 3. Record what happened: sent (status, journal) or the error on the draft.
    session->run<ResponseDraft>(
        this,
        [sending, status](StoreContext& c) -> Result<ResponseDraft> {
            SqlResponseStore responses(c.db);
            ResponseDispatcher dispatcher(responses, c.roles.inbox, c.roles.journal);
            if (!status)
                return dispatcher.recordFailure(sending->draft.id, status.error());
            Result<ResponseDraft> sent = dispatcher.recordSent(sending->prepared);
            if (sent && !sending->copyWarning.isEmpty())
                dispatcher.recordSentCopyFailure(*sent, sending->copyWarning);
            return sent;
        },
        [this, sending, status](Result<ResponseDraft> result) {
            m_sending = false;
            if (!result) {
                ResponseDraft kept = sending->draft;
                kept.lastError = result.error().message;
                emit sendFailed(kept, result.error().message);
                return;
            }
            emit sent(*result);
            if (!sending->copyWarning.isEmpty())
                emit sentCopyFailed(*result, sending->copyWarning);
        });
}

} // namespace mixdesk
