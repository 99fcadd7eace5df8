#include "imap/ImapSession.h"

#include "imap/CertificateTrust.h"
#include "imap/ImapResponse.h"
#include "imap/VmimeGuards.h"
#include "mail/VmimePlatform.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <optional>

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/security/sasl/defaultSASLAuthenticator.hpp>
#include <vmime/vmime.hpp>

namespace mixdesk {

using vmime::net::imap::IMAPConnection;

namespace {

Error imapFailure(ImapError kind, const QString& message)
{
    return Error{message, int(kind)};
}

QByteArray mailboxName(const QString& folder)
{
    bool ascii = true;
    for (QChar c : folder)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    std::string name;
    if (ascii) {
        name = vmime::net::imap::IMAPUtils::quoteString(folder.toStdString());
    } else {
        const vmime::net::folder::path::component component(folder.toStdString(),
                                                            vmime::charsets::UTF_8);
        name = vmime::net::imap::IMAPUtils::quoteString(
            vmime::net::imap::IMAPUtils::toModifiedUTF7('/', component));
    }
    return QByteArray::fromStdString(name);
}

QString whatOf(const std::exception& e)
{
    return QString::fromStdString(e.what());
}

// One LIST response (LIST (\HasNoChildren \Sent) "." "Sent"), literals replaced
// by "{#index}" as Private::command leaves them. Nothing when it is not one.
std::optional<RemoteMailbox> parseList(const QByteArray& text, const QList<QByteArray>& literals)
{
    if (!text.startsWith("LIST ("))
        return std::nullopt;
    const qsizetype close = text.indexOf(')');
    if (close < 0)
        return std::nullopt;
    RemoteMailbox box;
    for (const QByteArray& a : text.mid(6, close - 6).split(' '))
        if (!a.isEmpty())
            box.attributes << QString::fromLatin1(a);
    qsizetype pos = close + 1;
    // Reads a quoted string, a "{#n}" literal, NIL or an atom starting at pos.
    auto readString = [&](QByteArray* out) {
        while (pos < text.size() && text.at(pos) == ' ')
            ++pos;
        if (pos >= text.size())
            return false;
        if (text.at(pos) == '"') {
            ++pos;
            while (pos < text.size() && text.at(pos) != '"') {
                if (text.at(pos) == '\\' && pos + 1 < text.size())
                    ++pos;
                out->append(text.at(pos++));
            }
            ++pos;
            return true;
        }
        if (text.mid(pos, 2) == "{#") {
            const qsizetype end = text.indexOf('}', pos);
            *out = literals.value(text.mid(pos + 2, end - pos - 2).toInt());
            pos = end + 1;
            return true;
        }
        const qsizetype end = text.indexOf(' ', pos);
        *out = text.mid(pos, end < 0 ? -1 : end - pos);
        pos = end < 0 ? text.size() : end;
        return true;
    };
    QByteArray delimiter, name;
    if (!readString(&delimiter) || !readString(&name))
        return std::nullopt;
    if (name.contains('&')) {
        try {
            box.name = QString::fromStdString(
                vmime::net::imap::IMAPUtils::fromModifiedUTF7(name.toStdString())
                    .getConvertedText(vmime::charsets::UTF_8));
        } catch (const std::exception&) {
            box.name = QString::fromUtf8(name);
        }
    } else {
        box.name = QString::fromUtf8(name);
    }
    return box;
}

} // namespace

// Remembers the connection's socket as it is when SASL starts: the one below the
// SASL layer. PLAIN and LOGIN add no security layer, yet vmime's SASL socket still
// passes every received byte through gsasl_decode, a copy and an allocation per
// read; reading and writing the remembered socket skips that.
class LayerlessSaslAuthenticator final : public vmime::security::sasl::defaultSASLAuthenticator
{
public:
    void setSASLMechanism(vmime::shared_ptr<vmime::security::sasl::SASLMechanism> mech) override
    {
        defaultSASLAuthenticator::setSASLMechanism(mech);
        m_belowSasl.reset();
        const std::string name = mech ? mech->getName() : std::string();
        if (name != "PLAIN" && name != "LOGIN")
            return;
        auto store = vmime::dynamicCast<vmime::net::imap::IMAPStore>(getService().lock());
        if (auto connection = store ? store->getConnection() : nullptr)
            m_belowSasl = std::const_pointer_cast<vmime::net::socket>(connection->getSocket());
    }

