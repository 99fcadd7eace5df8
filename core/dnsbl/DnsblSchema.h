#pragma once

#include "store/SchemaRole.h"

namespace mixdesk {

// The DNSBL history's tables (store role "dnsbl"): one row per check, one per
// (check, address, zone) result, one per (check, zone, family) self-test.
SchemaRole dnsblSchema();

} // namespace mixdesk
