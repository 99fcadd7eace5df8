#pragma once

#include <QString>

namespace mixdesk {

class MainWindow;

// Opens the database the GUI starts with (see StoreChoice): `--db PATH_OR_URL`, the
// user's database, or on a first start the demo database. The window reports the
// outcome (storeOpened, storeOpenFailed); `passwordCommand` gives a team database's
// password. False when the --db text is no database location (`error` says why).
bool openInitialStore(MainWindow& window, const QString& dbOption, const QString& passwordCommand,
                      QString* error);

} // namespace mixdesk
