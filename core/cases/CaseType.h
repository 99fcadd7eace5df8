#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mixdesk {

// What a legal matter is about. The ids are those of the CLI (`case new --type`).
enum class CaseType
{
    Summons,            // police summons, as witness or suspect ("summons")
    InformationRequest, // request for information about a user ("information-request")
    Fraud,              // fraud complaint, e.g. a shop fraud ("fraud")
    RetentionOrder,     // data-retention or surveillance order ("retention-order")
    SearchSeizure,      // search or seizure ("search-seizure")
    Copyright,          // copyright claim ("copyright")
    Harassment,         // harassment or blocking request ("harassment")
    Other,              // ("other")
};
const QList<CaseType>& allCaseTypes();
QString caseTypeId(CaseType type);
std::optional<CaseType> caseTypeFromId(QStringView id);
QString caseTypeDisplayName(CaseType type); // translated

// In which role a summons calls the operator; None for other case types.
enum class SummonsRole
{
    None,    // ("")
    Witness, // ("witness")
    Suspect, // ("suspect")
};
QString summonsRoleId(SummonsRole role);
std::optional<SummonsRole> summonsRoleFromId(QStringView id);
QString summonsRoleDisplayName(SummonsRole role); // translated

} // namespace mixdesk
