#pragma once

#include "cases/CaseFolder.h"
#include "profile/OperatorProfile.h"

#include <QString>

namespace mixdesk {

// The operator's written statement and the fact sheet on how the anonymization
// service works, in English or German, filled from the profile and the case. Plain
// text: the operator edits it in the case (CaseFolder::statement, ::factSheet).
class CaseTemplates
{
public:
    static QString statement(const OperatorProfile& profile, const CaseFolder& folder,
                             const QString& language);
    static QString factSheet(const OperatorProfile& profile, const CaseFolder& folder,
                             const QString& language);
    // The case's own text when edited, else the filled template.
    static QString statementOf(const OperatorProfile& profile, const CaseFolder& folder,
                               const QString& language);
    static QString factSheetOf(const OperatorProfile& profile, const CaseFolder& folder,
                               const QString& language);
};

} // namespace mixdesk
