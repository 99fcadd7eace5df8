#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// Where a response stands: waiting in the outbox (never sent, or sending failed) or sent.
enum class ResponseState
{
    Outbox,
    Sent
};
QString responseStateId(ResponseState state); // "outbox", "sent"

// A response to one or more notices: the complaint(s) forwarded to a provider, or a
// reply to the ISP. Addresses as the operator wrote them ("Name <a@b>" or "a@b").
struct ResponseDraft
{
    qint64 id = 0; // in the responses store; 0 until saved
    QString templateName;
    QString language; // "en", "de": the language of the text, not of the UI
    QString from;
    QStringList to;
    QStringList cc;
    QString subject;
    QString body;
    QList<qint64> noticeIds;   // the notices it answers, in order
    bool attachNotices = true; // forward them as message/rfc822 attachments

    // Set by the store.
    ResponseState state = ResponseState::Outbox;
    QDateTime createdAt;
    QDateTime sentAt;  // when the server took it
    QString messageId; // Message-ID of the sent mail, "<...>"
    QString lastError; // why the last attempt failed, empty when none failed
    int attempts = 0;  // failed attempts
    QString actor;     // the operator who saved or sent it

    bool operator==(const ResponseDraft&) const = default;
};

} // namespace mixdesk
