#pragma once

#include "store/StoreLocation.h"
#include "util/Result.h"

#include <QString>

class QWidget;

namespace mixdesk {

// Opens the database at `path` once on a worker thread, which creates it or upgrades
// its schema, while the GUI stays responsive; a busy dialog appears when that takes
// longer than a moment. A schema migration rewrites every notice and takes about a
// minute with 100 000 of them; the window would freeze meanwhile. The caller then
// opens the prepared database on its own thread, at once. (Only for a database that
// needs it: see Database::Upgrade; the extra open and close cost the inbox's first
// display a hundred milliseconds.)
Status prepareStoreInBackground(const StoreLocation& location, QWidget* parent);

} // namespace mixdesk
