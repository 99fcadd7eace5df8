#include "lookup/RdapAbuseContact.h"

namespace mixdesk {
namespace {

QString displayName(const RdapEntity& e)
{
    return e.name.isEmpty() ? e.organisation : e.name;
}

// The first abuse entity with an address below `entity` (itself excluded), depth first.
const RdapEntity* nestedAbuse(const RdapEntity& entity)
{
    for (const RdapEntity& child : entity.entities) {
        if (child.hasRole(u"abuse") && !child.emails.isEmpty())
            return &child;
        if (const RdapEntity* deeper = nestedAbuse(child))
            return deeper;
    }
    return nullptr;
}

QString objectNameOf(const RdapObject& o)
{
    if (!o.ldhName.isEmpty())
        return o.ldhName;
    if (!o.startAddress.isEmpty() && !o.endAddress.isEmpty())
        return o.startAddress + QStringLiteral(" - ") + o.endAddress;
    return o.name.isEmpty() ? o.handle : o.name;
}

} // namespace

std::optional<RdapAbuseContact> RdapAbuseContact::from(const RdapObject& object)
{
    RdapAbuseContact c;
    c.objectName = objectNameOf(object);
    c.sourceUrl = object.sourceUrl;
    for (const RdapEntity& e : object.entities) {
        if (e.hasRole(u"abuse") && !e.emails.isEmpty()) {
            c.email = e.emails.first();
            c.name = displayName(e);
            return c;
        }
    }
    // Nested: the registrant's own abuse desk before the registrar's.
    for (const bool registrant : {true, false}) {
        for (const RdapEntity& e : object.entities) {
            if (e.hasRole(u"registrant") != registrant)
                continue;
            if (const RdapEntity* abuse = nestedAbuse(e)) {
                c.email = abuse->emails.first();
                c.name = displayName(*abuse);
                c.holderRole = e.roles.value(0);
                for (const QString& role : e.roles)
                    if (role == QLatin1String("registrant") || role == QLatin1String("registrar"))
                        c.holderRole = role;
                c.holderName = displayName(e);
                return c;
            }
        }
    }
    return std::nullopt;
}

} // namespace mixdesk
