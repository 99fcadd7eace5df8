#pragma once

#include "store/SchemaRole.h"

namespace mixdesk {

// The responses' tables (store role "responses"): one row per response, in the outbox
// or sent, and which notices each one forwarded.
SchemaRole responseSchema();

} // namespace mixdesk
