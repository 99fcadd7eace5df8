#pragma once

#include "profile/OperatorProfile.h"
#include "store/Database.h"
#include "util/Result.h"

#include <memory>

namespace mixdesk {

// The demo database a first start opens: the built-in sample notices
// (<root>/notices/*.eml) analysed with the sample operator profile
// (<root>/operator.json), so a new user sees a working inbox at once.
class DemoDatabase
{
public:
    static QString defaultRoot(); // ":/demo"
    static QString defaultPath(); // demo.sqlite in the per-user data location
    static bool isAvailable(const QString& root = defaultRoot());

    static Result<OperatorProfile> loadProfile(const QString& root = defaultRoot());
    // Opens the demo database at `path`, filling it from `root` when it is empty.
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const QString& root = defaultRoot());
};

} // namespace mixdesk
