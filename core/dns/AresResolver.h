#pragma once

#include "dns/DnsResolver.h"
#include "dns/DnsResolverConfig.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <unordered_map>

class QSocketNotifier;
struct ares_channeldata; // c-ares's channel; ares.h stays out of this header

namespace mixdesk {

// DnsResolver on c-ares, driven by the event loop of the thread it lives in: a
// QSocketNotifier on each socket c-ares opens (c-ares tells which through its
// socket-state callback) and one QTimer set to ares_timeout() for timeouts and retries.
//
// Why the event loop and not a worker thread of its own: every lookup is one UDP
// datagram out and one in, so there is nothing to compute that could block; c-ares
// multiplexes any number of queries over one socket; callbacks arrive on the caller's
// thread without locks or cross-thread queues; and cancel() or destroying the resolver
// cannot race a thread in the middle of ares_process. A caller that wants the work off
// its thread (the GUI) moves the resolver, with the code that uses it, to a QThread.
//
// Why c-ares and not QDnsLookup: Qt 6.4's QDnsLookup can name the server's address but
// not its port, and gives no TTL for PTR/TXT; c-ares reaches any address and port
// (ares_set_servers_ports_csv), and handles timeouts and retries.
class AresResolver final : public DnsResolver
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<AresResolver>> create(const DnsResolverConfig& config,
                                                        QObject* parent = nullptr);
    ~AresResolver() override;

    LookupId lookup(const QString& name, DnsRecordType type, QObject* context,
                    Callback callback) override;
    void cancel(LookupId id) override;
    void cancelAll() override;
    int pendingCount() const override { return static_cast<int>(m_pending.size()); }

    const DnsResolverConfig& config() const { return m_config; }

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };
    struct Watch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };
    struct Ticket; // what c-ares hands back to onAnswer

    AresResolver(const DnsResolverConfig& config, QObject* parent);
    Status init();

    static void onSocketState(void* data, int fd, int readable, int writable);
    static void onAnswer(void* arg, int status, int timeouts, unsigned char* answer, int length);
    void watch(int fd, bool readable, bool writable);
    void process(int readFd, int writeFd);
    void armTimer();
    void finish(LookupId id, DnsReply reply);
    void deliver();
    QString serversText() const;

    DnsResolverConfig m_config;
    ares_channeldata* m_channel = nullptr;
    LookupId m_nextId = 1;
    std::unordered_map<LookupId, Pending> m_pending;
    QList<QPair<LookupId, DnsReply>> m_finished; // answered, callbacks not run yet
    bool m_deliveryQueued = false;
    bool m_timerQueued = false;
    std::unordered_map<int, Watch> m_sockets;
    QTimer m_timer;
    bool m_destroying = false;
};

} // namespace mixdesk
