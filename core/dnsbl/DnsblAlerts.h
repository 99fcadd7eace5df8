#pragma once

#include "dnsbl/DnsblResult.h"

#include <QList>

namespace mixdesk {

// Decides which results deserve an alarm: a listing on an actionable zone (or code) of
// a premium exit (premium exits carry mail) that was not listed there at the last
// conclusive check. Free exits' listings and expected lists never alarm; a timeout in
// between does not make an old listing new.
class DnsblAlerts
{
public:
    // `previous`: the newest conclusive result per pair before this check
    // (DnsblHistory::latest(Which::Conclusive)).
    static QList<DnsblResult> newListings(const QList<DnsblResult>& previous,
                                          const QList<DnsblResult>& current);
};

} // namespace mixdesk
