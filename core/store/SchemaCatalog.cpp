#include "store/SchemaCatalog.h"

#include "store/notices/NoticeSchema.h"

namespace mixdesk {

const QList<SchemaRole>& schemaCatalog()
{
    static const QList<SchemaRole> kRoles{
        noticeSchema(),
    };
    return kRoles;
}

} // namespace mixdesk
