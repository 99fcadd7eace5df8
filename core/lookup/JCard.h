#pragma once

#include "lookup/RdapEntity.h"

#include <QJsonArray>

namespace mixdesk {

// Reads a jCard (RFC 7095, the JSON form of vCard 4.0 that RDAP entities carry
// in "vcardArray") into the fields of an RdapEntity: FN, ORG, KIND, EMAIL, TEL, ADR.
class JCard
{
public:
    // `vcardArray` is ["vcard", [[name, params, type, value...], ...]]; anything
    // else leaves `entity` unchanged.
    static void read(const QJsonArray& vcardArray, RdapEntity* entity);
};

} // namespace mixdesk
