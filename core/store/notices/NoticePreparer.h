#pragma once

#include "store/notices/PreparedNotice.h"

#include <memory>

namespace mixdesk {

class NoticeAnalyzer;
struct ParsedMail;

// The one factory of PreparedNotice. Thread-safe: the importer, the sync and the
// reanalysis run it on the thread pool, one notice per call.
class NoticePreparer
{
public:
    explicit NoticePreparer(std::shared_ptr<const NoticeAnalyzer> analyzer);

    // Parses once, analyses, extracts the search text, serialises and packs.
    PreparedNotice prepare(IncomingNotice notice) const;
    // The same for bytes packed already as the store keeps them (a spooled
    // message, a stored notice being reanalysed): they are not packed again.
    PreparedNotice prepare(IncomingNotice notice, PackedRaw stored) const;

    // With an analysis made elsewhere (the CLI's analyze, tests): parses for the
    // search text only.
    static PreparedNotice withAnalysis(IncomingNotice notice, Analysis analysis);

private:
    static PreparedNotice assemble(IncomingNotice notice, PackedRaw packed, const ParsedMail& mail,
                                   Analysis analysis);

    std::shared_ptr<const NoticeAnalyzer> m_analyzer;
};

} // namespace mixdesk