    // Null unless the login used a mechanism without a security layer.
    vmime::shared_ptr<vmime::net::socket> belowSasl() const { return m_belowSasl; }

private:
    vmime::shared_ptr<vmime::net::socket> m_belowSasl;
};

struct ImapSession::Private
{
    ImapAccount account;
    QString password;
    int timeoutSeconds = 60;
    vmime::shared_ptr<vmime::net::session> session;
    vmime::shared_ptr<vmime::net::store> store;
    vmime::shared_ptr<PinningVerifier> verifier;
    vmime::shared_ptr<LayerlessSaslAuthenticator> authenticator;
    QString selected;

    // Our own reading of responses (see ImapResponse) over vmime's socket, which
    // carries TLS when there is TLS. vmime still does connect, STARTTLS, certificate
    // checks and authentication.
    QByteArray buffer;
    qsizetype pos = 0;
    int nextTag = 0;

    vmime::shared_ptr<IMAPConnection> connection()
    {
        auto imapStore = vmime::dynamicCast<vmime::net::imap::IMAPStore>(store);
        return imapStore ? imapStore->getConnection() : nullptr;
    }

    vmime::shared_ptr<vmime::net::socket> socket()
    {
        if (authenticator && authenticator->belowSasl())
            return authenticator->belowSasl();
        auto conn = connection();
        // vmime 0.9.2 only hands out a const socket; reading needs the non-const one.
        return conn ? std::const_pointer_cast<vmime::net::socket>(conn->getSocket()) : nullptr;
    }

    // Appends whatever the server sent next; throws on a dead connection.
    void fill(vmime::net::socket& sock)
    {
        // Drop what was consumed once it is much: the rest is at most a partial
        // message, so the copy is small, and reads go straight into the buffer.
        if (pos > 0 && (pos == buffer.size() || pos > 1024 * 1024)) {
            buffer = buffer.sliced(pos);
            pos = 0;
        }
        constexpr qsizetype kChunk = 64 * 1024;
        const qsizetype filled = buffer.size();
        QElapsedTimer idle;
        idle.start();
        while (true) {
            if (!sock.isConnected())
                throw vmime::exceptions::socket_not_connected_exception();
            buffer.resize(filled + kChunk);
            const size_t n = sock.receiveRaw(
                reinterpret_cast<vmime::byte_t*>(buffer.data() + filled), size_t(kChunk));
            buffer.resize(filled + qsizetype(n));
            if (n > 0)
                return;
            if (idle.elapsed() > qint64(timeoutSeconds) * 1000)
                throw vmime::exceptions::operation_timed_out();
            sock.waitForRead(200);
        }
    }

    QByteArray readLine(vmime::net::socket& sock)
    {
        qsizetype searchFrom = pos;
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n", searchFrom);
            if (end >= 0) {
                QByteArray line = buffer.mid(pos, end - pos);
                pos = end + 2;
                return line;
            }
            searchFrom = std::max(pos, buffer.size() - 1);
            const qsizetype offset = searchFrom - pos;
            fill(sock);
            searchFrom = pos + offset;
        }
    }

    QByteArray readBytes(vmime::net::socket& sock, qsizetype count)
    {
        while (buffer.size() - pos < count)
            fill(sock);
        QByteArray bytes = buffer.mid(pos, count);
        pos += count;
        return bytes;
    }

    struct Untagged
    {
        QByteArray text; // without "* "; each literal replaced by "{#index}"
        QList<QByteArray> literals;
    };

    using UntaggedSink = std::function<bool(Untagged&& response)>;

    bool command(const QByteArray& text, QList<Untagged>& untagged, Error& error,
                 ImapError noKind = ImapError::ServerError)
    {
        untagged.clear();
        return command(
            text,
            [&](Untagged&& response) {
                untagged << std::move(response);
                return true;
            },
            error, noKind);
    }

