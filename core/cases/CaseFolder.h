#pragma once

#include "cases/CaseStatus.h"
#include "cases/CaseType.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mixdesk {

// One legal matter: a summons, an order, a claim. Its documents, notes, deadlines,
// checklist and linked notices are rows of their own (CaseStore).
struct CaseFolder
{
    qint64 id = 0;
    CaseType type = CaseType::Other;
    SummonsRole role = SummonsRole::None; // summons only
    QString title;
    AuthorityKind authorityKind = AuthorityKind::Police;
    QString authority; // e.g. "Polizeipräsidium Musterstadt"
    QString reference; // the authority's file reference, e.g. "Az. 123 Js 4567/26"
    QString contact;   // contact person at the authority
    CaseStatus status = CaseStatus::Open;
    QDate openedOn;
    QDate closedOn; // invalid while not closed
    // What the case is about, from the first linked notice or typed in.
    QString exitIp;
    QDateTime incidentTimeUtc;
    // The operator's edited written statement and fact sheet; empty: the template.
    QString statement;
    QString factSheet;
    QDateTime createdAt;
    QString createdBy;

    bool operator==(const CaseFolder&) const = default;
};

} // namespace mixdesk
