#include "settings/DeskLocationSetting.h"

#include <QSettings>

namespace mixdesk {

namespace {
const QString kKey = QStringLiteral("store/location");
}

QString savedDeskLocation()
{
    return QSettings().value(kKey).toString();
}

void saveDeskLocation(const QString& location)
{
    QSettings settings;
    if (location.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, location);
}

} // namespace mixdesk
