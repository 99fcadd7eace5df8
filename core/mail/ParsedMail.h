#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// One header field of a message or MIME part.
struct MailHeader
{
    QString name;     // as written, e.g. "Received"
    QString rawValue; // unfolded, not RFC 2047-decoded (what the Received tokenizer needs)
    QString value;    // unfolded and RFC 2047-decoded to Unicode
};

// A leaf MIME part (or the whole body of a single-part message).
struct MailPart
{
    QString contentType; // lower case "type/subtype"
    QString charset;     // lower case, empty when none was given
    QString fileName;    // attachment/inline file name, when any
    QList<MailHeader> headers;
    QByteArray body; // content-transfer-decoding undone, still in the part's charset
    QString text;    // body converted to Unicode for text/* and message/* parts
    bool isAttachment = false;
    int attachedMessageIndex = -1; // message/rfc822: index into ParsedMail::attachedMessages
};

// A message parsed once into plain Qt types, so that nothing outside core/mail
// needs vmime. message/rfc822 parts are parsed again into attachedMessages.
struct ParsedMail
{
    QList<MailHeader> headers;
    QList<MailPart> parts; // leaf parts in document order
    QList<ParsedMail> attachedMessages;
    QStringList problems; // what was malformed; the mail is still usable as far as it goes

    // First header with this name (case-insensitive), decoded; empty when missing.
    QString header(QStringView name) const;
    // All headers with this name, in order.
    QList<MailHeader> headersNamed(QStringView name) const;
    bool hasHeader(QStringView name) const;

    // The text/plain parts joined; falls back to text/html rendered as text.
    QString bodyText() const;
};

} // namespace mixdesk
