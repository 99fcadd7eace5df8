#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mixdesk {

// One message as a source delivered it: the evidence, before any analysis.
struct IncomingNotice
{
    QByteArray raw; // exactly as received
    QString origin; // "file:/path", "mbox:/path#12", "maildir:/path/cur/x", "imap:account/folder"
    QDateTime receivedAt; // when the operator's system received it (IMAP INTERNALDATE...)
    QByteArray sha256;    // of raw: the notice's key (see digest())

    // The notice with its digest computed.
    static IncomingNotice fromRaw(QByteArray raw, QString origin = QString(),
                                  QDateTime receivedAt = QDateTime());
    // SHA-256 of raw bytes, as stored (32 bytes).
    static QByteArray digest(const QByteArray& raw);
};

} // namespace mixdesk
