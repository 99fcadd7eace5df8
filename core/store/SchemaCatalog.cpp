#include "store/SchemaCatalog.h"

#include "cases/CasesSchema.h"
#include "dnsbl/DnsblSchema.h"
#include "exits/store/ExitsSchema.h"
#include "respond/ResponseSchema.h"
#include "store/notices/NoticeSchema.h"

namespace mixdesk {

const QList<SchemaRole>& schemaCatalog()
{
    static const QList<SchemaRole> kRoles{
        noticeSchema(),
        dnsblSchema(),
        exitsSchema(),
        responseSchema(),
        casesSchema(),
    };
    return kRoles;
}

} // namespace mixdesk
