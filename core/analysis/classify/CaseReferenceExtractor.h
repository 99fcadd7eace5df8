#pragma once

#include "mail/ParsedMail.h"

class QRegularExpression;
class QRegularExpressionMatch;

#include <QString>

namespace mixdesk {

// Finds the identifier the reporter wants quoted in replies ("[Ticket#...]",
// "Case ID:", "Az.: 412 Js 1187/26", X-ARF Report-ID, ...). Every mention of a
// candidate adds to its score: in the subject, after a label, next to a request
// to quote it. Order, invoice, contract and hash numbers carry no label we
// accept, so they never become candidates.
class CaseReferenceExtractor
{
public:
    struct Result
    {
        QString reference; // without label words or brackets; empty when none
        QString label;     // how it was found first (for evidence), e.g. "subject", "Case ID"
        int score = 0;
    };

    static Result extract(const ParsedMail& notice, const QString& ownText);

    // Normalises a candidate token: strips brackets, label prefixes ("Ticket#",
    // "id:") and trailing punctuation; empty when it does not look like an id.
    static QString cleanToken(const QString& token);

    // The label words ("Case ID", "unser Zeichen", "Az.") in `text`, in order: the
    // matches of labelExpression(), found without running it on every word.
    static QList<QRegularExpressionMatch> labels(const QString& text);
    static const QRegularExpression& labelExpression();
};

} // namespace mixdesk
