#include "dnsbl/DnsblRun.h"

#include <algorithm>

namespace mixdesk {

int DnsblRun::count(DnsblStatus status) const
{
    return static_cast<int>(
        std::count_if(results.begin(), results.end(),
                      [status](const DnsblResult& r) { return r.status == status; }));
}

} // namespace mixdesk
