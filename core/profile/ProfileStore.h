#pragma once

#include "profile/OperatorProfile.h"

#include <QString>

namespace mixdesk {

// Where the operator profile lives: profile.json in the per-user config
// location (QStandardPaths), so HOME/XDG_CONFIG_HOME move it.
class ProfileStore
{
public:
    static QString defaultPath();
    // An empty profile when the file does not exist yet; an error when it is unreadable.
    static Result<OperatorProfile> load(const QString& path = defaultPath());
    static Status save(const OperatorProfile& profile, const QString& path = defaultPath());
};

} // namespace mixdesk
