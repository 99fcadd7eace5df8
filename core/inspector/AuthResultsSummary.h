#pragma once

#include "inspector/AuthCheck.h"

#include <QList>
#include <QString>

namespace mixdesk {

// Summarises Authentication-Results (RFC 8601), Received-SPF (RFC 7208) and
// DKIM-Signature (RFC 6376) fields of a header block into (method, domain, result)
// entries, in header order. Tolerant: what cannot be read is skipped.
class AuthResultsSummary
{
public:
    // `headerBlock`: the header fields of one message, folded or not, LF or CRLF.
    static QList<AuthCheck> fromHeaderBlock(const QString& headerBlock);

    // The Authentication-Results of an ARF report (RFC 5965): the fields of the
    // message/feedback-report part of `notice`; empty when it has none.
    static QList<AuthCheck> fromFeedbackReport(const QString& notice);

    static QList<AuthCheck> parseAuthenticationResults(const QString& value);
    static AuthCheck parseReceivedSpf(const QString& value);
    static AuthCheck parseDkimSignature(const QString& value);
};

} // namespace mixdesk
