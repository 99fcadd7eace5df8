#pragma once

#include <QString>

namespace mixdesk {

class MainWindow;

// Opens the database the GUI starts with (see StoreChoice): `--db PATH`, the
// user's database, or on a first start the demo database.
bool openInitialStore(MainWindow& window, const QString& dbOption, QString* error);

} // namespace mixdesk
