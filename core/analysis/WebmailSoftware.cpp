#include "analysis/WebmailSoftware.h"

#include <QCoreApplication>

namespace mixdesk {

QString webmailSoftwareDisplayName(const QString& id)
{
    if (id == u"squirrelmail")
        return QStringLiteral("SquirrelMail");
    if (id == u"roundcube")
        return QStringLiteral("Roundcube");
    if (id == u"horde")
        return QStringLiteral("Horde");
    if (id == u"other")
        return QCoreApplication::translate("WebmailSoftware", "Other web interface");
    return id;
}

} // namespace mixdesk
