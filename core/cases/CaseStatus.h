#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mixdesk {

// Where a case stands.
enum class CaseStatus
{
    Open,     // ("open")
    Waiting,  // waiting for the authority ("waiting")
    Answered, // the operator answered ("answered")
    Closed,   // ("closed")
};
const QList<CaseStatus>& allCaseStatuses();
QString caseStatusId(CaseStatus status);
std::optional<CaseStatus> caseStatusFromId(QStringView id);
QString caseStatusDisplayName(CaseStatus status); // translated

// Who the case comes from.
enum class AuthorityKind
{
    Police,     // ("police")
    Prosecutor, // ("prosecutor")
    Court,      // ("court")
    Company,    // a company or its lawyers ("company")
    Other,      // ("other")
};
const QList<AuthorityKind>& allAuthorityKinds();
QString authorityKindId(AuthorityKind kind);
std::optional<AuthorityKind> authorityKindFromId(QStringView id);
QString authorityKindDisplayName(AuthorityKind kind); // translated

} // namespace mixdesk