    // Sends one command and reads its whole response, handing each untagged response
    // to `sink` as soon as it is read. Returns false and sets `error` unless the server
    // answered OK. When `sink` returns false the connection is dropped (the rest of the
    // response cannot be skipped any cheaper) and the error is Cancelled.
    bool command(const QByteArray& text, const UntaggedSink& sink, Error& error,
                 ImapError noKind = ImapError::ServerError)
    {
        auto sock = socket();
        if (!sock || !sock->isConnected()) {
            error = imapFailure(
                ImapError::ConnectionLost,
                QCoreApplication::translate("ImapSession", "Not connected to the server"));
            return false;
        }
        try {
            const QByteArray tag = "md" + QByteArray::number(++nextTag);
            sock->send(QByteArray(tag + ' ' + text + "\r\n").toStdString());
            while (true) {
                Untagged response;
                response.text = readLine(*sock);
                while (true) {
                    const ImapResponse::Literal literal = ImapResponse::literalAtEnd(response.text);
                    if (literal.length < 0)
                        break;
                    if (literal.length > ImapResponse::kMaxLiteral) {
                        // A hostile or broken server: do not grow the buffer to it.
                        error = imapFailure(ImapError::ConnectionLost,
                                            QCoreApplication::translate(
                                                "ImapSession", "The server sent a literal of %1 "
                                                               "bytes, more than a mail can hold")
                                                .arg(literal.length));
                        sock->disconnect();
                        return false;
                    }
                    response.text.chop(literal.markerSize);
                    response.text += "{#" + QByteArray::number(response.literals.size()) + '}';
                    response.literals << readBytes(*sock, literal.length);
                    response.text += readLine(*sock);
                }
                if (response.text.startsWith("* ")) {
                    response.text.remove(0, 2);
                    if (!sink(std::move(response))) {
                        error = imapFailure(
                            ImapError::Cancelled,
                            QCoreApplication::translate("ImapSession", "Fetch stopped"));
                        sock->disconnect();
                        return false;
                    }
                    continue;
                }
                if (!response.text.startsWith(QByteArray(tag + ' ')))
                    continue; // a continuation request we never asked for
                const QByteArray status = response.text.mid(tag.size() + 1);
                if (status.startsWith("OK"))
                    return true;
                error = imapFailure(noKind, QCoreApplication::translate(
                                                "ImapSession", "The server refused the command: %1")
                                                .arg(QString::fromUtf8(status)));
                return false;
            }
        } catch (const vmime::exceptions::operation_timed_out& e) {
            error = imapFailure(
                ImapError::ConnectionLost,
                QCoreApplication::translate("ImapSession", "The server did not answer in time: %1")
                    .arg(whatOf(e)));
        } catch (const vmime::exception& e) {
            error = imapFailure(
                ImapError::ConnectionLost,
                QCoreApplication::translate("ImapSession", "Connection to the server lost: %1")
                    .arg(whatOf(e)));
        } catch (const std::exception& e) {
            error = imapFailure(
                ImapError::ConnectionLost,
                QCoreApplication::translate("ImapSession", "Connection to the server lost: %1")
                    .arg(whatOf(e)));
        }
        return false;
    }

    // APPEND with the message as a synchronizing literal: the command, the server's
    // "+" go-ahead, then the bytes as they are.
    bool appendLiteral(const QByteArray& head, const QByteArray& raw, Error& error)
    {
        auto sock = socket();
        if (!sock || !sock->isConnected()) {
            error = imapFailure(
                ImapError::ConnectionLost,
                QCoreApplication::translate("ImapSession", "Not connected to the server"));
            return false;
        }
        try {
            const QByteArray tag = "md" + QByteArray::number(++nextTag);
            sock->send(
                QByteArray(tag + ' ' + head + " {" + QByteArray::number(raw.size()) + "}\r\n")
                    .toStdString());
            bool sent = false;
            while (true) {
                const QByteArray line = readLine(*sock);
                if (!sent && line.startsWith("+")) {
                    sock->sendRaw(reinterpret_cast<const vmime::byte_t*>(raw.constData()),
                                  size_t(raw.size()));
                    sock->send("\r\n");
                    sent = true;
                    continue;
                }
                if (!line.startsWith(QByteArray(tag + ' ')))
                    continue; // untagged: EXISTS, RECENT...
                const QByteArray status = line.mid(tag.size() + 1);
                if (status.startsWith("OK") && sent)
                    return true;
                error = imapFailure(
                    ImapError::ServerError,
                    QCoreApplication::translate("ImapSession", "The server refused the message: %1")
                        .arg(QString::fromUtf8(status)));
                return false;
            }
        } catch (const std::exception& e) {
            error = imapFailure(
                ImapError::ConnectionLost,
                QCoreApplication::translate("ImapSession", "Connection to the server lost: %1")
                    .arg(whatOf(e)));
        }
        return false;
    }
};

