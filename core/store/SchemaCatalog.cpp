#include "store/SchemaCatalog.h"

#include "exits/store/ExitsSchema.h"
#include "store/notices/NoticeSchema.h"

namespace mixdesk {

const QList<SchemaRole>& schemaCatalog()
{
    static const QList<SchemaRole> kRoles{
        noticeSchema(),
        exitsSchema(),
    };
    return kRoles;
}

} // namespace mixdesk
