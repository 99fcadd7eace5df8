#include "dns/AresResolver.h"

#include "dns/DnsLogging.h"
#include "dns/DnsWireParser.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QUrl>

#include <ares.h>

#include <mutex>
#include <type_traits>

static_assert(std::is_same_v<ares_socket_t, int>, "c-ares sockets are file descriptors here");
static_assert(std::is_same_v<ares_channel, ares_channeldata*>);

namespace mixdesk {

struct AresResolver::Ticket
{
    AresResolver* resolver;
    LookupId id;
    QString name;
    DnsRecordType type;
};

namespace {

constexpr int kClassIn = 1;
constexpr int kMaxNameLength = 253;
constexpr int kReceiveBufferBytes = 4 << 20;

Status initLibrary()
{
    static std::once_flag once;
    static int status = ARES_SUCCESS;
    std::call_once(once, [] { status = ares_library_init(ARES_LIB_INIT_ALL); });
    if (status != ARES_SUCCESS)
        return Error{QStringLiteral("c-ares: ") + QString::fromUtf8(ares_strerror(status)), status};
    return {};
}

// Fills status and reason from c-ares's status; the records come from the wire parser.
void describe(DnsReply& reply, int status, const QByteArrayView answer, const QString& servers,
              const DnsResolverConfig& config)
{
    switch (status) {
    case ARES_SUCCESS: {
        Result<QList<DnsRecord>> records = DnsWireParser::answers(answer, reply.type);
        if (!records) {
            reply.status = DnsStatus::Error;
            reply.reason = records.error().message;
        } else if (records->isEmpty()) {
            reply.status = DnsStatus::NoData;
            reply.reason =
                QCoreApplication::translate("DnsReply", "The name exists but has no %1 record.")
                    .arg(dnsRecordTypeName(reply.type));
        } else {
            reply.status = DnsStatus::Ok;
            reply.records = std::move(*records);
        }
        return;
    }
    case ARES_ENODATA:
        reply.status = DnsStatus::NoData;
        reply.reason =
            QCoreApplication::translate("DnsReply", "The name exists but has no %1 record.")
                .arg(dnsRecordTypeName(reply.type));
        return;
    case ARES_ENOTFOUND:
        reply.status = DnsStatus::NxDomain;
        reply.reason =
            QCoreApplication::translate("DnsReply", "The name does not exist (NXDOMAIN).");
        return;
    case ARES_EREFUSED:
        reply.status = DnsStatus::Refused;
        reply.reason = QCoreApplication::translate(
                           "DnsReply", "The name server %1 refused the query (REFUSED).")
                           .arg(servers);
        return;
    case ARES_ESERVFAIL:
        reply.status = DnsStatus::ServerFailure;
        reply.reason = QCoreApplication::translate(
                           "DnsReply", "The name server %1 failed to answer (SERVFAIL).")
                           .arg(servers);
        return;
    case ARES_ENOTIMP:
    case ARES_EFORMERR:
        reply.status = DnsStatus::ServerFailure;
        reply.reason = QCoreApplication::translate(
                           "DnsReply", "The name server %1 could not handle the query (%2).")
                           .arg(servers, QString::fromUtf8(ares_strerror(status)));
        return;
    case ARES_ETIMEOUT:
        reply.status = DnsStatus::Timeout;
        reply.reason = QCoreApplication::translate(
                           "DnsReply", "No answer from %1 (tries: %2, first wait %3 ms).")
                           .arg(servers)
                           .arg(config.tries)
                           .arg(config.timeoutMs);
        return;
    case ARES_ECONNREFUSED:
        reply.status = DnsStatus::Error;
        reply.reason = QCoreApplication::translate(
                           "DnsReply", "No name server is listening at %1 (connection refused).")
                           .arg(servers);
        return;
    case ARES_EBADNAME:
        reply.status = DnsStatus::Error;
        reply.reason = QCoreApplication::translate("DnsReply", "“%1” is not a valid DNS name.")
                           .arg(reply.name);
        return;
    default:
        reply.status = DnsStatus::Error;
        reply.reason = QStringLiteral("c-ares: ") + QString::fromUtf8(ares_strerror(status));
        return;
    }
}

} // namespace

Result<std::unique_ptr<AresResolver>> AresResolver::create(const DnsResolverConfig& config,
                                                           QObject* parent)
{
    if (Status library = initLibrary(); !library)
        return library.error();
    std::unique_ptr<AresResolver> resolver(new AresResolver(config, parent));
    if (Status status = resolver->init(); !status)
        return status.error();
    return resolver;
}

AresResolver::AresResolver(const DnsResolverConfig& config, QObject* parent)
    : DnsResolver(parent), m_config(config)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { process(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });
}

