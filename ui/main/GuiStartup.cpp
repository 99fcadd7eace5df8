#include "main/GuiStartup.h"

#include "main/DemoDatabase.h"
#include "main/MainWindow.h"
#include "main/StoreChoice.h"
#include "profile/ProfileStore.h"
#include "store/Database.h"

namespace mixdesk {

bool openInitialStore(MainWindow& window, const QString& dbOption, QString* error)
{
    const auto profile = ProfileStore::load();
    const bool configured = profile && !profile->exits.isEmpty();
    const StoreChoice choice =
        StoreChoice::decide(dbOption, Database::defaultSqlitePath(), configured,
                            DemoDatabase::isAvailable(), DemoDatabase::defaultPath());
    if (choice.demo)
        return window.openDemoStore(choice.path, DemoDatabase::defaultRoot(), error);
    return window.openStore(choice.path, error);
}

} // namespace mixdesk
