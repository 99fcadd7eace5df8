#pragma once

#include "analysis/Category.h"
#include "analysis/Evidence.h"
#include "mail/ParsedMail.h"

#include <QList>
#include <QString>

namespace mixdesk {

// What the analyzer already found out before classifying: the classifier decides
// from the notice's own text plus these facts.
struct ClassificationFacts
{
    bool exitInvolved = false;    // an operator exit is the reported source / a client in the chain
    bool reportedIpFound = false; // the notice names some source address at all
    bool offendingMailFound = false;
    bool webmailAccountFound = false;     // an account at a mail provider was abused
    bool authenticatedSubmission = false; // ESMTPA/ESMTPSA/HTTP(S) hop from the exit
    QString reportFormat;                 // "arf", "x-arf", "spamcop" or empty
    QString reportType; // ARF Feedback-Type or X-ARF Report-Type/Category, when any
    // The lines of the own text (numbers in ownText.split('\n'), ascending) quoted from an
    // earlier mail, whose "> " the parser took off: a signature below such a quote is the
    // reporter's again.
    QList<int> ownTextQuotedLines;
};

// The notice-level conclusions drawn from the reporter's own words.
struct Classification
{
    Category category = Category::Other;
    QString language; // "en" or "de": the reporter's language, quoted material excluded
    QString
        reporter; // organisation that sent the notice (for a forward: the forwarder), as it signs
    QString caseReference; // the reference the reporter wants quoted, without label words
    QList<Evidence> evidence;
};

// Classifies a notice: category, language, reporter, case reference.
// `ownText` is the reporter's own text of the notice with quoted/attached
// offending material removed where the caller could tell it apart.
class NoticeClassifier
{
public:
    static Classification classify(const ParsedMail& notice, const QString& ownText,
                                   const ClassificationFacts& facts);
};

} // namespace mixdesk
