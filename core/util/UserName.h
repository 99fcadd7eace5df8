#pragma once

#include <QString>

namespace mixdesk {

// The OS user name ($USER, $LOGNAME, $USERNAME, else the account of the process),
// "unknown" when none is known: the author of journal events when the profile names no
// operator.
QString defaultUserName();

} // namespace mixdesk
