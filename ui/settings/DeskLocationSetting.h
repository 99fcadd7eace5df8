#pragma once

#include <QString>

namespace mixdesk {

// The desk the GUI opens when no --db is given, as chosen in Settings > Database:
// "" for the default SQLite file, a file path, or a postgresql:// URL (no password).
QString savedDeskLocation();
void saveDeskLocation(const QString& location);

} // namespace mixdesk
