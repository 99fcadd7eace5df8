#include "exits/ExitsLogging.h"

Q_LOGGING_CATEGORY(lcExits, "mixdesk.exits", QtInfoMsg)
