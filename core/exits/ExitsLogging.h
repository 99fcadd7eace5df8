#pragma once

#include <QLoggingCategory>

// Exit readiness checks, the notice page and block exports:
// QT_LOGGING_RULES="mixdesk.exits.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcExits)
