#include "imap/SentFolderWriter.h"

#include "imap/ImapSession.h"

#include <QCoreApplication>

namespace mixdesk {

SentFolderWriter::SentFolderWriter(ImapAccount account, QString password, int timeoutSeconds)
    : m_account(std::move(account)), m_password(std::move(password)),
      m_timeoutSeconds(timeoutSeconds)
{}

QString SentFolderWriter::pickSentFolder(const QList<RemoteMailbox>& mailboxes)
{
    for (const RemoteMailbox& box : mailboxes)
        if (box.attributes.contains(QStringLiteral("\\Sent"), Qt::CaseInsensitive))
            return box.name;
    for (const char* name :
         {"Sent", "INBOX.Sent", "INBOX/Sent", "Sent Items", "Sent Messages", "Sent Mail"})
        for (const RemoteMailbox& box : mailboxes)
            if (box.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return box.name;
    return {};
}

Result<ImapAccount> SentFolderWriter::accountFor(const QString& name,
                                                 const QList<ImapAccount>& accounts)
{
    for (const ImapAccount& a : accounts)
        if (name.isEmpty() || a.name == name)
            return a;
    if (name.isEmpty())
        return Error{QCoreApplication::translate(
            "SentFolderWriter", "There is no IMAP account to keep the sent copy in.")};
    return Error{QCoreApplication::translate("SentFolderWriter", "There is no IMAP account '%1'.")
                     .arg(name)};
}

Result<QString> SentFolderWriter::append(const QByteArray& raw, const QString& folder)
{
    ImapSession session(m_account, m_password, m_timeoutSeconds);
    if (Status connected = session.connect(); !connected)
        return connected.error();
    QString target = folder;
    if (target.isEmpty()) {
        Result<QList<RemoteMailbox>> boxes = session.listMailboxes();
        if (!boxes)
            return boxes.error();
        target = pickSentFolder(*boxes);
        if (target.isEmpty())
            return Error{QCoreApplication::translate(
                             "SentFolderWriter",
                             "The IMAP account '%1' has no Sent folder: name one in the SMTP "
                             "settings.")
                             .arg(m_account.name),
                         int(ImapError::FolderNotFound)};
    }
    if (Status appended = session.append(target, raw, {QStringLiteral("\\Seen")}); !appended) {
        Error e = appended.error();
        e.message =
            QCoreApplication::translate("SentFolderWriter", "Cannot store the copy in '%1': %2")
                .arg(target, e.message);
        return e;
    }
    session.disconnect();
    return target;
}

} // namespace mixdesk
