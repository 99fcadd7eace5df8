#pragma once

#include "cases/dossier/DossierData.h"
#include "util/Result.h"

namespace mixdesk {

class CaseStore;
class InboxQueries;
class NoticeJournal;

// Reads a case and its linked notices for the dossier: the analyses, the journals
// for the timeline, and the SHA-256 of each raw notice, computed from the stored
// bytes (the evidence index lets the lawyer verify them).
class DossierCollector
{
public:
    static Result<DossierData> collect(CaseStore& cases, InboxQueries& inbox,
                                       NoticeJournal& journal, qint64 caseId,
                                       const OperatorProfile& profile, const QString& language);
};

} // namespace mixdesk
