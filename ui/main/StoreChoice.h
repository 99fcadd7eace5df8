#pragma once

#include <QString>

namespace mixdesk {

// Which database the GUI opens at start-up.
struct StoreChoice
{
    QString path;
    bool demo = false;

    // `--db PATH` wins. Otherwise a first start (no database at `defaultPath`
    // and no operator profile configured) opens the demo database, when the demo
    // data is built in; anything else opens `defaultPath`.
    static StoreChoice decide(const QString& dbOption, const QString& defaultPath,
                              bool profileConfigured, bool demoAvailable, const QString& demoPath);
};

} // namespace mixdesk
