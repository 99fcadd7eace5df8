#include "imap/ImapSession.h"

#include "imap/CertificateTrust.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPParser.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>
#include <vmime/security/sasl/defaultSASLAuthenticator.hpp>
#include <vmime/vmime.hpp>

#include <mutex>

namespace mixdesk {

using vmime::net::imap::IMAPCommand;
using vmime::net::imap::IMAPConnection;
using vmime::net::imap::IMAPParser;

namespace {

// vmime 0.9.2 parses INTERNALDATE but offers no accessor for it. An explicit
// instantiation may name a private member, which lets us read the parsed value
// without parsing the response a second time.
using ParsedDateTime = IMAPParser::date_time;
using DateTimeMember = vmime::datetime ParsedDateTime::*;
DateTimeMember internalDateMember();
template <DateTimeMember M>
struct InternalDateAccess
{
    friend DateTimeMember internalDateMember() { return M; }
};
template struct InternalDateAccess<&ParsedDateTime::m_datetime>;

QString tr(const char* text)
{
    return QCoreApplication::translate("ImapSession", text);
}

Error imapFailure(ImapError kind, const QString& message)
{
    return Error{message, int(kind)};
}

QDateTime toQDateTime(const vmime::datetime& dt)
{
    const QDateTime local(QDate(dt.getYear(), dt.getMonth(), dt.getDay()),
                          QTime(dt.getHour(), dt.getMinute(), dt.getSecond()), Qt::OffsetFromUTC,
                          dt.getZone() * 60);
    return local.toUTC();
}

class TimeoutHandler : public vmime::net::timeoutHandler
{
public:
    explicit TimeoutHandler(int seconds) : m_limitMs(qint64(seconds) * 1000) { m_timer.start(); }
    bool isTimeOut() override { return m_timer.elapsed() > m_limitMs; }
    void resetTimeOut() override { m_timer.restart(); }
    bool handleTimeOut() override { return false; } // give up: the caller reconnects

private:
    QElapsedTimer m_timer;
    qint64 m_limitMs;
};

class TimeoutHandlerFactory : public vmime::net::timeoutHandlerFactory
{
public:
    explicit TimeoutHandlerFactory(int seconds) : m_seconds(seconds) {}
    vmime::shared_ptr<vmime::net::timeoutHandler> create() override
    {
        return vmime::make_shared<TimeoutHandler>(m_seconds);
    }

private:
    int m_seconds;
};

// The system CAs, loaded once: vmime imports one certificate per call.
const std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>>& systemCas()
{
    static const auto cas = [] {
        std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> list;
        QFile file(systemCaBundlePath());
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcImap) << "cannot read the system CA bundle" << file.fileName();
            return list;
        }
        for (const QByteArray& pem : splitPemBundle(file.readAll())) {
            try {
                auto cert = vmime::security::cert::X509Certificate::import(
                    reinterpret_cast<const vmime::byte_t*>(pem.constData()), size_t(pem.size()));
                if (cert)
                    list.push_back(cert);
            } catch (const vmime::exception&) {
                // A certificate vmime cannot read cannot anchor anything either.
            }
        }
        return list;
    }();
    return cas;
}

// System CAs plus an optional SHA-256 pin. Remembers the server certificate's
// fingerprint so an "untrusted certificate" error can tell the user what to pin.
class PinningVerifier : public vmime::security::cert::certificateVerifier
{
public:
    explicit PinningVerifier(QString pin) : m_pin(std::move(pin))
    {
        m_default = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
        m_default->setX509RootCAs(systemCas());
    }

    void verify(vmime::shared_ptr<vmime::security::cert::certificateChain> chain,
                const vmime::string& hostname) override
    {
        if (chain && chain->getCount() > 0) {
            const vmime::byteArray der = chain->getAt(0)->getEncoded();
            fingerprint = certificateSha256(
                QByteArray(reinterpret_cast<const char*>(der.data()), qsizetype(der.size())));
            if (!m_pin.isEmpty() && fingerprint == m_pin)
                return;
        }
        try {
            m_default->verify(chain, hostname);
        } catch (const vmime::exception& e) {
            rejected = true;
            reason = QString::fromStdString(e.what());
            throw;
        }
    }