Status AresResolver::init()
{
    ares_options options{};
    // No search domains and no HOSTALIASES: names are asked exactly as given.
    // NOCHECKRESP: c-ares 1.18 answers a REFUSED or SERVFAIL from the last server with
    // ARES_ECONNREFUSED (the reason is lost); with the flag the answer comes back as it
    // is and ares_query reports ARES_EREFUSED/ARES_ESERVFAIL. The price: such an answer
    // is final, the next server is not asked. DNSBL operators refuse on purpose (rate
    // limits, public resolvers), and the caller must see that.
    options.flags = ARES_FLAG_NOSEARCH | ARES_FLAG_NOALIASES | ARES_FLAG_NOCHECKRESP;
    options.timeout = std::max(1, m_config.timeoutMs);
    options.tries = std::max(1, m_config.tries);
    options.sock_state_cb = &AresResolver::onSocketState;
    options.sock_state_cb_data = this;
    // Hundreds of answers may arrive at once (a DNSBL check asks every pair together),
    // and the kernel counts about a kilobyte per small datagram against the receive
    // buffer: the default (208 KiB) drops answers after ~200 of them. The kernel caps
    // this at net.core.rmem_max.
    options.socket_receive_buffer_size = kReceiveBufferBytes;
    const int mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_SOCK_STATE_CB |
                     ARES_OPT_SOCK_RCVBUF;
    ares_channel channel = nullptr;
    if (const int status = ares_init_options(&channel, &options, mask); status != ARES_SUCCESS)
        return Error{QStringLiteral("c-ares: ") + QString::fromUtf8(ares_strerror(status)), status};
    m_channel = channel;

    if (!m_config.servers.isEmpty()) {
        QStringList parts;
        for (const DnsServer& server : m_config.servers) {
            const bool v6 = server.address.protocol() == QAbstractSocket::IPv6Protocol;
            const QString host =
                v6 ? u'[' + server.address.toString() + u']' : server.address.toString();
            parts.append(host + u':' + QString::number(server.port));
        }
        const QByteArray csv = parts.join(u',').toLatin1();
        if (const int status = ares_set_servers_ports_csv(m_channel, csv.constData());
            status != ARES_SUCCESS)
            return Error{
                QStringLiteral("c-ares: cannot use name servers %1: %2")
                    .arg(QString::fromLatin1(csv), QString::fromUtf8(ares_strerror(status))),
                status};
    }
    qCDebug(lcDns) << "resolver ready, servers" << serversText();
    return {};
}

AresResolver::~AresResolver()
{
    m_destroying = true;
    m_pending.clear(); // no callback runs from here on
    if (m_channel)
        ares_destroy(m_channel); // answers every query with ARES_EDESTRUCTION
}

DnsResolver::LookupId AresResolver::lookup(const QString& name, DnsRecordType type,
                                           QObject* context, Callback callback)
{
    const LookupId id = m_nextId++;
    m_pending.emplace(id, Pending{context, context != nullptr, std::move(callback)});

    QString asked = name;
    if (asked.endsWith(u'.'))
        asked.chop(1);
    const QByteArray ace = QUrl::toAce(asked);
    if (asked.isEmpty() || ace.isEmpty() || ace.size() > kMaxNameLength) {
        DnsReply reply{name, type, DnsStatus::Error, {}, {}, 0};
        reply.reason =
            QCoreApplication::translate("DnsReply", "“%1” is not a valid DNS name.").arg(name);
        finish(id, std::move(reply));
        return id;
    }
    auto* ticket = new Ticket{this, id, name, type};
    // c-ares calls onAnswer exactly once per query, at the latest from ares_destroy().
    ares_query(m_channel, ace.constData(), kClassIn, static_cast<int>(type),
               &AresResolver::onAnswer, ticket);
    // Not armTimer() here: ares_timeout() walks every query, and a caller that starts
    // 400 lookups in a row would pay for that 400 times. Once, after the caller returns.
    if (!m_timerQueued) {
        m_timerQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_timerQueued = false;
                armTimer();
            },
            Qt::QueuedConnection);
    }
    return id;
}

