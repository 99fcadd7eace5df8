#pragma once

#include "respond/MailAddress.h"
#include "respond/ResponseDraft.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mixdesk {

// One notice to forward: its stored raw bytes and a file name for the attachment.
struct ForwardedNotice
{
    QByteArray raw;
    QString fileName; // "notice-17.eml"
};

// The exact message a response becomes, generated here rather than by vmime (whose
// writer turns encoded headers into raw UTF-8 on SMTPUTF8 servers): headers in ASCII
// with RFC 2047 encoded words, a quoted-printable UTF-8 text part, and each notice as a
// message/rfc822 part whose content is the stored raw notice byte for byte (line ends
// made CRLF, as SMTP carries every message). The same draft, date and Message-ID give
// the same bytes, so the preview is what is sent.
struct GeneratedMessage
{
    QByteArray raw;
    QString messageId; // "<...>"
    QString envelopeFrom;
    QStringList recipients; // To and Cc, bare addresses
};

class MessageWriter
{
public:
    // Fails when an address is not valid or there is no recipient.
    static Result<GeneratedMessage> write(const ResponseDraft& draft,
                                          const QList<ForwardedNotice>& notices,
                                          const QDateTime& date, const QString& messageId);
    // "<random@domain-of-from>".
    static QString newMessageId(const QString& fromAddress);

    // Building blocks, public for the tests.
    static QByteArray encodeHeaderText(const QString& text, int firstLineUsed);
    static QByteArray formatAddress(const MailAddress& address, int firstLineUsed);
    static QByteArray quotedPrintable(const QString& text);
    static QByteArray withCrlf(const QByteArray& raw);
    static QByteArray rfc2822Date(const QDateTime& date);
};

} // namespace mixdesk
