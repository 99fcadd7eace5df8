#include "analysis/NoticeAnalyzer.h"

#include "mail/MailParser.h"

namespace mixdesk {

NoticeAnalyzer::NoticeAnalyzer(OperatorProfile profile) : m_profile(std::move(profile)) {}

Analysis NoticeAnalyzer::analyze(const QByteArray& raw) const
{
    // Stub until the analyzer lands.
    Analysis analysis;
    const ParsedMail mail = MailParser::parse(raw);
    analysis.problems = mail.problems;
    return analysis;
}

} // namespace mixdesk
