#pragma once

#include "lookup/RdapObject.h"

#include <QString>

#include <optional>

namespace mixdesk {

// The abuse contact an RDAP answer names (RFC 9083 role "abuse") with an e-mail
// address: for a network or a domain directly, or nested in its registrant or
// registrar entity (ICANN registries put the registrar's abuse contact there).
struct RdapAbuseContact
{
    QString email;
    QString name;       // the abuse entity's FN, else its organisation
    QString holderRole; // "registrant", "registrar"... when nested; empty when direct
    QString holderName; // that entity's FN or organisation
    QString objectName; // the domain ("example.net") or the network ("198.51.100.0 - ...")
    QString sourceUrl;

    // The contact to write to: a direct abuse entity first, then one nested in the
    // registrant, then in any other entity (the registrar); the first with an
    // e-mail address. Nothing when no abuse entity has one.
    static std::optional<RdapAbuseContact> from(const RdapObject& object);
};

} // namespace mixdesk
