#include "store/NoticeStore.h"

#include "store/SqlNoticeStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <gnutls/crypto.h>

namespace mixdesk {
namespace {

struct StatusName
{
    NoticeStatus status;
    const char* id;
    const char* displayName;
};

const StatusName kStatusNames[] = {
    {NoticeStatus::New, "new", QT_TRANSLATE_NOOP("NoticeStatus", "New")},
    {NoticeStatus::InProgress, "in-progress", QT_TRANSLATE_NOOP("NoticeStatus", "In progress")},
    {NoticeStatus::Forwarded, "forwarded", QT_TRANSLATE_NOOP("NoticeStatus", "Forwarded")},
    {NoticeStatus::WaitingForReply, "waiting",
     QT_TRANSLATE_NOOP("NoticeStatus", "Waiting for reply")},
    {NoticeStatus::Closed, "closed", QT_TRANSLATE_NOOP("NoticeStatus", "Closed")},
    {NoticeStatus::Misdirected, "misdirected", QT_TRANSLATE_NOOP("NoticeStatus", "Misdirected")},
};

const StatusName& nameOf(NoticeStatus status)
{
    for (const StatusName& n : kStatusNames)
        if (n.status == status)
            return n;
    return kStatusNames[0];
}

} // namespace

QString statusId(NoticeStatus status)
{
    return QString::fromLatin1(nameOf(status).id);
}

std::optional<NoticeStatus> statusFromId(QStringView id)
{
    for (const StatusName& n : kStatusNames)
        if (id == QLatin1String(n.id))
            return n.status;
    return std::nullopt;
}

QString statusDisplayName(NoticeStatus status)
{
    return QCoreApplication::translate("NoticeStatus", nameOf(status).displayName);
}

QList<NoticeStatus> allStatuses()
{
    QList<NoticeStatus> list;
    for (const StatusName& n : kStatusNames)
        list.append(n.status);
    return list;
}

QString defaultUserName()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

QByteArray NoticeStore::sha256(const QByteArray& raw)
{
    // GnuTLS (already under vmime) hashes with the CPU's SHA extensions: ten times
    // QCryptographicHash's speed, which showed in import and sync profiles.
    QByteArray digest(32, Qt::Uninitialized);
    gnutls_hash_fast(GNUTLS_DIG_SHA256, raw.constData(), size_t(raw.size()), digest.data());
    return digest;
}

namespace {
Error unsupported()
{
    return Error{QStringLiteral("not supported by this store")};
}
} // namespace

Result<QList<qint64>> NoticeStore::spooledIds()
{
    return QList<qint64>(); // a store without a spool files at once
}

Result<SpooledNotice> NoticeStore::spooledNotice(qint64)
{
    return unsupported();
}

Result<QList<AddResult>> NoticeStore::fileSpooled(const QList<SpooledNotice>&,
                                                  const QList<Analysis>&)
{
    return unsupported();
}

Result<QString> NoticeStore::notes(qint64)
{
    return unsupported();
}

Result<QStringList> NoticeStore::origins(qint64)
{
    return unsupported();
}

Status NoticeStore::beginBulk()
{
    return {};
}

Status NoticeStore::commitBulk()
{
    return {};
}

Status NoticeStore::suspendInboxIndexes()
{
    return {};
}

Status NoticeStore::restoreInboxIndexes()
{
    return {};
}

Result<QSet<QByteArray>> NoticeStore::knownSha256(const QList<QByteArray>&)
{
    return QSet<QByteArray>(); // nothing known: callers analyze everything
}

Result<QList<qint64>> NoticeStore::idsWithAnalyzerVersionBelow(int)
{
    return unsupported();
}

Status NoticeStore::updateAnalyses(const QList<qint64>&, const QList<Analysis>&)
{
    return unsupported();
}

Status NoticeStore::updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses,
                                   const QList<IncomingNotice>&)
{
    return updateAnalyses(ids, analyses);
}

Result<QHash<NoticeStatus, int>> NoticeStore::countByStatus()
{
    return unsupported();
}

Status NoticeStore::addEvent(qint64, const QString&, const QString&, const QString&)
{
    return unsupported();
}

QString NoticeStore::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/mixdesk.sqlite");
}

Result<std::unique_ptr<NoticeStore>> NoticeStore::openSqlite(const QString& path, Upgrade upgrade)
{
    // The notices are evidence and may name people: only the owner may read them.
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return Error{QStringLiteral("cannot create folder %1").arg(dir.absolutePath())};
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("cannot create %1: %2").arg(path, file.errorString())};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    static QAtomicInteger<quint64> counter;
    const QString connection =
        QStringLiteral("mixdesk-store-%1").arg(counter.fetchAndAddOrdered(1));
    auto dialect = SqlDialect::sqlite();
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return Error{QStringLiteral("cannot open %1: %2").arg(path, message)};
    }
    auto store = std::make_unique<SqlNoticeStore>(std::move(dialect), std::move(db), connection);
    if (Status s = store->initialize(upgrade); !s)
        return Error{path + QStringLiteral(": ") + s.error().message, s.error().code};
    return std::unique_ptr<NoticeStore>(std::move(store));
}

} // namespace mixdesk
