#pragma once

#include "util/Result.h"

namespace mixdesk {

// Why an RDAP lookup failed, in Error::code, so callers can tell "the registry
// does not know this address" from "the registry did not answer".
enum class RdapError
{
    InvalidQuery = 1, // not an IP address or domain name
    NoService,        // the bootstrap registry names no RDAP server for it
    NotFound,         // HTTP 404: the server has no such object
    RateLimited,      // HTTP 429
    Timeout,          // no complete answer within the timeout
    Network,          // connection refused, TLS failure, other HTTP errors
    BadAnswer,        // not RDAP JSON
    Cancelled         // cancelAll() or the client went away
};

Error rdapError(RdapError kind, const QString& message);
// The kind stored in an Error made by rdapError(); InvalidQuery for foreign errors.
RdapError rdapErrorKind(const Error& error);

} // namespace mixdesk
