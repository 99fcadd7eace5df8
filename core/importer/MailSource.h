#pragma once

#include "store/notices/IncomingNotice.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <QSet>

#include <memory>
#include <utility>

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
//
// A walk visits each real folder and file once (by device and inode): a symbolic link
// to a folder seen already (a loop, or a second way to the same folder) and a link
// that leads out of the source's folder are skipped, each with a note saying why.
// Folders that cannot be listed and names that are not UTF-8 are errors.
class MailSource
{
public:
    explicit MailSource(const QStringList& paths);
    ~MailSource();

    enum class Next
    {
        Message,
        Error,
        Skipped,
        End
    };
    // Message: `notice` is filled. Error: `error` says what could not be read, and
    // the next call goes on with the next message. Skipped: `error` says what was
    // left out on purpose and why (a link loop, a link out of the folder).
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
            Missing,
            Error,  // `path` holds the message
            Skipped // `path` holds the note
        } kind;
        QString path;
    };
    using FileId = std::pair<quint64, quint64>; // device, inode
    void collect(const QString& path);
    void collectTop(const QString& path);
    void collectFolder(const QString& dir);
    void collectMaildir(const QString& dir);
    // Whether the folder `dir` is entered: not when it was visited already, or
    // when it is reached by a link that leaves the source's folder.
    bool enterFolder(const QString& dir, bool viaLink);
    bool takeFile(const QString& path, bool viaLink);

    QString m_root; // canonical folder of the source being collected
    QSet<FileId> m_seenFolders;
    QSet<FileId> m_seenFiles;

    QList<Item> m_items;
    qsizetype m_next = 0;
    std::unique_ptr<MboxReader> m_mbox;
    QString m_mboxPath;
    int m_fileCount = 0;
    int m_mboxMessages = 0;
};

} // namespace mixdesk
