#include "main/GuiStartup.h"

#include "main/DemoDatabase.h"
#include "main/MainWindow.h"
#include "main/StoreChoice.h"
#include "profile/ProfileStore.h"
#include "secrets/PasswordCommandSecret.h"
#include "settings/DeskLocationSetting.h"
#include "store/Database.h"

namespace mixdesk {

bool openInitialStore(MainWindow& window, const QString& dbOption, const QString& passwordCommand,
                      QString* error)
{
    const auto profile = ProfileStore::load();
    const bool configured = profile && !profile->exits.isEmpty();
    const StoreChoice choice =
        // --db wins over the database chosen in Settings, which wins over the default.
        StoreChoice::decide(dbOption.isEmpty() ? savedDeskLocation() : dbOption,
                            Database::defaultSqlitePath(), configured, DemoDatabase::isAvailable(),
                            DemoDatabase::defaultPath());
    if (choice.demo) {
        window.openDemoStore(choice.path, DemoDatabase::defaultRoot());
        return true;
    }
    const auto location = StoreLocation::parse(choice.path);
    if (!location) {
        if (error)
            *error = location.error().message;
        return false;
    }
    Database::Options options;
    if (!passwordCommand.isEmpty()) {
        auto password = PasswordCommandSecret::run(passwordCommand);
        if (!password) {
            if (error)
                *error = password.error().message;
            return false;
        }
        options.password = *password;
    }
    window.openDatabase(*location, options);
    return true;
}

} // namespace mixdesk
