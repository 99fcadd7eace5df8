#pragma once

#include "analysis/Analysis.h"
#include "store/NoticeStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mixdesk {

// The list columns of a notice read from its header only, with no MIME parse of the
// body: cheap enough to run in the IMAP fetch path. The IMAP sync stores notices with
// this and a pending analysis (analyzer_version 0); the real analysis is computed
// afterwards from the stored raw bytes (see Reanalyzer).
struct HeaderSummary
{
    QString subject;   // RFC 2047-decoded
    QString from;      // the From header, RFC 2047-decoded
    QString addresses; // From, To, Cc, Reply-To, space separated (like NoticeText)
    QDateTime date;    // the Date header (invalid when missing or unparsable)

    static HeaderSummary scan(const QByteArray& raw);

    // Searchable text without a body: the search index until the analysis runs.
    NoticeText text() const;
    // An analysis marked pending (analyzerVersion 0) holding what the list shows.
    Analysis pendingAnalysis() const;
};

} // namespace mixdesk
