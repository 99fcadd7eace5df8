#include "dnsbl/DnsblChecker.h"

#include "dns/ReverseName.h"
#include "dnsbl/DnsblAnswerReader.h"

#include <QTimer>

namespace mixdesk {

DnsblChecker::DnsblChecker(DnsResolver* resolver, QObject* parent)
    : QObject(parent), m_resolver(resolver)
{
    qRegisterMetaType<mixdesk::DnsblResult>();
    qRegisterMetaType<mixdesk::DnsblRun>();
}

DnsblChecker::~DnsblChecker()
{
    if (m_resolver) {
        for (DnsResolver::LookupId id : std::as_const(m_inFlight))
            m_resolver->cancel(id);
    }
}

void DnsblChecker::start(const QList<DnsblZone>& zones, const QList<DnsblTarget>& targets,
                         const Options& options)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_options = options;
    m_zones = zones;
    m_targets = targets;
    m_probes.clear();
    m_pairs.clear();
    m_queue.clear();
    m_results.assign(size_t(zones.size()) * size_t(targets.size()), std::nullopt);
    m_run = DnsblRun{};
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    m_done = 0;
    m_running = true;

    // One self-test per zone and family that some target needs.
    auto probeFor = [this](int zone, QAbstractSocket::NetworkLayerProtocol family) {
        for (size_t i = 0; i < m_probes.size(); ++i) {
            if (m_probes[i].zone == zone && m_probes[i].family == family)
                return int(i);
        }
        m_probes.push_back(Probe{zone, family, {}, {}, {}, {}});
        return int(m_probes.size() - 1);
    };
    for (int t = 0; t < m_targets.size(); ++t) {
        for (int z = 0; z < m_zones.size(); ++z) {
            const auto family = m_targets[t].address.protocol();
            Pair pair{t, z, -1, {}, {}, false};
            if (m_zones[z].supports(family)) {
                pair.probe = probeFor(z, family);
                m_probes[size_t(pair.probe)].waiting.push_back(int(m_pairs.size()));
            }
            m_pairs.push_back(std::move(pair));
        }
    }

    // Self-tests first, so their verdicts are in when the pairs' answers arrive.
    for (size_t p = 0; p < m_probes.size(); ++p) {
        const Probe& probe = m_probes[p];
        const QString zone = m_zones[probe.zone].queryZone(m_options.dqsKey);
        const int index = int(p);
        enqueue(ReverseName::inZone(DnsblAnswerReader::testListed(probe.family), zone),
                DnsRecordType::A, [this, index](const DnsReply& reply) {
                    m_probes[size_t(index)].listed = reply;
                    probeAnswered(index);
                });
        enqueue(ReverseName::inZone(DnsblAnswerReader::testNotListed(probe.family), zone),
                DnsRecordType::A, [this, index](const DnsReply& reply) {
                    m_probes[size_t(index)].clean = reply;
                    probeAnswered(index);
                });
    }
    for (size_t i = 0; i < m_pairs.size(); ++i) {
        const Pair& pair = m_pairs[i];
        if (pair.probe < 0)
            continue;
        const QString name = ReverseName::inZone(m_targets[pair.target].address,
                                                 m_zones[pair.zone].queryZone(m_options.dqsKey));
        const int index = int(i);
        enqueue(name, DnsRecordType::A, [this, index](const DnsReply& reply) {
            m_pairs[size_t(index)].a = reply;
            pairAnswered(index);
        });
        enqueue(name, DnsRecordType::Txt, [this, index](const DnsReply& reply) {
            m_pairs[size_t(index)].txt = reply;
            pairAnswered(index);
        });
    }

    // Emit nothing from inside start(): the caller may still be connecting.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation || !m_running)
            return;
        emit progress(0, int(m_pairs.size()));
        for (size_t i = 0; i < m_pairs.size(); ++i) {
            if (m_pairs[i].probe < 0) {
                const Pair& pair = m_pairs[i];
                complete(int(i), DnsblAnswerReader::unsupported(m_zones[pair.zone],
                                                                m_targets[pair.target]));
                if (generation != m_generation)
                    return;
            }
        }
        if (m_done == int(m_pairs.size()))
            finish(false);
        else
            pump();
    });
}

