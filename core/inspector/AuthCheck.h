#pragma once

#include <QString>

namespace mixdesk {

// One sender-authentication statement found in a message's header: what was checked,
// for which domain, with what result, and in which header field it was written.
struct AuthCheck
{
    QString method;    // "spf", "dkim", "dmarc", "arc"... (lower case)
    QString result;    // "pass", "fail", "softfail", "none"...; "signed" for a DKIM-Signature
    QString domain;    // the domain the result is about; null when the header names none
    QString header;    // "Authentication-Results", "Received-SPF" or "DKIM-Signature"
    QString checkedBy; // the authserv-id of Authentication-Results; null otherwise
    bool operator==(const AuthCheck&) const = default;
};

} // namespace mixdesk
