#pragma once

#include <QString>

namespace mixdesk {

// The OS user name ($USER, $LOGNAME, $USERNAME), "unknown" when none is set: the
// author of journal events when the profile names no operator.
QString defaultUserName();

} // namespace mixdesk
