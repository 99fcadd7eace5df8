#include "lookup/LookupLogging.h"

Q_LOGGING_CATEGORY(lcLookup, "mixdesk.lookup", QtInfoMsg)
