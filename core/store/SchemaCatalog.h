#pragma once

#include "store/SchemaRole.h"

#include <QList>

namespace mixdesk {

// Every store role's schema, in the order they are created (a role's tables may
// refer to those of the roles before it). A new capability adds one line here.
const QList<SchemaRole>& schemaCatalog();

} // namespace mixdesk