void DnsblChecker::enqueue(const QString& name, DnsRecordType type,
                           std::function<void(const DnsReply&)> onReply)
{
    m_queue.push_back(Query{name, type, std::move(onReply)});
}

void DnsblChecker::pump()
{
    if (!m_resolver) {
        // The resolver is gone: whatever is left cannot be asked.
        while (!m_queue.empty()) {
            Query query = std::move(m_queue.front());
            m_queue.pop_front();
            DnsReply reply;
            reply.name = query.name;
            reply.type = query.type;
            reply.status = DnsStatus::Error;
            reply.reason = tr("The DNS resolver was shut down.");
            query.onReply(reply);
        }
        return;
    }
    const int limit = std::max(1, m_options.maxInFlight);
    while (!m_queue.empty() && m_inFlight.size() < limit) {
        Query query = std::move(m_queue.front());
        m_queue.pop_front();
        const quint64 generation = m_generation;
        auto id = std::make_shared<DnsResolver::LookupId>(0);
        *id = m_resolver->lookup(
            query.name, query.type, this,
            [this, generation, id, onReply = std::move(query.onReply)](const DnsReply& reply) {
                m_inFlight.remove(*id);
                if (generation != m_generation || !m_running)
                    return;
                onReply(reply);
                if (generation == m_generation && m_running)
                    pump();
            });
        m_inFlight.insert(*id);
    }
}

void DnsblChecker::probeAnswered(int index)
{
    Probe& probe = m_probes[size_t(index)];
    if (!probe.listed || !probe.clean)
        return;
    probe.health =
        DnsblAnswerReader::selfTest(m_zones[probe.zone], probe.family, *probe.listed, *probe.clean);
    if (probe.health->verdict == DnsblZoneHealth::Verdict::Rewriting)
        m_run.rewritingResolver = true;
    m_run.zoneHealth.append(*probe.health);
    const std::vector<int> waiting = probe.waiting;
    for (int pair : waiting)
        pairAnswered(pair);
}

void DnsblChecker::pairAnswered(int index)
{
    Pair& pair = m_pairs[size_t(index)];
    if (pair.done || !pair.a || !pair.txt)
        return;
    const Probe& probe = m_probes[size_t(pair.probe)];
    if (!probe.health)
        return; // waits for the self-test's verdict
    DnsblResult result =
        DnsblAnswerReader::read(m_zones[pair.zone], m_targets[pair.target], *pair.a, pair.txt);
    if (DnsblAnswerReader::isRewritten(*pair.a))
        m_run.rewritingResolver = true;
    DnsblAnswerReader::applyHealth(result, *probe.health);
    complete(index, std::move(result));
}

void DnsblChecker::complete(int index, DnsblResult result)
{
    Pair& pair = m_pairs[size_t(index)];
    pair.done = true;
    result.checkedAt = m_run.startedAt;
    m_results[size_t(index)] = result;
    ++m_done;
    const quint64 generation = m_generation;
    emit resultReady(result);
    if (generation != m_generation)
        return; // a slot restarted or cancelled the check
    emit progress(m_done, int(m_pairs.size()));
    if (generation == m_generation && m_running && m_done == int(m_pairs.size()))
        finish(false);
}

void DnsblChecker::cancel()
{
    if (!m_running)
        return;
    finish(true);
}

void DnsblChecker::finish(bool cancelled)
{
    m_running = false;
    ++m_generation; // late replies of this check are ignored
    if (m_resolver) {
        for (DnsResolver::LookupId id : std::as_const(m_inFlight))
            m_resolver->cancel(id);
    }
    m_inFlight.clear();
    m_queue.clear();
    m_run.cancelled = cancelled;
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    for (const std::optional<DnsblResult>& result : m_results) {
        if (result)
            m_run.results.append(*result);
    }
    const DnsblRun run = std::move(m_run);
    m_run = DnsblRun{};
    emit finished(run);
}

} // namespace mixdesk
