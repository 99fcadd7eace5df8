#pragma once

#include "lookup/RdapObject.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace mixdesk {

// Turns an RDAP JSON answer (RFC 9083) into an RdapObject. Lenient about what it
// does not need, strict about what makes an answer RDAP at all (a JSON object
// with an objectClassName).
class RdapParser
{
public:
    static Result<RdapObject> parse(const QByteArray& json);
    static Result<RdapObject> parse(const QJsonObject& json);
};

} // namespace mixdesk
