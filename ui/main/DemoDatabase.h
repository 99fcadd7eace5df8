#pragma once

#include "profile/OperatorProfile.h"
#include "store/Database.h"

#include "util/Result.h"

#include <memory>

namespace mixdesk {

struct StoreContext;

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
    // Fills an opened demo database from `root` when it is empty (else re-analyses
    // it); runs on the store's worker (StoreSession::setInitializer).
    static Status fill(StoreContext& store, const QString& root = defaultRoot());
};

} // namespace mixdesk
