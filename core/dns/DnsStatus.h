#pragma once

#include <QString>

namespace mixdesk {

// How a lookup ended. Everything but Ok is an error the caller can tell apart:
// a DNSBL reads NxDomain as "not listed", a PTR check reads it as "no reverse name",
// while Timeout and Refused mean "we do not know".
enum class DnsStatus
{
    Ok,            // the answer holds at least one record of the asked type
    NxDomain,      // the name does not exist (RCODE 3)
    NoData,        // the name exists but has no record of this type (NOERROR, empty)
    Refused,       // the server refused to answer (RCODE 5)
    ServerFailure, // the server failed (RCODE 2), or NOTIMP/FORMERR
    Timeout,       // no answer within the timeout, after every try
    Error,         // anything else: unreachable server, malformed answer, bad name
};

QString dnsStatusId(DnsStatus status); // "ok", "nxdomain", "nodata", "refused", ...

} // namespace mixdesk
