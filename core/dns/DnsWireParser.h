#pragma once

#include "dns/DnsRecord.h"
#include "dns/DnsRecordType.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>

namespace mixdesk {

// Reads the answer section of a DNS response in wire format (RFC 1035 4.1).
// c-ares's own ares_parse_*_reply functions give no TTL for PTR and TXT and drop the
// TXT character-string boundaries in older versions; one small parser for all four
// types gives every record with its TTL. Names are expanded with ares_expand_name,
// which guards against compression loops.
class DnsWireParser
{
public:
    // Records of `type` (class IN) from the answer section, in the server's order. Other
    // types (the CNAMEs of a chain) are skipped. An error for a truncated or malformed
    // message.
    static Result<QList<DnsRecord>> answers(QByteArrayView message, DnsRecordType type);
};

} // namespace mixdesk
