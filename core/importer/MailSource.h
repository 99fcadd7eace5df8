#pragma once

#include "store/notices/IncomingNotice.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mixdesk {

class MboxReader;

enum class SourceKind
{
    Missing,
    EmlFile,
    Mbox,
    Maildir,
    Folder
};
// From the path alone (and the first bytes of a file): a folder with cur/ and
// new/ is a Maildir, a file starting with "From " an mbox, any other file one message.
SourceKind detectSourceKind(const QString& path);

// Yields the messages of import sources (.eml files, folders of them searched
// recursively, mbox files, Maildirs) one at a time, streaming. Inside folders only
// *.eml and *.mbox files and Maildirs are taken: README, JSON... are not mail.
class MailSource
{
public:
    explicit MailSource(const QStringList& paths);
    ~MailSource();

    enum class Next
    {
        Message,
        Error,
        End
    };
    // Message: `notice` is filled. Error: `error` says what could not be read, and
    // the next call goes on with the next message.
    Next next(IncomingNotice* notice, QString* error);

    // Messages in files found so far (mbox contents are counted as they are read).
    int knownTotal() const { return m_fileCount + m_mboxMessages; }

private:
    struct Item
    {
        enum Kind
        {
            Eml,
            MaildirFile,
            Mbox,
            Missing
        } kind;
        QString path;
    };
    void collect(const QString& path);
    void collectMaildir(const QString& dir);

    QList<Item> m_items;
    qsizetype m_next = 0;
    std::unique_ptr<MboxReader> m_mbox;
    QString m_mboxPath;
    int m_fileCount = 0;
    int m_mboxMessages = 0;
};

} // namespace mixdesk
