#pragma once

#include <QString>

namespace mixdesk {

// The record types the resolver asks for. Values are the DNS wire codes (RFC 1035,
// RFC 3596), so they go to the wire unchanged.
enum class DnsRecordType : int
{
    A = 1,
    Ptr = 12,
    Txt = 16,
    Aaaa = 28,
};

QString dnsRecordTypeName(DnsRecordType type); // "A", "AAAA", "PTR", "TXT"

} // namespace mixdesk
