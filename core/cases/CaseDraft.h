#pragma once

#include "analysis/Analysis.h"
#include "cases/CaseFolder.h"

namespace mixdesk {

// A new case pre-filled from a notice's analysis, so that a notice opens a case in
// one step: type from the category, authority from the reporter, the notice's file
// reference, exit IP and incident time.
class CaseDraft
{
public:
    static CaseFolder fromNotice(const Analysis& analysis, const QString& subject);
    static AuthorityKind authorityOf(const QString& reporter);
};

} // namespace mixdesk
