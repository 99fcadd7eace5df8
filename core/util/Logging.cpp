#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcMail, "mixdesk.mail", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "mixdesk.analysis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "mixdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "mixdesk.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImap, "mixdesk.imap", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "mixdesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mixdesk.ui", QtInfoMsg)
