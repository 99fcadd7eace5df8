#include "main/StoreChoice.h"

#include <QFileInfo>

namespace mixdesk {

StoreChoice StoreChoice::decide(const QString& dbOption, const QString& defaultPath,
                                bool profileConfigured, bool demoAvailable, const QString& demoPath)
{
    if (!dbOption.isEmpty())
        return {dbOption, false};
    if (!QFileInfo::exists(defaultPath) && !profileConfigured && demoAvailable)
        return {demoPath, true};
    return {defaultPath, false};
}

} // namespace mixdesk
