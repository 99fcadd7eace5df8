#include "importer/MailSource.h"

#include "importer/MboxReader.h"
#include "reading/NoticeDate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
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

QStringList sortedEntries(const QString& dir, QDir::Filters filters)
{
    return QDir(dir).entryList(filters | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

SourceKind detectSourceKind(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SourceKind::Missing;
    if (info.isDir())
        return isMaildir(path) ? SourceKind::Maildir : SourceKind::Folder;
    return MboxReader::looksLikeMbox(path) ? SourceKind::Mbox : SourceKind::EmlFile;
}

MailSource::MailSource(const QStringList& paths)
{
    for (const QString& path : paths)
        collect(path);
    for (const Item& item : m_items)
        if (item.kind == Item::Eml || item.kind == Item::MaildirFile)
            ++m_fileCount;
}

MailSource::~MailSource() = default;

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
        for (const QString& name :
             sortedEntries(path, QDir::Dirs | QDir::Files | QDir::Hidden | QDir::System)) {
            const QString child = path + u'/' + name;
            const QFileInfo info(child);
            if (info.isDir()) {
                collect(child);
            } else if (name.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)) {
                m_items.append({Item::Eml, child});
            } else if (name.endsWith(QLatin1String(".mbox"), Qt::CaseInsensitive)) {
                m_items.append({Item::Mbox, child});
            }
        }
        break;
    }
}

void MailSource::collectMaildir(const QString& dir)
{
    // tmp/ holds messages still being delivered: never read it.
    for (const QString& sub : {QStringLiteral("/cur"), QStringLiteral("/new")}) {
        const QString folder = dir + sub;
        for (const QString& name : sortedEntries(folder, QDir::Files | QDir::Hidden | QDir::System))
            m_items.append({Item::MaildirFile, folder + u'/' + name});
    }
    // Maildir++ sub-folders: ".Name" folders that are Maildirs themselves.
    for (const QString& name : sortedEntries(dir, QDir::Dirs | QDir::Hidden))
        if (name.startsWith(u'.') && isMaildir(dir + u'/' + name))
            collectMaildir(dir + u'/' + name);
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
        case Item::Mbox: {
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
