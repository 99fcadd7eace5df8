#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// A contact of an RDAP object (RFC 9083 section 5.1): registrant, abuse,
// technical... with what its jCard says about it. Entities nest (an abuse
// contact inside the registrant), so each keeps its own children.
struct RdapEntity
{
    QString handle;
    QStringList roles; // lower-case, as RFC 9083 section 10.2.4 spells them
    QString kind;      // vCard KIND: individual, org, group...
    QString name;      // vCard FN
    QString organisation;
    QStringList emails;
    QStringList phones;
    QString address; // the postal address as one text (the label, else the parts)
    QStringList remarks;
    QList<RdapEntity> entities;

    bool hasRole(QStringView role) const;
};

} // namespace mixdesk
