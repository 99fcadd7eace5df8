#include "util/UserName.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace mixdesk {

QString defaultUserName()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    // Sessions started by a display manager or a service may set none of them; the
    // account database still knows who runs the program.
    passwd entry{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("unknown");
}

} // namespace mixdesk
