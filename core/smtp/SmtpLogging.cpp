#include "smtp/SmtpLogging.h"

Q_LOGGING_CATEGORY(lcSmtp, "mixdesk.smtp")
