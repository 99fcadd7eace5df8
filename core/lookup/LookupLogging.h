#pragma once

#include <QLoggingCategory>

// RDAP and other registry lookups: QT_LOGGING_RULES="mixdesk.lookup.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLookup)
