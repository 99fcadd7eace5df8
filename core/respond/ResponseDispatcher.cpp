#include "respond/ResponseDispatcher.h"

#include "smtp/MailTransport.h"
#include "store/notices/InboxQueries.h"
#include "store/notices/NoticeJournal.h"

#include <QCoreApplication>

namespace mixdesk {

ResponseDispatcher::ResponseDispatcher(ResponseStore& responses, InboxQueries& inbox,
                                       NoticeJournal& journal)
    : m_responses(responses), m_inbox(inbox), m_journal(journal)
{}

Result<GeneratedMessage> ResponseDispatcher::generate(const ResponseDraft& draft,
                                                      const QDateTime& date,
                                                      const QString& messageId)
{
    QList<ForwardedNotice> notices;
    if (draft.attachNotices) {
        for (qint64 id : draft.noticeIds) {
            Result<QByteArray> raw = m_inbox.rawNotice(id);
            if (!raw)
                return raw.error();
            notices << ForwardedNotice{*raw, QStringLiteral("notice-%1.eml").arg(id)};
        }
    }
    return MessageWriter::write(draft, notices, date, messageId);
}

QString ResponseDispatcher::journalDetail(const ResponseDraft& draft)
{
    QStringList parts{QStringLiteral("To: ") + draft.to.join(QStringLiteral(", "))};
    if (!draft.cc.isEmpty())
        parts << QStringLiteral("Cc: ") + draft.cc.join(QStringLiteral(", "));
    parts << QStringLiteral("Template: %1 (%2)").arg(draft.templateName, draft.language);
    parts << QStringLiteral("Message-ID: ") + draft.messageId;
    return parts.join(QStringLiteral("; "));
}

Result<ResponseDispatcher::Prepared> ResponseDispatcher::prepare(qint64 id)
{
    Result<ResponseDraft> draft = m_responses.find(id);
    if (!draft)
        return draft.error();
    if (draft->state == ResponseState::Sent)
        return Error{
            QCoreApplication::translate("ResponseDispatcher", "Response #%1 was sent already.")
                .arg(id)};
    Prepared p;
    p.draft = *draft;
    p.date = QDateTime::currentDateTimeUtc();
    Result<GeneratedMessage> message = generate(
        *draft, p.date, MessageWriter::newMessageId(MailAddress::parse(draft->from).address));
    if (!message)
        return recordFailure(id, message.error());
    p.message = *message;
    return p;
}

Error ResponseDispatcher::recordFailure(qint64 id, const Error& error)
{
    if (Status recorded = m_responses.markFailed(id, error.message); !recorded)
        return Error{error.message + QStringLiteral("\n") + recorded.error().message, error.code};
    return error;
}

Result<ResponseDraft> ResponseDispatcher::recordSent(const Prepared& p)
{
    const qint64 id = p.draft.id;
    // The server took it: failures to record are reported, but the mail is out.
    if (Status recorded = m_responses.markSent(id, p.message.messageId, p.date, p.message.raw);
        !recorded)
        return Error{QCoreApplication::translate("ResponseDispatcher",
                                                 "The mail was sent (%1) but could not be "
                                                 "recorded: %2")
                         .arg(p.message.messageId, recorded.error().message)};
    Result<ResponseDraft> stored = m_responses.find(id);
    if (!stored)
        return stored.error();
    if (stored->attachNotices && !stored->noticeIds.isEmpty()) {
        auto changed = m_journal.setStatus(stored->noticeIds, NoticeStatus::Forwarded);
        if (!changed)
            return changed.error();
    }
    const QString detail = journalDetail(*stored);
    for (qint64 noticeId : stored->noticeIds)
        if (Status added = m_journal.addEvent(noticeId, QStringLiteral("mail-sent"), detail);
            !added)
            return added.error();
    return stored;
}

Status ResponseDispatcher::recordSentCopyFailure(const ResponseDraft& sent, const QString& reason)
{
    const QString detail =
        QStringLiteral("Message-ID: ") + sent.messageId + QStringLiteral("; ") + reason;
    for (qint64 noticeId : sent.noticeIds)
        if (Status added = m_journal.addEvent(noticeId, QStringLiteral("sent-copy-failed"), detail);
            !added)
            return added;
    return {};
}

Result<ResponseDraft> ResponseDispatcher::send(qint64 id, MailTransport& transport)
{
    Result<Prepared> prepared = prepare(id);
    if (!prepared)
        return prepared.error();
    const GeneratedMessage& m = prepared->message;
    const Status sent = transport.send(OutgoingMail{m.envelopeFrom, m.recipients, m.raw});
    if (!sent)
        return recordFailure(id, sent.error());
    return recordSent(*prepared);
}

} // namespace mixdesk