    QString fingerprint;
    QString reason;
    bool rejected = false;

private:
    QString m_pin;
    vmime::shared_ptr<vmime::security::cert::defaultCertificateVerifier> m_default;
};

std::string mailboxName(const QString& folder)
{
    bool ascii = true;
    for (QChar c : folder)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return vmime::net::imap::IMAPUtils::quoteString(folder.toStdString());
    const vmime::net::folder::path::component component(folder.toStdString(),
                                                        vmime::charsets::UTF_8);
    return vmime::net::imap::IMAPUtils::quoteString(
        vmime::net::imap::IMAPUtils::toModifiedUTF7('/', component));
}

QString whatOf(const std::exception& e)
{
    return QString::fromStdString(e.what());
}

} // namespace

struct ImapSession::Private
{
    ImapAccount account;
    QString password;
    int timeoutSeconds = 60;
    vmime::shared_ptr<vmime::net::session> session;
    vmime::shared_ptr<vmime::net::store> store;
    vmime::shared_ptr<PinningVerifier> verifier;
    QString selected;

    vmime::shared_ptr<IMAPConnection> connection()
    {
        auto imapStore = vmime::dynamicCast<vmime::net::imap::IMAPStore>(store);
        return imapStore ? imapStore->getConnection() : nullptr;
    }

    // Sends one command and reads the whole response (untagged data and the tagged
    // status). Returns null and sets `error` when the command failed.
    std::unique_ptr<IMAPParser::response> command(const std::string& text, Error& error,
                                                  ImapError noKind = ImapError::ServerError)
    {
        auto conn = connection();
        if (!conn || !conn->isConnected()) {
            error = imapFailure(ImapError::ConnectionLost, tr("Not connected to the server"));
            return nullptr;
        }
        try {
            conn->sendCommand(IMAPCommand::createCommand(text));
            std::unique_ptr<IMAPParser::response> resp(conn->readResponse());
            const IMAPParser::response_done* done = resp ? resp->response_done() : nullptr;
            if (!done || done->response_fatal() || !done->response_tagged()) {
                error = imapFailure(ImapError::ConnectionLost,
                                    tr("The server closed the connection"));
                return nullptr;
            }
            const IMAPParser::resp_cond_state* state = done->response_tagged()->resp_cond_state();
            if (state->status() != IMAPParser::resp_cond_state::OK) {
                const QString text = state->resp_text()
                                         ? QString::fromStdString(state->resp_text()->text())
                                         : QString();
                error = imapFailure(noKind, tr("The server refused the command: %1").arg(text));
                return nullptr;
            }
            return resp;
        } catch (const vmime::exceptions::command_error& e) {
            error = imapFailure(noKind, tr("The server refused the command: %1").arg(whatOf(e)));
        } catch (const vmime::exceptions::socket_exception& e) {
            error = imapFailure(ImapError::ConnectionLost,
                                tr("Connection to the server lost: %1").arg(whatOf(e)));
        } catch (const vmime::exceptions::not_connected& e) {
            error = imapFailure(ImapError::ConnectionLost,
                                tr("Connection to the server lost: %1").arg(whatOf(e)));
        } catch (const vmime::exceptions::operation_timed_out& e) {
            error = imapFailure(ImapError::ConnectionLost,
                                tr("The server did not answer in time: %1").arg(whatOf(e)));
        } catch (const vmime::exception& e) {
            // Parse errors and the like: the connection state is unknown, so start over.
            error = imapFailure(ImapError::ConnectionLost, tr("IMAP error: %1").arg(whatOf(e)));
        } catch (const std::exception& e) {
            error = imapFailure(ImapError::Other, tr("IMAP error: %1").arg(whatOf(e)));
        }
        return nullptr;
    }
};

