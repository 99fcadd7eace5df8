#include "cases/CaseStatus.h"

#include <QCoreApplication>

namespace mixdesk {
namespace {

template <typename E> struct Entry
{
    E value;
    const char* id;
    const char* name;
};

const Entry<CaseStatus> kStatuses[] = {
    {CaseStatus::Open, "open", QT_TRANSLATE_NOOP("CaseStatus", "Open")},
    {CaseStatus::Waiting, "waiting", QT_TRANSLATE_NOOP("CaseStatus", "Waiting")},
    {CaseStatus::Answered, "answered", QT_TRANSLATE_NOOP("CaseStatus", "Answered")},
    {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("CaseStatus", "Closed")},
};

const Entry<AuthorityKind> kAuthorities[] = {
    {AuthorityKind::Police, "police", QT_TRANSLATE_NOOP("CaseStatus", "Police")},
    {AuthorityKind::Prosecutor, "prosecutor", QT_TRANSLATE_NOOP("CaseStatus", "Prosecutor")},
    {AuthorityKind::Court, "court", QT_TRANSLATE_NOOP("CaseStatus", "Court")},
    {AuthorityKind::Company, "company", QT_TRANSLATE_NOOP("CaseStatus", "Company")},
    {AuthorityKind::Other, "other", QT_TRANSLATE_NOOP("CaseStatus", "Other authority")},
};

template <typename E, size_t N> QList<E> valuesOf(const Entry<E> (&entries)[N])
{
    QList<E> list;
    for (const Entry<E>& e : entries)
        list.append(e.value);
    return list;
}

template <typename E, size_t N> const Entry<E>* find(const Entry<E> (&entries)[N], E value)
{
    for (const Entry<E>& e : entries) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

template <typename E, size_t N>
std::optional<E> fromId(const Entry<E> (&entries)[N], QStringView id)
{
    for (const Entry<E>& e : entries) {
        if (id == QLatin1String(e.id))
            return e.value;
    }
    return std::nullopt;
}

} // namespace

const QList<CaseStatus>& allCaseStatuses()
{
    static const QList<CaseStatus> all = valuesOf(kStatuses);
    return all;
}

QString caseStatusId(CaseStatus status)
{
    return QLatin1String(find(kStatuses, status)->id);
}

std::optional<CaseStatus> caseStatusFromId(QStringView id)
{
    return fromId(kStatuses, id);
}

QString caseStatusDisplayName(CaseStatus status)
{
    return QCoreApplication::translate("CaseStatus", find(kStatuses, status)->name);
}

const QList<AuthorityKind>& allAuthorityKinds()
{
    static const QList<AuthorityKind> all = valuesOf(kAuthorities);
    return all;
}

QString authorityKindId(AuthorityKind kind)
{
    return QLatin1String(find(kAuthorities, kind)->id);
}

std::optional<AuthorityKind> authorityKindFromId(QStringView id)
{
    return fromId(kAuthorities, id);
}

QString authorityKindDisplayName(AuthorityKind kind)
{
    return QCoreApplication::translate("CaseStatus", find(kAuthorities, kind)->name);
}

} // namespace mixdesk
