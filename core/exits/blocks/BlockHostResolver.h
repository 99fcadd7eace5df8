#pragma once

#include "exits/blocks/BlockRequest.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace mixdesk {

class DnsResolver;

// Resolves the host-name destinations of block requests (A and AAAA) right before
// an export, so the torrc and nftables files block the addresses the sites have now.
class BlockHostResolver : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        QHash<QString, QStringList> resolved; // host -> addresses (A first, then AAAA)
        QHash<QString, QString> failures;     // host -> why it has no address
    };
    using Done = std::function<void(const Answer& answer)>;

    explicit BlockHostResolver(DnsResolver* resolver, QObject* parent = nullptr);
    // `done` runs once, on this object's thread, after every name was asked.
    void resolve(const QList<BlockRequest>& blocks, Done done);

private:
    DnsResolver* m_resolver;
};

} // namespace mixdesk