ImapSession::ImapSession(ImapAccount account, QString password, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    ensureVmimePlatform();
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
        d->authenticator = vmime::make_shared<LayerlessSaslAuthenticator>();
        d->store = d->session->getStore(vmime::utility::url(protocol, a.host.toStdString(), a.port),
                                        d->authenticator);
        d->verifier =
            vmime::make_shared<PinningVerifier>(normalizeFingerprint(a.trustedFingerprintSha256));
        d->store->setCertificateVerifier(d->verifier);
        d->store->setTimeoutHandlerFactory(
            vmime::make_shared<TimeoutHandlerFactory>(d->timeoutSeconds));
        d->store->connect();
        qCDebug(lcImap) << "reading" << (d->authenticator->belowSasl() ? "below" : "through")
                        << "the SASL layer";
        return {};
    } catch (const std::exception& e) {
        const QString detail = whatOf(e);
        d->store.reset();
        d->session.reset();
        if (d->verifier && d->verifier->rejected)
            return imapFailure(
                ImapError::UntrustedCertificate,
                QCoreApplication::translate(
                    "ImapSession",
                    "Untrusted certificate for %1 (%2); its SHA-256 fingerprint is %3")
                    .arg(a.host, d->verifier->reason, d->verifier->fingerprint));
        if (dynamic_cast<const vmime::exceptions::authentication_error*>(&e))
            return imapFailure(
                ImapError::AuthenticationFailed,
                QCoreApplication::translate("ImapSession",
                                            "Login to %1 as %2 failed: wrong user name or password")
                    .arg(a.host, a.user));
        if (dynamic_cast<const vmime::exceptions::socket_exception*>(&e) ||
            dynamic_cast<const vmime::exceptions::operation_timed_out*>(&e))
            return imapFailure(
                ImapError::ConnectionFailed,
                QCoreApplication::translate("ImapSession", "Cannot connect to %1 port %2: %3")
                    .arg(a.host)
                    .arg(a.port)
                    .arg(detail));
        return imapFailure(
            ImapError::ConnectionFailed,
            QCoreApplication::translate("ImapSession", "Cannot connect to %1 port %2: %3")
                .arg(a.host)
                .arg(a.port)
                .arg(detail));
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
    d->authenticator.reset();
    d->selected.clear();
}

Result<RemoteFolder> ImapSession::select(const QString& folder)
{
    QList<Private::Untagged> untagged;
    Error error;
    if (!d->command("SELECT " + mailboxName(folder), untagged, error, ImapError::FolderNotFound)) {
        if (imapError(error) == ImapError::FolderNotFound)
            error.message =
                QCoreApplication::translate("ImapSession", "Cannot open folder '%1': %2")
                    .arg(folder, error.message);
        return error;
    }
    static const QRegularExpression validity(QStringLiteral("^OK \\[UIDVALIDITY (\\d+)\\]"));
    static const QRegularExpression exists(QStringLiteral("^(\\d+) EXISTS"));
    RemoteFolder result;
    for (const auto& response : untagged) {
        const QString text = QString::fromLatin1(response.text);
        if (const auto m = validity.match(text); m.hasMatch())
            result.uidValidity = m.captured(1).toUInt();
        else if (const auto e = exists.match(text); e.hasMatch())
            result.exists = e.captured(1).toUInt();
    }
    d->selected = folder;
    return result;
}

Result<QList<RemoteMessageInfo>> ImapSession::listFrom(quint32 firstUid)
{
    QList<Private::Untagged> untagged;
    Error error;
    if (!d->command("UID FETCH " + QByteArray::number(std::max<quint32>(firstUid, 1)) +
                        ":* (UID RFC822.SIZE)",
                    untagged, error))
        return error;
    QList<RemoteMessageInfo> list;
    list.reserve(untagged.size());
    for (const auto& response : untagged) {
        const ImapFetchItems items = ImapResponse::parseFetch(response.text, response.literals);
        // "n:*" always includes the last message, even when its UID is below n.
        if (items.isFetch && items.uid >= firstUid && items.uid > 0)
            list << RemoteMessageInfo{items.uid, items.size};
    }
    std::sort(list.begin(), list.end(),
              [](const RemoteMessageInfo& a, const RemoteMessageInfo& b) { return a.uid < b.uid; });
    return list;
}

