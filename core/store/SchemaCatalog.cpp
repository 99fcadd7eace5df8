#include "store/SchemaCatalog.h"

#include "dnsbl/DnsblSchema.h"
#include "store/notices/NoticeSchema.h"

namespace mixdesk {

const QList<SchemaRole>& schemaCatalog()
{
    static const QList<SchemaRole> kRoles{
        noticeSchema(),
        dnsblSchema(),
    };
    return kRoles;
}

} // namespace mixdesk
