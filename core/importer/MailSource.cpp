#include "importer/MailSource.h"

#include "importer/MboxReader.h"
#include "reading/NoticeDate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mixdesk {
namespace {

// A whole file and its modification time, read with one open, fstat and read:
// QFile's buffered readAll copied every message once more and stat'ed it twice,
// which showed in imports of 100 000 small files. Empty on error, with `error` set.
QByteArray readWholeFile(const QString& path, QDateTime* modified, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    const auto fail = [&](int code) {
        *error = QString::fromLocal8Bit(std::strerror(code));
        if (fd >= 0)
            ::close(fd);
        return QByteArray();
    };
    if (fd < 0)
        return fail(errno);
    struct stat info;
    if (::fstat(fd, &info) != 0)
        return fail(errno);
    // One byte more than the file holds, so that the read that meets the end needs
    // no bigger buffer: growing it copied every message once more.
    QByteArray data(qsizetype(info.st_size) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        if (filled == data.size()) // grown since fstat: read on
            data.resize(std::max<qsizetype>(2 * data.size(), 4096));
        const ssize_t n = ::read(fd, data.data() + filled, size_t(data.size() - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(errno);
        if (n == 0)
            break;
        filled += n;
    }
    data.truncate(filled);
    ::close(fd);
    *modified = QDateTime::fromMSecsSinceEpoch(
        qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000, Qt::UTC);
    error->clear();
    return data;
}

bool isMaildir(const QString& dir)
{
    return QFileInfo(dir + QStringLiteral("/cur")).isDir() &&
           QFileInfo(dir + QStringLiteral("/new")).isDir();
}

// One entry of a folder, as the file system names it.
struct Entry
{
    QString name;        // decoded; for a name that is not UTF-8, with U+FFFD in it
    bool utf8 = true;    // false: the name cannot be written as text, nor opened by it
    bool link = false;   // a symbolic link
    bool folder = false; // a folder, or a link to one
    bool exists = true;  // false: a link to nothing
};

bool endsWithCaseless(const QByteArray& name, const char* suffix)
{
    const qsizetype n = qsizetype(std::strlen(suffix));
    return name.size() >= n && qstrnicmp(name.constData() + name.size() - n, suffix, n) == 0;
}

// The entries of `dir` (not "." and ".."), sorted by name; false with `error` set
// when the folder cannot be listed. QDir lists nothing then, without a word.
bool listFolder(const QString& dir, QList<Entry>* entries, QString* error)
{
    const QByteArray native = QFile::encodeName(dir);
    DIR* d = ::opendir(native.constData());
    if (!d) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    errno = 0;
    while (const dirent* e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        Entry entry;
        entry.name = QString::fromUtf8(name);
        entry.utf8 = entry.name.toUtf8() == name;
        const QByteArray path = native + '/' + name;
        struct stat info;
        if (e->d_type == DT_LNK || e->d_type == DT_UNKNOWN) {
            if (::lstat(path.constData(), &info) == 0)
                entry.link = S_ISLNK(info.st_mode);
        }
        if (e->d_type == DT_DIR) {
            entry.folder = true;
        } else if (e->d_type != DT_REG) {
            entry.exists = ::stat(path.constData(), &info) == 0;
            entry.folder = entry.exists && S_ISDIR(info.st_mode);
        }
        entries->append(entry);
        errno = 0;
    }
    const int readError = errno;
    ::closedir(d);
    if (readError != 0) {
        *error = QString::fromLocal8Bit(std::strerror(readError));
        return false;
    }
    std::sort(entries->begin(), entries->end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return true;
}

QString notUtf8(const QString& path)
{
    return QStringLiteral("%1: the file name is not valid UTF-8; rename it to import it").arg(path);
}

} // namespace

SourceKind detectSourceKind(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SourceKind::Missing;
    if (info.isDir())
        return isMaildir(path) ? SourceKind::Maildir : SourceKind::Folder;
    if (info.size() == 0 && path.endsWith(QLatin1String(".mbox"), Qt::CaseInsensitive))
        return SourceKind::Mbox; // an empty mailbox
    return MboxReader::looksLikeMbox(path) ? SourceKind::Mbox : SourceKind::EmlFile;
}

MailSource::MailSource(const QStringList& paths)
{
    for (const QString& path : paths)
        collectTop(path);
    for (const Item& item : m_items)
        if (item.kind == Item::Eml || item.kind == Item::MaildirFile)
            ++m_fileCount;
}

MailSource::~MailSource() = default;

void MailSource::collectTop(const QString& path)
{
    const QFileInfo info(path);
    m_root = info.isDir() ? info.canonicalFilePath() : info.canonicalPath();
    if (info.isDir() && !enterFolder(path, false))
        return;
    if (info.exists() && !info.isDir() && !takeFile(path, false))
        return;
    collect(path);
}

bool MailSource::enterFolder(const QString& dir, bool viaLink)
{
    struct stat info;
    if (::stat(QFile::encodeName(dir).constData(), &info) != 0) {
        m_items.append({Item::Error, QStringLiteral("%1: %2").arg(
                                         dir, QString::fromLocal8Bit(std::strerror(errno)))});
        return false;
    }
    const FileId id{quint64(info.st_dev), quint64(info.st_ino)};
    if (m_seenFolders.contains(id)) {
        m_items.append({Item::Skipped, QStringLiteral("%1: folder visited already (a symbolic "
                                                      "link loop or a second link to it)")
                                           .arg(dir)});
        return false;
    }
    if (viaLink) {
        const QString target = QFileInfo(dir).canonicalFilePath();
        if (target != m_root && !target.startsWith(m_root + u'/')) {
            m_items.append(
                {Item::Skipped,
                 QStringLiteral("%1: symbolic link to %2, outside %3").arg(dir, target, m_root)});
            return false;
        }
    }
    m_seenFolders.insert(id);
    return true;
}

bool MailSource::takeFile(const QString& path, bool viaLink)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return true; // reading it says why not
    const FileId id{quint64(info.st_dev), quint64(info.st_ino)};
    if (m_seenFiles.contains(id)) {
        m_items.append(
            {Item::Skipped,
             QStringLiteral("%1: file read already (through another link to it)").arg(path)});
        return false;
    }
    if (viaLink) {
        const QString target = QFileInfo(path).canonicalFilePath();
        if (!target.startsWith(m_root + u'/')) {
            m_items.append(
                {Item::Skipped,
                 QStringLiteral("%1: symbolic link to %2, outside %3").arg(path, target, m_root)});
            return false;
        }
    }
    m_seenFiles.insert(id);
    return true;
}

void MailSource::collect(const QString& path)
{
    switch (detectSourceKind(path)) {
    case SourceKind::Missing:
        m_items.append({Item::Missing, path});
        break;
    case SourceKind::EmlFile:
        m_items.append({Item::Eml, path});
        break;
    case SourceKind::Mbox:
        m_items.append({Item::Mbox, path});
        break;
    case SourceKind::Maildir:
        collectMaildir(path);
        break;
    case SourceKind::Folder:
        collectFolder(path);
        break;
    }
}

void MailSource::collectFolder(const QString& dir)
{
    QList<Entry> entries;
    QString why;
    if (!listFolder(dir, &entries, &why)) {
        m_items.append(
            {Item::Error, QStringLiteral("%1: cannot list the folder: %2").arg(dir, why)});
        return;
    }
    for (const Entry& entry : std::as_const(entries)) {
        const QString child = dir + u'/' + entry.name;
        const QByteArray latin = entry.name.toUtf8();
        const bool eml = endsWithCaseless(latin, ".eml");
        const bool mbox = endsWithCaseless(latin, ".mbox");
        if (!entry.utf8) {
            if (entry.folder || eml || mbox)
                m_items.append({Item::Error, notUtf8(child)});
            continue;
        }
        if (entry.folder) {
            if (enterFolder(child, entry.link))
                collect(child);
        } else if ((eml || mbox) && (!entry.exists || takeFile(child, entry.link))) {
            m_items.append({eml ? Item::Eml : Item::Mbox, child});
        }
    }
}

void MailSource::collectMaildir(const QString& dir)
{
    // tmp/ holds messages still being delivered: never read it.
    for (const QString& sub : {QStringLiteral("/cur"), QStringLiteral("/new")}) {
        const QString folder = dir + sub;
        QList<Entry> entries;
        QString why;
        if (!listFolder(folder, &entries, &why)) {
            m_items.append(
                {Item::Error, QStringLiteral("%1: cannot list the folder: %2").arg(folder, why)});
            continue;
        }
        for (const Entry& entry : std::as_const(entries)) {
            const QString path = folder + u'/' + entry.name;
            if (!entry.utf8)
                m_items.append({Item::Error, notUtf8(path)});
            else if (!entry.folder && (!entry.exists || !entry.link || takeFile(path, true)))
                m_items.append({Item::MaildirFile, path});
        }
    }
    // Maildir++ sub-folders: ".Name" folders that are Maildirs themselves.
    QList<Entry> entries;
    QString why;
    if (!listFolder(dir, &entries, &why))
        return; // cur/ and new/ were listed: said above if this failed
    for (const Entry& entry : std::as_const(entries)) {
        if (!entry.folder || !entry.name.startsWith(u'.'))
            continue;
        const QString sub = dir + u'/' + entry.name;
        if (!entry.utf8)
            m_items.append({Item::Error, notUtf8(sub)});
        else if (isMaildir(sub) && enterFolder(sub, entry.link))
            collectMaildir(sub);
    }
}

MailSource::Next MailSource::next(IncomingNotice* notice, QString* error)
{
    for (;;) {
        if (m_mbox) {
            QByteArray message;
            QDateTime date;
            if (m_mbox->next(&message, &date)) {
                ++m_mboxMessages;
                notice->raw = std::move(message);
                notice->origin =
                    QStringLiteral("mbox:%1#%2").arg(m_mboxPath).arg(m_mbox->messagesRead());
                notice->receivedAt =
                    date.isValid() ? date : QFileInfo(m_mboxPath).lastModified().toUTC();
                return Next::Message;
            }
            m_mbox.reset();
        }
        if (m_next >= m_items.size())
            return Next::End;
        const Item item = m_items[m_next++];
        const QString absolute = QFileInfo(item.path).absoluteFilePath();
        switch (item.kind) {
        case Item::Missing:
            *error = QStringLiteral("%1: no such file or folder").arg(item.path);
            return Next::Error;
        case Item::Error:
            *error = item.path;
            return Next::Error;
        case Item::Skipped:
            *error = item.path;
            return Next::Skipped;
        case Item::Mbox: {
            if (QFileInfo(item.path).size() == 0)
                continue; // an empty mailbox: no messages, nothing wrong
            auto reader = std::make_unique<MboxReader>(item.path);
            QString why;
            if (!reader->open(&why)) {
                *error = QStringLiteral("%1: %2").arg(item.path, why);
                return Next::Error;
            }
            m_mbox = std::move(reader);
            m_mboxPath = absolute;
            continue;
        }
        case Item::Eml:
        case Item::MaildirFile: {
            QString why;
            QDateTime fileTime;
            notice->raw = readWholeFile(item.path, &fileTime, &why);
            if (!why.isEmpty()) {
                *error = QStringLiteral("%1: %2").arg(item.path, why);
                return Next::Error;
            }
            // When the notice reached the operator, as it says itself: a file's time
            // is when it was copied (all notices of a folder would share a minute).
            notice->receivedAt = NoticeDate::of(notice->raw, fileTime).when;
            notice->origin =
                (item.kind == Item::Eml ? QStringLiteral("file:") : QStringLiteral("maildir:")) +
                absolute;
            return Next::Message;
        }
        }
    }
}

} // namespace mixdesk
