#pragma once

#include <QString>

namespace mixdesk {

// The name of a web interface the analysis recognised, by its id ("squirrelmail",
// "roundcube", "horde", "other"), for the UI: product names as they are, "other" in
// the user's language. Unknown ids come back unchanged.
QString webmailSoftwareDisplayName(const QString& id);

} // namespace mixdesk
