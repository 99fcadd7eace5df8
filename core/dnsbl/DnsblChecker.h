#pragma once

#include "dns/DnsResolver.h"
#include "dnsbl/DnsblRun.h"
#include "dnsbl/DnsblTarget.h"
#include "dnsbl/DnsblZone.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace mixdesk {

// Checks every (address x zone) pair at once through a DnsResolver: the A record of the
// reversed address under the zone and, in the same round trip, its TXT record (asked in
// parallel rather than after a listing, so a check takes one answer's latency, not
// two); plus, per zone and address family, the RFC 5782 self-test. Timeouts and
// retries are the resolver's. Lives on the resolver's thread; emits as it goes.
class DnsblChecker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dqsKey;        // Spamhaus Data Query Service key; empty: public mirrors
        int maxInFlight = 512; // lookups on the wire at once
    };

    explicit DnsblChecker(DnsResolver* resolver, QObject* parent = nullptr);
    ~DnsblChecker() override;

    // Starts a check; nothing is emitted before start() returns. A check already running
    // is cancelled first (its finished() carries cancelled = true).
    void start(const QList<DnsblZone>& zones, const QList<DnsblTarget>& targets,
               const Options& options);
    void start(const QList<DnsblZone>& zones, const QList<DnsblTarget>& targets)
    {
        start(zones, targets, Options{});
    }
    // Stops asking; finished() follows with the results so far and cancelled = true.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void resultReady(const mixdesk::DnsblResult& result);
    void progress(int done, int total); // pairs
    void finished(const mixdesk::DnsblRun& run);

private:
    struct Probe // the self-test of one zone for one family
    {
        int zone = 0;
        QAbstractSocket::NetworkLayerProtocol family = QAbstractSocket::IPv4Protocol;
        std::optional<DnsReply> listed;
        std::optional<DnsReply> clean;
        std::optional<DnsblZoneHealth> health;
        std::vector<int> waiting; // pairs that wait for the verdict
    };
    struct Pair
    {
        int target = 0;
        int zone = 0;
        int probe = -1; // -1: unsupported family
        std::optional<DnsReply> a;
        std::optional<DnsReply> txt;
        bool done = false;
    };
    struct Query
    {
        QString name;
        DnsRecordType type;
        std::function<void(const DnsReply&)> onReply;
    };

    void enqueue(const QString& name, DnsRecordType type,
                 std::function<void(const DnsReply&)> onReply);
    void pump();
    void probeAnswered(int probe);
    void pairAnswered(int pair);
    void complete(int pair, DnsblResult result);
    void finish(bool cancelled);

    QPointer<DnsResolver> m_resolver;
    Options m_options;
    QList<DnsblZone> m_zones;
    QList<DnsblTarget> m_targets;
    std::vector<Probe> m_probes;
    std::vector<Pair> m_pairs;
    std::deque<Query> m_queue;
    QSet<DnsResolver::LookupId> m_inFlight;
    DnsblRun m_run;
    std::vector<std::optional<DnsblResult>> m_results; // by pair
    int m_done = 0;
    bool m_running = false;
    quint64 m_generation = 0; // a reply of an earlier check is ignored
};

} // namespace mixdesk
