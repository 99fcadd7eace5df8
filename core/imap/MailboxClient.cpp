#include "imap/MailboxClient.h"

#include <algorithm>

namespace mixdesk {

ImapError imapError(const Error& error)
{
    if (error.code <= int(ImapError::None) || error.code > int(ImapError::Other))
        return ImapError::Other;
    return ImapError(error.code);
}

Status MailboxClient::fetchEach(const QList<quint32>& uids, const MessageSink& sink)
{
    auto messages = fetch(uids);
    if (!messages)
        return messages.error();
    for (RemoteMessage& message : *messages) {
        if (!sink(std::move(message))) {
            disconnect();
            return Error{QStringLiteral("fetch stopped"), int(ImapError::Cancelled)};
        }
    }
    return {};
}

QByteArray uidSetString(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    QByteArray out;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] <= uids[j] + 1)
            ++j;
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(uids[i]);
        if (uids[j] != uids[i])
            out += ':' + QByteArray::number(uids[j]);
        i = j + 1;
    }
    return out;
}

} // namespace mixdesk