Result<QList<RemoteMessage>> ImapSession::fetch(const QList<quint32>& uids)
{
    QList<RemoteMessage> messages;
    messages.reserve(uids.size());
    Status fetched = fetchEach(uids, [&](RemoteMessage&& message) {
        messages << std::move(message);
        return true;
    });
    if (!fetched)
        return fetched.error();
    std::sort(messages.begin(), messages.end(),
              [](const RemoteMessage& a, const RemoteMessage& b) { return a.uid < b.uid; });
    return messages;
}

Status ImapSession::fetchEach(const QList<quint32>& uids, const MessageSink& sink)
{
    if (uids.isEmpty())
        return {};
    Error error;
    const bool ok = d->command(
        "UID FETCH " + uidSetString(uids) + " (UID INTERNALDATE BODY.PEEK[])",
        [&](Private::Untagged&& response) {
            ImapFetchItems items = ImapResponse::parseFetch(response.text, response.literals);
            // Unsolicited FETCH responses (flag changes by another client) carry no body.
            if (!items.isFetch || items.uid == 0 || !items.body)
                return true;
            return sink(RemoteMessage{items.uid, std::move(*items.body),
                                      ImapResponse::parseInternalDate(items.internalDate)});
        },
        error);
    if (!ok)
        return error;
    return {};
}

Status ImapSession::markSeen(const QList<quint32>& uids)
{
    if (uids.isEmpty())
        return {};
    QList<Private::Untagged> untagged;
    Error error;
    if (!d->command("UID STORE " + uidSetString(uids) + " +FLAGS.SILENT (\\Seen)", untagged, error))
        return error;
    return {};
}

Result<QList<quint32>> ImapSession::uidsInRange(quint32 firstUid, quint32 lastUid, bool unseenOnly)
{
    QList<quint32> uids;
    firstUid = qMax(firstUid, 1u);
    if (lastUid < firstUid)
        return uids;
    QList<Private::Untagged> untagged;
    Error error;
    // "UID n:m" also matches the highest UID when n lies above it: hence the check below.
    if (!d->command(QByteArray("UID SEARCH ") + (unseenOnly ? "UNSEEN " : "") + "UID " +
                        QByteArray::number(firstUid) + ':' + QByteArray::number(lastUid),
                    untagged, error))
        return error;
    for (const auto& response : untagged) {
        if (!response.text.startsWith("SEARCH"))
            continue;
        for (const QByteArray& word : response.text.mid(6).split(' ')) {
            bool ok = false;
            const quint32 uid = word.toUInt(&ok);
            if (ok && uid >= firstUid && uid <= lastUid)
                uids << uid;
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

Status ImapSession::move(const QList<quint32>& uids, const QString& targetFolder)
{
    if (uids.isEmpty())
        return {};
    const QByteArray set = uidSetString(uids);
    const QByteArray target = mailboxName(targetFolder);
    QList<Private::Untagged> untagged;
    Error error;
    auto conn = d->connection();
    bool hasMove = false, uidPlus = false;
    try {
        hasMove = conn && conn->hasCapability("MOVE");
        uidPlus = conn && conn->hasCapability("UIDPLUS");
    } catch (const std::exception&) {
        // Unknown capabilities: COPY + EXPUNGE works everywhere.
    }
    if (hasMove) {
        if (!d->command("UID MOVE " + set + ' ' + target, untagged, error))
            return error;
        return {};
    }
    if (!d->command("UID COPY " + set + ' ' + target, untagged, error) ||
        !d->command("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)", untagged, error) ||
        !d->command(uidPlus ? "UID EXPUNGE " + set : QByteArray("EXPUNGE"), untagged, error))
        return error;
    return {};
}

QString ImapSession::certificateFingerprint() const
{
    return d->verifier && d->verifier->rejected ? d->verifier->fingerprint : QString();
}

Result<QList<RemoteMailbox>> ImapSession::listMailboxes()
{
    QList<Private::Untagged> untagged;
    Error error;
    if (!d->command(QByteArrayLiteral("LIST \"\" \"*\""), untagged, error))
        return error;
    QList<RemoteMailbox> boxes;
    for (const auto& response : untagged)
        if (auto box = parseList(response.text, response.literals))
            boxes << *box;
    return boxes;
}

Status ImapSession::append(const QString& folder, const QByteArray& raw, const QStringList& flags)
{
    QByteArray head = "APPEND " + mailboxName(folder);
    if (!flags.isEmpty())
        head += " (" + flags.join(QLatin1Char(' ')).toLatin1() + ')';
    Error error;
    if (!d->appendLiteral(head, raw, error))
        return error;
    return {};
}

} // namespace mixdesk
