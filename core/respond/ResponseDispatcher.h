#pragma once

#include "respond/MessageWriter.h"
#include "respond/ResponseStore.h"

#include <functional>

namespace mixdesk {

class InboxQueries;
class MailTransport;
class NoticeJournal;

// Sends a saved draft and records the outcome, on the thread that owns the
// database (a store worker, or the CLI): generates the exact message (the notices
// attached byte for byte from the store), hands it to the transport, and only when
// the server took it marks the response sent, sets each notice to forwarded (when
// the response forwarded them) and journals "mail-sent" with recipients, template and
// Message-ID. A refusal or a dropped connection leaves the draft in the outbox with
// the error, and nothing journalled as sent.
class ResponseDispatcher
{
public:
    ResponseDispatcher(ResponseStore& responses, InboxQueries& inbox, NoticeJournal& journal);

    // The message the draft becomes (for a preview or --dry-run): same bytes as sent,
    // but for the Date and Message-ID given.
    Result<GeneratedMessage> generate(const ResponseDraft& draft, const QDateTime& date,
                                      const QString& messageId);
    // Sends the outbox draft `id`; returns it as stored afterwards. The same as
    // prepare(), the transport, then recordFailure() or recordSent().
    Result<ResponseDraft> send(qint64 id, MailTransport& transport);

    // The steps of send(), for the GUI, where the database and the network each have
    // their own thread.
    struct Prepared
    {
        ResponseDraft draft;
        GeneratedMessage message;
        QDateTime date;
    };
    Result<Prepared> prepare(qint64 id);
    // The error as the caller should show it (the draft stays in the outbox).
    Error recordFailure(qint64 id, const Error& error);
    Result<ResponseDraft> recordSent(const Prepared& prepared);
    // The mail went out but its copy for the IMAP Sent folder did not: journals
    // "sent-copy-failed" with the reason on each notice; the response stays sent.
    Status recordSentCopyFailure(const ResponseDraft& sent, const QString& reason);

    static QString journalDetail(const ResponseDraft& draft);

private:
    ResponseStore& m_responses;
    InboxQueries& m_inbox;
    NoticeJournal& m_journal;
};

} // namespace mixdesk
