#pragma once

#include "util/Result.h"

#include <QString>

namespace mixdesk {

// A password printed by a command, like mbsync's PassCmd: `/bin/sh -c COMMAND`,
// first line of its standard output. Blocking: call it from the CLI or a worker thread.
class PasswordCommandSecret
{
public:
    static Result<QString> run(const QString& command, int timeoutMs = 60000);
};

} // namespace mixdesk
