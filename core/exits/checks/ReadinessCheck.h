#pragma once

#include "exits/checks/CheckResult.h"
#include "exits/checks/ExitTarget.h"
#include "profile/OperatorProfile.h"

#include <QObject>

#include <functional>

namespace mixdesk {

// One kind of readiness check. Asynchronous: run() returns at once and `done` is
// called exactly once per run, on the check's thread, unless cancelAll() came
// first (then never). A check never throws and never blocks.
class ReadinessCheck : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const CheckResult& result)>;
    using QObject::QObject;

    virtual ReadinessCheckKind kind() const = 0;
    virtual void run(const ExitTarget& target, const OperatorProfile& profile, Done done) = 0;
    virtual void cancelAll() = 0;

protected:
    // A result for `target` stamped with this check's kind and the current time.
    CheckResult result(const ExitTarget& target, CheckStatus status, const QString& detail) const;
};

} // namespace mixdesk
