#pragma once

#include <QLoggingCategory>

// mixdesk.dns: every lookup and its outcome at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcDns)
