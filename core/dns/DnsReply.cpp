#include "dns/DnsReply.h"

#include <algorithm>

namespace mixdesk {

quint32 DnsReply::minimumTtl() const
{
    if (records.isEmpty())
        return 0;
    return std::min_element(records.begin(), records.end(),
                            [](const DnsRecord& a, const DnsRecord& b) { return a.ttl < b.ttl; })
        ->ttl;
}

} // namespace mixdesk
