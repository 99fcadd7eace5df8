#pragma once

#include "analysis/Analysis.h"
#include "mail/ParsedMail.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace mixdesk {

// One offending message found inside a notice, with its header fields.
struct FoundMessage
{
    OffendingMessage message;  // rawHeaders, hops (oldest first), whereFound
    QList<MailHeader> headers; // header fields of the offending message
    int documentOrder = 0;

    QString header(QStringView name) const;
    QStringList values(QStringView name) const;
    // Date of the oldest hop that has one; invalid when no hop has a date.
    QDateTime firstHopDate() const;
};

// Machine-readable report data (ARF feedback report, X-ARF report part).
struct ReportFacts
{
    QString format;     // "arf" or "x-arf"
    QString reportType; // Feedback-Type / Report-Type (or Category)
    QString sourceIp;   // normalised Source-IP / Source
    QDateTime date;     // Arrival-Date / Date, UTC
    QString reportId;
};

// Text of the notice to search for addresses and times.
struct TextSection
{
    QString text;         // line ends normalised; offending header blocks removed
    bool ownText = false; // the reporter's own words (top level, not an attachment)
    bool attachment = false;
    // Line ranges [first, last] right after a pasted header block: most likely the
    // offending message's own body, whose dates and claims are not the reporter's.
    QList<std::pair<int, int>> bodyLines;
    // Lines that were quoted ("> ...") before the quote marks were taken off: an earlier
    // mail the reporter replies to, not their own words now.
    QList<int> quotedLines; // ascending

    bool inBody(int line) const;
    bool isQuoted(int line) const;
};

struct FinderResult
{
    QList<FoundMessage> messages; // in document order
    QList<ReportFacts> reports;
    QList<TextSection> texts;
    QStringList problems;
};

// Finds every offending message a notice is about: message/rfc822 attachments
// (recursively through forwards), text/rfc822-headers parts, ARF and X-ARF reports
// and header blocks pasted or quoted inline. Quoted auto-replies of the operator
// (recognised by `operatorMarkers`: the operator's address, name, organisation) are
// dropped.
class OffendingMessageFinder
{
public:
    explicit OffendingMessageFinder(QStringList operatorMarkers);

    FinderResult find(const ParsedMail& notice) const;

    // Empties the lines of quote runs ("> ...") that belong to an operator's own
    // message (and their attribution line).
    void removeOperatorQuotes(QStringList& lines) const;
    // Builds the hop list (oldest first) from Received values (newest first, as written).
    static QList<ReceivedHop> hopsFromReceived(const QStringList& newestFirst);

private:
    void walk(const ParsedMail& mail, int depth, FinderResult& result) const;
    void scanText(const QString& text, const QString& where, bool own, bool attachment,
                  FinderResult& result) const;
    bool mentionsOperator(const QString& text) const;
    bool containsOffending(const ParsedMail& mail) const;

    QStringList m_markers;
};

} // namespace mixdesk
