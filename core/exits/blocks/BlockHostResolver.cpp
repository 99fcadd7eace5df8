#include "exits/blocks/BlockHostResolver.h"

#include "dns/DnsResolver.h"

#include <QTimer>

#include <memory>

namespace mixdesk {

BlockHostResolver::BlockHostResolver(DnsResolver* resolver, QObject* parent)
    : QObject(parent), m_resolver(resolver)
{}

void BlockHostResolver::resolve(const QList<BlockRequest>& blocks, Done done)
{
    QStringList hosts;
    for (const BlockRequest& b : blocks)
        if (b.target() == BlockTarget::Host && !hosts.contains(b.destination))
            hosts.append(b.destination);
    if (hosts.isEmpty() || !m_resolver) {
        Answer answer;
        for (const QString& host : std::as_const(hosts))
            answer.failures.insert(host, tr("no resolver"));
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
        return;
    }
    struct State
    {
        Answer answer;
        QHash<QString, QStringList> v6; // kept apart so A records come first
        QHash<QString, QStringList> reasons;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->pending = int(hosts.size() * 2);
    for (const QString& host : std::as_const(hosts))
        for (DnsRecordType type : {DnsRecordType::A, DnsRecordType::Aaaa})
            m_resolver->lookup(host, type, this, [state, host, type, done](const DnsReply& reply) {
                for (const DnsRecord& record : reply.records)
                    (type == DnsRecordType::A ? state->answer.resolved[host] : state->v6[host])
                        .append(record.address.toString());
                const QString reason =
                    reply.reason.isEmpty() ? dnsStatusId(reply.status) : reply.reason;
                if (!reply.ok() && reply.status != DnsStatus::NoData &&
                    !state->reasons[host].contains(reason))
                    state->reasons[host].append(reason);
                if (--state->pending > 0)
                    return;
                for (auto it = state->v6.cbegin(); it != state->v6.cend(); ++it)
                    state->answer.resolved[it.key()].append(it.value());
                for (auto it = state->reasons.cbegin(); it != state->reasons.cend(); ++it)
                    if (state->answer.resolved.value(it.key()).isEmpty())
                        state->answer.failures.insert(it.key(),
                                                      it.value().join(QStringLiteral("; ")));
                done(state->answer);
            });
}

} // namespace mixdesk
