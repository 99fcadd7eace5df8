#include "exits/checks/CheckStatus.h"

#include <QCoreApplication>
#include <QList>

namespace mixdesk {
namespace {

struct KindName
{
    ReadinessCheckKind kind;
    const char* id;
    const char* displayName;
};

const KindName kKinds[] = {
    {ReadinessCheckKind::ReverseDns, "reverse-dns",
     QT_TRANSLATE_NOOP("ReadinessCheck", "Reverse DNS")},
    {ReadinessCheckKind::Whois, "rdap", QT_TRANSLATE_NOOP("ReadinessCheck", "Whois (RDAP)")},
    {ReadinessCheckKind::NoticePage, "notice-page",
     QT_TRANSLATE_NOOP("ReadinessCheck", "Notice page")},
    {ReadinessCheckKind::HostingCountry, "country",
     QT_TRANSLATE_NOOP("ReadinessCheck", "Hosting country")},
    {ReadinessCheckKind::Dnsbl, "dnsbl", QT_TRANSLATE_NOOP("ReadinessCheck", "DNSBL")},
};

} // namespace

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        break;
    }
    return QStringLiteral("fail");
}

CheckStatus checkStatusFromId(QStringView id)
{
    if (id == u"pass")
        return CheckStatus::Pass;
    if (id == u"warn")
        return CheckStatus::Warn;
    return CheckStatus::Fail;
}

QString checkStatusDisplayName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("CheckStatus", "Pass");
    case CheckStatus::Warn:
        return QCoreApplication::translate("CheckStatus", "Warning");
    case CheckStatus::Fail:
        break;
    }
    return QCoreApplication::translate("CheckStatus", "Fail");
}

QString checkKindId(ReadinessCheckKind kind)
{
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    return {};
}

bool checkKindFromId(QStringView id, ReadinessCheckKind* kind)
{
    for (const KindName& k : kKinds)
        if (id == QLatin1String(k.id)) {
            *kind = k.kind;
            return true;
        }
    return false;
}

QString checkKindDisplayName(ReadinessCheckKind kind)
{
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("ReadinessCheck", k.displayName);
    return {};
}

const QList<ReadinessCheckKind>& allCheckKinds()
{
    static const QList<ReadinessCheckKind> kinds{
        ReadinessCheckKind::ReverseDns, ReadinessCheckKind::Whois, ReadinessCheckKind::NoticePage,
        ReadinessCheckKind::HostingCountry, ReadinessCheckKind::Dnsbl};
    return kinds;
}

} // namespace mixdesk
