#pragma once

#include "reading/NoticeDate.h"
#include "reading/UrgencyFinder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// One attachment of a message, as the reading pane lists it.
struct ReadableAttachment
{
    QString fileName;      // as the sender named it; a made-up name when none was given
    QString contentType;   // lower case "type/subtype"
    QByteArray data;       // decoded (transfer encoding undone)
    int messageIndex = -1; // message/rfc822: index into ReadableMessage::messages
};

// A notice (or a message attached to it) made readable: the header lines a reader
// looks at, the decoded text (HTML turned into plain text, so nothing remote is ever
// loaded), the links found in it, its attachments and the messages attached to it.
struct ReadableMessage
{
    QString from;
    QString to;
    QString cc;
    QString date;
    QString subject;
    NoticeDate received; // when it reached its recipient, by its own headers (no fallback)
    QString text;
    Urgency urgency;           // of the notice itself (not of attached messages)
    bool textFromHtml = false; // the text is an HTML body rendered as text
    QStringList links;         // http(s), ftp and mailto links, each once, in order
    QList<ReadableAttachment> attachments;
    QList<ReadableMessage> messages; // attached messages (message/rfc822), readable too
};

} // namespace mixdesk
