#include "lookup/RdapEntity.h"

namespace mixdesk {

bool RdapEntity::hasRole(QStringView role) const
{
    for (const QString& r : roles)
        if (r.compare(role, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace mixdesk
