#pragma once

#include "mail/ParsedMail.h"

#include <QString>
#include <QStringList>

namespace mixdesk {

// Names the organisation that sent a notice, as it signs: the organisation
// line of the signature block (after "Kind regards", "Mit freundlichen Grüßen"
// or "-- "), the letterhead of an authority, else the From display name
// without role words ("Abuse Team", "Feedback Loop"), else the sender's domain.
// For a forward the forwarder signs last in its own text, so forwarded
// material is ignored.
class ReporterExtractor
{
public:
    struct Result
    {
        QString reporter;
        QString source; // "signature", "letterhead", "from", "domain" (for evidence)
    };

    // `quotedLines`: lines of ownText (numbers in ownText.split('\n')) quoted from an
    // earlier mail, as OwnText::ownLines takes them.
    static Result extract(const ParsedMail& notice, const QString& ownText,
                          const QList<int>& quotedLines = {});

    // "Threat Analyst, Osprey Mail Security" -> "Osprey Mail Security",
    // "Pinewood Broadband - Abuse Desk" -> "Pinewood Broadband",
    // "Aquaristik-Forum »Seerose«" -> "Aquaristik-Forum Seerose".
    static QString cleanOrganisationLine(const QString& line);

    // Distinctive words of the sender's domain ("forum-seerose.example" -> forum, seerose).
    static QStringList domainWords(const QString& fromAddress);
};

} // namespace mixdesk
