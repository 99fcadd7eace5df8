#pragma once

#include "store/SchemaRole.h"

namespace mixdesk {

// The exits' tables: every readiness check result (the history) and the
// destination block requests.
SchemaRole exitsSchema();

} // namespace mixdesk
