#include "lookup/RdapObject.h"

namespace mixdesk {
namespace {

void collect(const QList<RdapEntity>& entities, QStringView role, QList<RdapEntity>* out)
{
    for (const RdapEntity& e : entities) {
        if (e.hasRole(role))
            out->append(e);
        collect(e.entities, role, out);
    }
}

void collectTexts(const QList<RdapEntity>& entities, QStringList* out)
{
    for (const RdapEntity& e : entities) {
        *out << e.name << e.organisation << e.emails << e.remarks;
        collectTexts(e.entities, out);
    }
}

} // namespace

QList<RdapEntity> RdapObject::entitiesWithRole(QStringView role) const
{
    QList<RdapEntity> found;
    collect(entities, role, &found);
    return found;
}

QStringList RdapObject::abuseEmails() const
{
    QStringList emails;
    for (const RdapEntity& e : entitiesWithRole(u"abuse"))
        for (const QString& mail : e.emails)
            if (!emails.contains(mail, Qt::CaseInsensitive))
                emails.append(mail);
    return emails;
}

QStringList RdapObject::namingTexts() const
{
    QStringList texts{name, handle, ldhName};
    texts << remarks;
    collectTexts(entities, &texts);
    texts.removeAll(QString());
    return texts;
}

} // namespace mixdesk
