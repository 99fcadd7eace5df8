#pragma once

#include "analysis/Evidence.h"
#include "analysis/offending/OffendingMessageFinder.h"

#include <QList>
#include <QString>

namespace mixdesk {

// How the offending message entered the provider: web interface, authenticated
// submission or plain SMTP, and with which account.
struct WebmailFinding
{
    QString software;             // "squirrelmail", "roundcube", "horde", "other" or empty
    QString account;              // login at the provider, empty when none
    bool accountFromFrom = false; // only the From: address was there to name it
    QString mailServer;           // by_host of the submission hop
    int hopIndex = -1;            // the web/submission hop
    bool web = false;
    bool authenticatedSubmission = false;
    QList<Evidence> evidence;
};

class WebmailDetector
{
public:
    // `clientHop`: index (oldest first) of the hop whose client is the exit or the
    // reported address; -1 when unknown (the oldest hop is used).
    // `viaOriginatingHeader`: the exit is named only by X-Originating-IP (a header web
    // interfaces add), not as the client of a hop.
    static WebmailFinding detect(const FoundMessage& message, int clientHop,
                                 bool viaOriginatingHeader = false);

    // The addr-spec of a From: value ("Name <a@b>" -> "a@b").
    static QString addressOf(const QString& from);
};

} // namespace mixdesk
