#pragma once

#include "store/SchemaRole.h"

namespace mixdesk {

// The case folders' tables: cases, their linked notices, documents, notes,
// deadlines, retention checklist answers and events.
SchemaRole casesSchema();

} // namespace mixdesk
