#include "exits/blocks/JsonBlockStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mixdesk {

JsonBlockStore::JsonBlockStore(QString path) : m_path(std::move(path)) {}

QString JsonBlockStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/exits/blocks.json");
}

Result<JsonBlockStore::Contents> JsonBlockStore::read() const
{
    Contents c;
    QFile file(m_path);
    if (!file.exists())
        return c;
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("JsonBlockStore", "Cannot read the block list %1: %2")
                .arg(m_path, file.errorString())};
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            QCoreApplication::translate("JsonBlockStore", "The block list %1 is damaged: %2")
                .arg(m_path, parseError.errorString())};
    c.nextId = root.value(QStringLiteral("next_id")).toInteger(1);
    for (const QJsonValue& v : root.value(QStringLiteral("blocks")).toArray()) {
        BlockRequest r;
        if (BlockRequest::fromJson(v.toObject(), &r)) {
            c.blocks.append(r);
            c.nextId = std::max(c.nextId, r.id + 1);
        }
    }
    return c;
}

Status JsonBlockStore::write(const Contents& c) const
{
    QJsonArray blocks;
    for (const BlockRequest& r : c.blocks)
        blocks.append(r.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("next_id"), c.nextId},
                                                       {QStringLiteral("blocks"), blocks}})
                                 .toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            QCoreApplication::translate("JsonBlockStore", "Cannot write the block list %1: %2")
                .arg(m_path, file.errorString())};
    return {};
}

Result<BlockRequest> JsonBlockStore::add(const BlockRequest& request)
{
    Result<Contents> c = read();
    if (!c)
        return c.error();
    BlockRequest r = request;
    r.id = c->nextId++;
    if (!r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    r.createdAt = r.createdAt.toUTC();
    // Whole seconds: what the file keeps, so the returned copy equals what list() gives.
    r.createdAt.setTime(
        QTime(r.createdAt.time().hour(), r.createdAt.time().minute(), r.createdAt.time().second()));
    c->blocks.append(r);
    const Status written = write(*c);
    if (!written)
        return written.error();
    return r;
}

Result<QList<BlockRequest>> JsonBlockStore::list() const
{
    Result<Contents> c = read();
    if (!c)
        return c.error();
    return c->blocks;
}

Status JsonBlockStore::remove(qint64 id)
{
    Result<Contents> c = read();
    if (!c)
        return c.error();
    const qsizetype removed =
        c->blocks.removeIf([id](const BlockRequest& r) { return r.id == id; });
    if (removed == 0)
        return Error{
            QCoreApplication::translate("JsonBlockStore", "There is no block #%1.").arg(id)};
    return write(*c);
}

} // namespace mixdesk
