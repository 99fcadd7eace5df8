#pragma once

#include "analysis/Analysis.h"
#include "mail/ParsedMail.h"
#include "profile/ExitMatcher.h"
#include "profile/OperatorProfile.h"

#include <QByteArray>

namespace mixdesk {

// Turns the raw bytes of one abuse notice into an Analysis. Pure function of
// (bytes, profile): never throws, never touches the network or the disk, so it
// can run on any thread and be recomputed after an analyzer upgrade.
class NoticeAnalyzer
{
public:
    explicit NoticeAnalyzer(OperatorProfile profile);

    // Parses `raw` and analyzes it.
    Analysis analyze(const QByteArray& raw) const;
    // For callers that need the parsed message anyway (the importer also takes
    // the search text from it): `mail` must be MailParser::parse(raw), so
    // that each notice is parsed only once.
    Analysis analyze(const ParsedMail& mail, const QByteArray& raw) const;

private:
    void analyzeInto(const ParsedMail& mail, Analysis& analysis) const;

    OperatorProfile m_profile;
    // Made once: parsing the exits' addresses for every notice was half a percent of
    // the analysis. Only read, so the import's threads share it.
    ExitMatcher m_exits;
};

} // namespace mixdesk
