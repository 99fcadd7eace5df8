#include "cases/CaseType.h"

#include <QCoreApplication>

namespace mixdesk {
namespace {

struct TypeEntry
{
    CaseType type;
    const char* id;
    const char* name;
};

const TypeEntry kTypes[] = {
    {CaseType::Summons, "summons", QT_TRANSLATE_NOOP("CaseType", "Police summons")},
    {CaseType::InformationRequest, "information-request",
     QT_TRANSLATE_NOOP("CaseType", "Information request")},
    {CaseType::Fraud, "fraud", QT_TRANSLATE_NOOP("CaseType", "Fraud complaint")},
    {CaseType::RetentionOrder, "retention-order",
     QT_TRANSLATE_NOOP("CaseType", "Data-retention or surveillance order")},
    {CaseType::SearchSeizure, "search-seizure", QT_TRANSLATE_NOOP("CaseType", "Search or seizure")},
    {CaseType::Copyright, "copyright", QT_TRANSLATE_NOOP("CaseType", "Copyright claim")},
    {CaseType::Harassment, "harassment",
     QT_TRANSLATE_NOOP("CaseType", "Harassment or blocking request")},
    {CaseType::Other, "other", QT_TRANSLATE_NOOP("CaseType", "Other")},
};

} // namespace

const QList<CaseType>& allCaseTypes()
{
    static const QList<CaseType> all = [] {
        QList<CaseType> list;
        for (const TypeEntry& e : kTypes)
            list.append(e.type);
        return list;
    }();
    return all;
}

QString caseTypeId(CaseType type)
{
    for (const TypeEntry& e : kTypes) {
        if (e.type == type)
            return QLatin1String(e.id);
    }
    return QStringLiteral("other");
}

std::optional<CaseType> caseTypeFromId(QStringView id)
{
    for (const TypeEntry& e : kTypes) {
        if (id == QLatin1String(e.id))
            return e.type;
    }
    return std::nullopt;
}

QString caseTypeDisplayName(CaseType type)
{
    for (const TypeEntry& e : kTypes) {
        if (e.type == type)
            return QCoreApplication::translate("CaseType", e.name);
    }
    return {};
}

QString summonsRoleId(SummonsRole role)
{
    switch (role) {
    case SummonsRole::Witness:
        return QStringLiteral("witness");
    case SummonsRole::Suspect:
        return QStringLiteral("suspect");
    case SummonsRole::None:
        break;
    }
    return QStringLiteral("");
}

std::optional<SummonsRole> summonsRoleFromId(QStringView id)
{
    if (id.isEmpty())
        return SummonsRole::None;
    if (id == u"witness")
        return SummonsRole::Witness;
    if (id == u"suspect")
        return SummonsRole::Suspect;
    return std::nullopt;
}

QString summonsRoleDisplayName(SummonsRole role)
{
    switch (role) {
    case SummonsRole::Witness:
        return QCoreApplication::translate("CaseType", "as witness");
    case SummonsRole::Suspect:
        return QCoreApplication::translate("CaseType", "as suspect");
    case SummonsRole::None:
        break;
    }
    return {};
}

} // namespace mixdesk