void AresResolver::cancel(LookupId id)
{
    m_pending.erase(id);
}

void AresResolver::cancelAll()
{
    m_pending.clear();
    m_finished.clear();
    ares_cancel(m_channel); // answers every query with ARES_ECANCELLED, dropped in onAnswer
    armTimer();
}

void AresResolver::onSocketState(void* data, int fd, int readable, int writable)
{
    static_cast<AresResolver*>(data)->watch(fd, readable != 0, writable != 0);
}

void AresResolver::watch(int fd, bool readable, bool writable)
{
    if (m_destroying)
        return; // the notifiers go with their parent
    auto it = m_sockets.find(fd);
    if (!readable && !writable) { // c-ares closes the socket
        if (it != m_sockets.end()) {
            // We may be inside this very notifier's activated() signal: disable now,
            // delete once the signal has returned.
            for (QSocketNotifier* notifier : {it->second.read, it->second.write}) {
                if (notifier) {
                    notifier->setEnabled(false);
                    notifier->deleteLater();
                }
            }
            m_sockets.erase(it);
        }
        return;
    }
    Watch& w = m_sockets[fd];
    if (!w.read) {
        w.read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this,
                [this, fd] { process(fd, ARES_SOCKET_BAD); });
    }
    w.read->setEnabled(readable);
    if (writable && !w.write) {
        w.write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this,
                [this, fd] { process(ARES_SOCKET_BAD, fd); });
    }
    if (w.write)
        w.write->setEnabled(writable);
}

void AresResolver::process(int readFd, int writeFd)
{
    ares_process_fd(m_channel, readFd, writeFd);
    armTimer();
}

void AresResolver::armTimer()
{
    timeval wait{};
    if (!ares_timeout(m_channel, nullptr, &wait)) {
        m_timer.stop(); // nothing in flight
        return;
    }
    // Round up: a timer that fires a little early makes c-ares find nothing to do.
    const qint64 ms = qint64(wait.tv_sec) * 1000 + (wait.tv_usec + 999) / 1000;
    m_timer.start(static_cast<int>(std::max<qint64>(ms, 1)));
}

void AresResolver::onAnswer(void* arg, int status, int timeouts, unsigned char* answer, int length)
{
    std::unique_ptr<Ticket> ticket(static_cast<Ticket*>(arg));
    if (status == ARES_EDESTRUCTION || status == ARES_ECANCELLED)
        return;
    AresResolver* self = ticket->resolver;
    if (!self->m_pending.contains(ticket->id))
        return; // cancelled
    DnsReply reply;
    reply.name = ticket->name;
    reply.type = ticket->type;
    reply.timeouts = timeouts;
    const QByteArrayView bytes(reinterpret_cast<const char*>(answer), answer ? length : 0);
    describe(reply, status, bytes, self->serversText(), self->m_config);
    qCDebug(lcDns) << dnsRecordTypeName(reply.type) << reply.name << dnsStatusId(reply.status)
                   << reply.records.size() << "records";
    self->finish(ticket->id, std::move(reply));
}

void AresResolver::finish(LookupId id, DnsReply reply)
{
    m_finished.append({id, std::move(reply)});
    if (m_deliveryQueued)
        return;
    // Callbacks run from a queued call, never inside ares_process_fd() or lookup():
    // a callback may then start lookups, cancel, or delete the resolver.
    m_deliveryQueued = true;
    QMetaObject::invokeMethod(this, &AresResolver::deliver, Qt::QueuedConnection);
}

void AresResolver::deliver()
{
    m_deliveryQueued = false;
    const QList<QPair<LookupId, DnsReply>> finished = std::exchange(m_finished, {});
    const QPointer<AresResolver> alive(this);
    for (const auto& [id, reply] : finished) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue; // cancelled
        Pending pending = std::move(it->second);
        m_pending.erase(it);
        if (pending.hasContext && !pending.context)
            continue; // the receiver is gone
        pending.callback(reply);
        if (!alive)
            return; // the callback deleted the resolver
    }
}

QString AresResolver::serversText() const
{
    if (m_config.servers.isEmpty())
        return QCoreApplication::translate("DnsReply", "the system's name server");
    QStringList names;
    for (const DnsServer& server : m_config.servers)
        names.append(server.toString());
    return names.join(QStringLiteral(", "));
}

} // namespace mixdesk
