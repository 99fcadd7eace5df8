#pragma once

#include "exits/blocks/BlockRequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// The active block requests turned into configuration for each kind of exit.
// Host names need their addresses for tor and nftables: `resolved` maps each host
// destination to its addresses at export time (BlockHostResolver), and `failures`
// to why it could not be resolved; such a block becomes a comment, never a silent gap.
class BlockExport
{
public:
    enum class Format
    {
        Torrc,
        Nftables,
        Squid
    };
    static bool formatFromId(QStringView id, Format* format); // "torrc", "nftables", "squid"
    static QString formatId(Format format);

    struct Input
    {
        QList<BlockRequest> blocks; // only the active ones are exported
        QHash<QString, QStringList> resolved;
        QHash<QString, QString> failures;
        QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    };

    static QString render(Format format, const Input& input);
    // `ExitPolicy reject` lines, each block's lines under a comment naming its request.
    static QString torrc(const Input& input);
    // An nft script: table inet mixdesk_blocks with address sets and rules on the
    // output (local exits: tor, mix) and forward (VPN) hooks.
    static QString nftables(const Input& input);
    // Squid ACLs (dstdomain for host names, dst for addresses and networks, port for
    // port lists) and http_access deny lines, to put before the first allow.
    static QString squid(const Input& input);

    static QList<BlockRequest> active(const QList<BlockRequest>& blocks, const QDate& day);
};

} // namespace mixdesk