ImapSession::ImapSession(ImapAccount account, QString password, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    static std::once_flag platformOnce;
    std::call_once(platformOnce,
                   [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
    d->account = std::move(account);
    d->password = std::move(password);
    d->timeoutSeconds = timeoutSeconds;
}

ImapSession::~ImapSession()
{
    disconnect();
}

Status ImapSession::connect()
{
    const ImapAccount& a = d->account;
    if (Status valid = a.validate(); !valid)
        return imapFailure(ImapError::Other, valid.error().message);
    const bool imaps = a.security == ImapSecurity::Imaps;
    const std::string protocol = imaps ? "imaps" : "imap";
    const std::string prefix = "store." + protocol + ".";
    try {
        d->session = vmime::net::session::create();
        vmime::propertySet& props = d->session->getProperties();
        props[prefix + "server.address"] = a.host.toStdString();
        props[prefix + "server.port"] = a.port;
        props[prefix + "auth.username"] = a.user.toStdString();
        props[prefix + "auth.password"] = d->password.toStdString();
        props[prefix + "options.sasl"] = true;
        props[prefix + "options.sasl.fallback"] = true;
        if (a.security == ImapSecurity::StartTls) {
            props[prefix + "connection.tls"] = true;
            props[prefix + "connection.tls.required"] = true;
        }
        d->store = d->session->getStore(
            vmime::utility::url(protocol, a.host.toStdString(), a.port),
            vmime::make_shared<vmime::security::sasl::defaultSASLAuthenticator>());
        d->verifier = vmime::make_shared<PinningVerifier>(
            normalizeFingerprint(a.trustedFingerprintSha256));
        d->store->setCertificateVerifier(d->verifier);
        d->store->setTimeoutHandlerFactory(
            vmime::make_shared<TimeoutHandlerFactory>(d->timeoutSeconds));
        d->store->connect();
        return {};
    } catch (const std::exception& e) {
        const QString detail = whatOf(e);
        d->store.reset();
        d->session.reset();
        if (d->verifier && d->verifier->rejected)
            return imapFailure(
                ImapError::UntrustedCertificate,
                tr("Untrusted certificate for %1 (%2); its SHA-256 fingerprint is %3")
                    .arg(a.host, d->verifier->reason, d->verifier->fingerprint));
        if (dynamic_cast<const vmime::exceptions::authentication_error*>(&e))
            return imapFailure(ImapError::AuthenticationFailed,
                               tr("Login to %1 as %2 failed: wrong user name or password")
                                   .arg(a.host, a.user));
        if (dynamic_cast<const vmime::exceptions::socket_exception*>(&e) ||
            dynamic_cast<const vmime::exceptions::operation_timed_out*>(&e))
            return imapFailure(ImapError::ConnectionFailed,
                               tr("Cannot connect to %1 port %2: %3")
                                   .arg(a.host)
                                   .arg(a.port)
                                   .arg(detail));
        return imapFailure(ImapError::ConnectionFailed,
                           tr("Cannot connect to %1 port %2: %3").arg(a.host).arg(a.port).arg(detail));
    }
}

void ImapSession::disconnect()
{
    if (d->store) {
        try {
            if (d->store->isConnected())
                d->store->disconnect();
        } catch (const std::exception& e) {
            qCDebug(lcImap) << "disconnect:" << e.what();
        }
    }
    d->store.reset();
    d->session.reset();
    d->selected.clear();
}

Result<RemoteFolder> ImapSession::select(const QString& folder)
{
    Error error;
    auto resp = d->command("SELECT " + mailboxName(folder), error, ImapError::FolderNotFound);
    if (!resp) {
        if (imapError(error) == ImapError::FolderNotFound)
            error.message = tr("Cannot open folder '%1': %2").arg(folder, error.message);
        return error;
    }
    RemoteFolder result;
    for (const auto* item : resp->continue_req_or_response_data()) {
        const IMAPParser::response_data* data = item->response_data();
        if (!data)
            continue;
        if (const auto* state = data->resp_cond_state()) {
            const auto* text = state->resp_text();
            const auto* code = text ? text->resp_text_code() : nullptr;
            if (code && code->type() == IMAPParser::resp_text_code::UIDVALIDITY &&
                code->nz_number())
                result.uidValidity = quint32(code->nz_number()->value());
        }
        if (const auto* mailbox = data->mailbox_data()) {
            if (mailbox->type() == IMAPParser::mailbox_data::EXISTS && mailbox->number())
                result.exists = quint32(mailbox->number()->value());
        }
    }
    d->selected = folder;
    return result;
}

Result<QList<RemoteMessageInfo>> ImapSession::listFrom(quint32 firstUid)
{
    Error error;
    auto resp = d->command("UID FETCH " + std::to_string(std::max<quint32>(firstUid, 1)) +
                               ":* (UID RFC822.SIZE)",
                           error);
    if (!resp)
        return error;
    QList<RemoteMessageInfo> list;
    for (const auto* item : resp->continue_req_or_response_data()) {
        const auto* data = item->response_data();
        const auto* message = data ? data->message_data() : nullptr;
        if (!message || message->type() != IMAPParser::message_data::FETCH || !message->msg_att())
            continue;
        RemoteMessageInfo info;
        for (const auto* att : message->msg_att()->items()) {
            if (att->type() == IMAPParser::msg_att_item::UID && att->unique_id())
                info.uid = quint32(att->unique_id()->value());
            else if (att->type() == IMAPParser::msg_att_item::RFC822_SIZE && att->number())
                info.size = att->number()->value();
        }
        // "n:*" always includes the last message, even when its UID is below n.
        if (info.uid >= firstUid && info.uid > 0)
            list << info;
    }
    std::sort(list.begin(), list.end(),
              [](const RemoteMessageInfo& a, const RemoteMessageInfo& b) { return a.uid < b.uid; });
    return list;
}

Result<QList<RemoteMessage>> ImapSession::fetch(const QList<quint32>& uids)
{
    if (uids.isEmpty())
        return QList<RemoteMessage>{};
    Error error;
    auto resp = d->command("UID FETCH " + uidSetString(uids).toStdString() +
                               " (UID INTERNALDATE BODY.PEEK[])",
                           error);
    if (!resp)
        return error;
    QList<RemoteMessage> messages;
    messages.reserve(uids.size());
    for (const auto* item : resp->continue_req_or_response_data()) {
        const auto* data = item->response_data();
        const auto* message = data ? data->message_data() : nullptr;
        if (!message || message->type() != IMAPParser::message_data::FETCH || !message->msg_att())
            continue;
        RemoteMessage m;
        bool hasBody = false;
        for (const auto* att : message->msg_att()->items()) {
            switch (att->type()) {
            case IMAPParser::msg_att_item::UID:
                if (att->unique_id())
                    m.uid = quint32(att->unique_id()->value());
                break;
            case IMAPParser::msg_att_item::INTERNALDATE:
                if (att->date_time())
                    m.internalDate = toQDateTime(att->date_time()->*internalDateMember());
                break;
            case IMAPParser::msg_att_item::BODY_SECTION:
                if (att->nstring()) {
                    const std::string& raw = att->nstring()->value();
                    m.raw = QByteArray(raw.data(), qsizetype(raw.size()));
                    hasBody = true;
                }
                break;
            default:
                break;
            }
        }
        if (m.uid > 0 && hasBody)
            messages << std::move(m);
    }
    std::sort(messages.begin(), messages.end(),
              [](const RemoteMessage& a, const RemoteMessage& b) { return a.uid < b.uid; });
    return messages;
}

Status ImapSession::markSeen(const QList<quint32>& uids)
{
    if (uids.isEmpty())
        return {};
    Error error;
    if (!d->command("UID STORE " + uidSetString(uids).toStdString() + " +FLAGS.SILENT (\\Seen)",
                    error))
        return error;
    return {};
}

Status ImapSession::move(const QList<quint32>& uids, const QString& targetFolder)
{
    if (uids.isEmpty())
        return {};
    const std::string set = uidSetString(uids).toStdString();
    const std::string target = mailboxName(targetFolder);
    Error error;
    auto conn = d->connection();
    if (conn && conn->hasCapability("MOVE")) {
        if (!d->command("UID MOVE " + set + " " + target, error))
            return error;
        return {};
    }
    if (!d->command("UID COPY " + set + " " + target, error))
        return error;
    if (!d->command("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)", error))
        return error;
    const bool uidPlus = conn && conn->hasCapability("UIDPLUS");
    if (!d->command(uidPlus ? "UID EXPUNGE " + set : std::string("EXPUNGE"), error))
        return error;
    return {};
}

QString ImapSession::certificateFingerprint() const
{
    return d->verifier && d->verifier->rejected ? d->verifier->fingerprint : QString();
}

} // namespace mixdesk
