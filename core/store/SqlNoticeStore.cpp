#include "store/SqlNoticeStore.h"

#include "store/SearchText.h"
#include "store/SqlSchema.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <optional>

namespace mixdesk {
namespace {

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error{what + QStringLiteral(": ") + error.text()};
}

Error queryError(const QString& what, const QSqlQuery& query)
{
    return sqlError(what, query.lastError());
}

qint64 toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The statement recordOrigin() runs.
void prepareOriginInsert(QSqlQuery& insert, const SqlDialect& dialect)
{
    insert.prepare(dialect.insertIgnore(
        QStringLiteral("notice_origins"),
        {QStringLiteral("notice_id"), QStringLiteral("origin"), QStringLiteral("added_at")}));
}

// Records that notice `id` also came from `origin` (nothing when it is known already).
bool recordOrigin(QSqlQuery& insert, qint64 id, const QString& origin, qint64 at)
{
    insert.addBindValue(id);
    insert.addBindValue(origin);
    insert.addBindValue(at);
    return insert.exec();
}

// Columns 0 and 1 of `q`: raw, raw_format.
Result<QByteArray> unpackRaw(qint64 id, const QSqlQuery& q)
{
    auto raw = RawCodec::unpack(RawFormat(q.value(1).toInt()), q.value(0).toByteArray());
    if (!raw)
        return Error{QStringLiteral("notice %1: %2").arg(id).arg(raw.error().message)};
    return raw;
}

// The list columns of `notices` that come from an analysis, in this order.
const QStringList& analysisColumns()
{
    static const QStringList kColumns{
        QStringLiteral("reporter"),        QStringLiteral("category"),
        QStringLiteral("exit_ip"),         QStringLiteral("incident_time"),
        QStringLiteral("language"),        QStringLiteral("parse_failed"),
        QStringLiteral("analyzer_version")};
    return kColumns;
}

void bindAnalysisColumns(QSqlQuery& q, const Analysis& a)
{
    q.addBindValue(nn(a.reporter));
    // Analysis pending (analyzer_version 0, as the IMAP fetch stored before schema 4):
    // no category yet.
    q.addBindValue(a.analyzerVersion == 0 ? QStringLiteral("") : categoryId(a.category));
    q.addBindValue(nn(a.exitIp));
    q.addBindValue(toMs(a.incidentTimeUtc));
    q.addBindValue(nn(a.language));
    q.addBindValue(a.problems.isEmpty() ? 0 : 1);
    q.addBindValue(a.analyzerVersion);
}

QString sortColumnSql(const QString& column)
{
    static const QHash<QString, QString> kColumns{
        {QStringLiteral("received"), QStringLiteral("n.received_at")},
        {QStringLiteral("reporter"), QStringLiteral("n.reporter")},
        {QStringLiteral("category"), QStringLiteral("n.category")},
        {QStringLiteral("exit_ip"), QStringLiteral("n.exit_ip")},
        {QStringLiteral("status"), QStringLiteral("n.status")},
        {QStringLiteral("subject"), QStringLiteral("n.subject")},
        {QStringLiteral("incident"), QStringLiteral("n.incident_time")},
        {QStringLiteral("language"), QStringLiteral("n.language")},
        {QStringLiteral("id"), QStringLiteral("n.id")}};
    return kColumns.value(column, QStringLiteral("n.received_at"));
}

// The inbox asks for every id of a 100 000-notice list at once: QSqlQuery
// costs about a microsecond a row (a cached QVariant row per step), the
// SQLite handle under it a fraction of that. nullopt: not SQLite, use QSqlQuery.
std::optional<Result<QList<qint64>>> sqliteIds(const QSqlDatabase& db, const QString& sql,
                                               const QVariantList& values)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return std::nullopt;
    const auto error = [connection] {
        return Error{QStringLiteral("search failed: ") +
                     QString::fromUtf8(sqlite3_errmsg(connection))};
    };
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK)
        return error();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(statement, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return error();
    }
    QList<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(statement, 0));
    if (rc != SQLITE_DONE)
        return error();
    return ids;
}

// The (name, definition) rows of an index query, read to the end.
QList<std::pair<QString, QString>> namesAndDefinitions(QSqlQuery& query)
{
    QList<std::pair<QString, QString>> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    return rows;
}

} // namespace

SqlNoticeStore::SqlNoticeStore(std::unique_ptr<SqlDialect> dialect, QSqlDatabase db,
                               QString connectionName)
    : m_dialect(std::move(dialect)), m_db(std::move(db)),
      m_connectionName(std::move(connectionName))
{}

SqlNoticeStore::~SqlNoticeStore()
{
    // Every call in a bulk completed: keep them rather than lose them.
    commitBulk();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SqlNoticeStore::initialize(NoticeStore::Upgrade upgrade)
{
    QSqlQuery q(m_db);
    for (const QString& sql : m_dialect->connectionSetup())
        if (!q.exec(sql))
            return queryError(QStringLiteral("database setup failed"), q);
    if (Status s = migrate(upgrade); !s)
        return s;
    // Left suspended by an import that did not finish. Without them the inbox is
    // slow, not wrong: a store that cannot rebuild them now (another connection
    // holds the write lock too long) still opens, and the next opening tries again.
    if (Status s = restoreInboxIndexes(); !s)
        qCWarning(lcStore) << "inbox indexes not rebuilt:" << s.error().message;
    return {};
}

Status SqlNoticeStore::migrate(NoticeStore::Upgrade upgrade)
{
    const QList<QStringList> steps = schemaMigrations(*m_dialect);
    if (Status s = begin(); !s)
        return s;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        return rolledBack(QStringLiteral("cannot create schema_version"), q);
    }
    int version = 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version"))) {
        return rolledBack(QStringLiteral("cannot read schema version"), q);
    }
    const bool hasRow = q.next();
    if (hasRow)
        version = q.value(0).toInt();
    else if (!q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"))) {
        return rolledBack(QStringLiteral("cannot write schema version"), q);
    }
    if (Status s = commit(); !s)
        return s;
    if (version > steps.size())
        return Error{QStringLiteral("the database was made by a newer MixDesk (schema %1, this "
                                    "version knows up to %2)")
                         .arg(version)
                         .arg(steps.size())};

    if (version == steps.size())
        return {};
    if (upgrade == NoticeStore::Upgrade::RefuseIfPending)
        return Error{QStringLiteral("the database needs an upgrade from schema %1 to %2")
                         .arg(version)
                         .arg(steps.size()),
                     NoticeStore::kUpgradePending};
    for (const QString& sql : m_dialect->migrationSetup())
        q.exec(sql); // a failure costs memory, not data
    const auto restore = qScopeGuard([this] {
        QSqlQuery teardown(m_db);
        for (const QString& sql : m_dialect->migrationTeardown())
            teardown.exec(sql);
    });
    // Each step in its own transaction: a crash leaves the database at a
    // whole version, never between two.
    for (int step = version; step < steps.size(); ++step) {
        if (Status s = begin(); !s)
            return s;
        for (const QString& sql : steps[step]) {
            if (!q.exec(sql)) {
                return rolledBack(QStringLiteral("migration to schema %1 failed").arg(step + 1), q);
            }
        }
        q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        q.addBindValue(step + 1);
        if (!q.exec()) {
            return rolledBack(QStringLiteral("cannot write schema version"), q);
        }
        if (Status s = commit(); !s)
            return s;
        qCDebug(lcStore) << "migrated schema to version" << step + 1;
    }
    return {};
}

Status SqlNoticeStore::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_inBulk ? QStringLiteral("SAVEPOINT unit") : m_dialect->beginWrite()))
        return queryError(QStringLiteral("cannot start a transaction"), q);
    return {};
}

Status SqlNoticeStore::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_inBulk ? QStringLiteral("RELEASE unit") : QStringLiteral("COMMIT"))) {
        return rolledBack(QStringLiteral("commit failed"), q);
    }
    return {};
}

void SqlNoticeStore::rollback()
{
    QSqlQuery q(m_db);
    if (m_inBulk) {
        // Only this call's writes: the bulk's earlier ones stay for commitBulk().
        q.exec(QStringLiteral("ROLLBACK TO unit"));
        q.exec(QStringLiteral("RELEASE unit"));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status SqlNoticeStore::beginBulk()
{
    if (m_inBulk)
        return Error{QStringLiteral("a bulk transaction is already open")};
    QSqlQuery q(m_db);
    for (const QString& statement : m_dialect->bulkSetup()) {
        if (!q.exec(statement))
            return queryError(QStringLiteral("cannot prepare bulk writing"), q);
    }
    if (!q.exec(m_dialect->beginWrite())) {
        const Error e = queryError(QStringLiteral("cannot start a transaction"), q);
        for (const QString& statement : m_dialect->bulkTeardown())
            q.exec(statement);
        return e;
    }
    m_inBulk = true;
    return {};
}

Status SqlNoticeStore::commitBulk()
{
    if (!m_inBulk)
        return {};
    m_inBulk = false;
    QSqlQuery q(m_db);
    Status status;
    if (!q.exec(QStringLiteral("COMMIT"))) {
        status = queryError(QStringLiteral("commit failed"), q);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    for (const QString& statement : m_dialect->bulkTeardown())
        q.exec(statement); // cache and checkpoint sizes: a failure costs memory, not data
    return status;
}

Status SqlNoticeStore::suspendInboxIndexes()
{
    if (Status s = begin(); !s)
        return s;
    QSqlQuery indexes(m_db);
    indexes.prepare(m_dialect->droppableIndexesQuery());
    indexes.addBindValue(QStringLiteral("notices"));
    if (!indexes.exec())
        return rolledBack(QStringLiteral("cannot list the inbox indexes"), indexes);
    // All read before the first drop: SQLite refuses to change the schema under a
    // statement still reading it.
    const QList<std::pair<QString, QString>> found = namesAndDefinitions(indexes);
    QSqlQuery remember(m_db);
    remember.prepare(
        QStringLiteral("INSERT INTO suspended_indexes (name, definition) VALUES (?, ?)"));
    QSqlQuery drop(m_db);
    for (const auto& [name, definition] : found) {
        remember.addBindValue(name);
        remember.addBindValue(definition);
        if (!remember.exec())
            return rolledBack(QStringLiteral("cannot remember index %1").arg(name), remember);
        // The name comes from the schema, not from a user: it cannot be bound.
        if (!drop.exec(QStringLiteral("DROP INDEX ") + name))
            return rolledBack(QStringLiteral("cannot drop index %1").arg(name), drop);
    }
    return commit();
}

Status SqlNoticeStore::restoreInboxIndexes()
{
    QSqlQuery suspended(m_db);
    if (!suspended.exec(QStringLiteral("SELECT name, definition FROM suspended_indexes")))
        return queryError(QStringLiteral("cannot read the suspended indexes"), suspended);
    const QList<std::pair<QString, QString>> indexes = namesAndDefinitions(suspended);
    if (indexes.isEmpty())
        return {};
    if (Status s = begin(); !s)
        return s;
    QSqlQuery forget(m_db);
    forget.prepare(QStringLiteral("DELETE FROM suspended_indexes WHERE name = ?"));
    QSqlQuery create(m_db);
    for (const auto& [name, definition] : indexes) {
        if (!create.exec(definition))
            return rolledBack(QStringLiteral("cannot rebuild index %1").arg(name), create);
        forget.addBindValue(name);
        if (!forget.exec())
            return rolledBack(QStringLiteral("cannot rebuild index %1").arg(name), forget);
    }
    qCDebug(lcStore) << "rebuilt" << indexes.size() << "inbox indexes";
    return commit();
}

namespace {

// The values a notice is indexed with, as UTF-8: made on the import's pool, or here.
QList<QByteArray> searchValuesOf(const IncomingNotice& notice, const NoticeText& text,
                                 const Analysis& analysis)
{
    return notice.searchValues.isEmpty() ? SearchText::utf8(SearchText::values(text, analysis))
                                         : notice.searchValues;
}

} // namespace

Result<QList<AddResult>> SqlNoticeStore::addNotices(const QList<IncomingNotice>& notices,
                                                    const QList<Analysis>& analyses)
{
    return insertBatch(notices, analyses, nullptr);
}

Result<QList<AddResult>> SqlNoticeStore::fileSpooled(const QList<SpooledNotice>& spooled,
                                                     const QList<Analysis>& analyses)
{
    QList<IncomingNotice> notices;
    notices.reserve(spooled.size());
    for (const SpooledNotice& s : spooled)
        notices.append(s.notice);
    return insertBatch(notices, analyses, &spooled);
}

Result<QList<AddResult>> SqlNoticeStore::insertBatch(const QList<IncomingNotice>& notices,
                                                     const QList<Analysis>& analyses,
                                                     const QList<SpooledNotice>* spooled)
{
    if (notices.size() != analyses.size())
        return Error{QStringLiteral("addNotices: %1 notices but %2 analyses")
                         .arg(notices.size())
                         .arg(analyses.size())};
    if (Status s = begin(); !s)
        return s.error();

    QSqlQuery findId(m_db);
    QSqlQuery insertNotice(m_db);
    QSqlQuery insertContent(m_db);
    QSqlQuery insertOrigin(m_db);
    QSqlQuery insertEvent(m_db);
    QSqlQuery insertText(m_db);
    QSqlQuery unspool(m_db);
    findId.prepare(QStringLiteral("SELECT id FROM notices WHERE sha256 = ?"));
    insertNotice.prepare(m_dialect->insertReturningId(
        QStringLiteral("notices"),
        QStringList{QStringLiteral("sha256"), QStringLiteral("received_at"),
                    QStringLiteral("imported_at"), QStringLiteral("status"),
                    QStringLiteral("subject")} +
            analysisColumns()));
    insertContent.prepare(
        QStringLiteral("INSERT INTO notice_content (notice_id, raw, raw_format, analysis, "
                       "analysis_packed, analysis_format, search_text, search_format) VALUES "
                       "(?, ?, ?, '', ?, ?, ?, ?)"));
    prepareOriginInsert(insertOrigin, *m_dialect);
    insertEvent.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, "
                                       "kind, detail) VALUES (?, ?, ?, ?, ?)"));
    insertText.prepare(m_dialect->fullTextInsert());
    unspool.prepare(QStringLiteral("DELETE FROM notice_spool WHERE id = ?"));

    const qint64 now = nowMs();
    const QString user = defaultUserName();
    QList<AddResult> results;
    results.reserve(notices.size());
    for (qsizetype i = 0; i < notices.size(); ++i) {
        const IncomingNotice& notice = notices[i];
        const Analysis& analysis = analyses[i];
        const SpooledNotice* from = spooled ? &(*spooled)[i] : nullptr;
        // A spooled message reached the store when it was fetched.
        const qint64 storedAt = from ? toMs(from->fetchedAt) : now;
        const QByteArray digest = notice.sha256.isEmpty() ? sha256(notice.raw) : notice.sha256;
        AddResult result;

        findId.addBindValue(digest);
        if (!findId.exec())
            return rolledBack(QStringLiteral("cannot look up notice"), findId);
        if (findId.next()) {
            result.id = findId.value(0).toLongLong();
        } else {
            const NoticeText text = notice.text ? *notice.text : NoticeText::extract(notice.raw);
            insertNotice.addBindValue(digest);
            insertNotice.addBindValue(notice.receivedAt.isValid() ? toMs(notice.receivedAt)
                                                                  : storedAt);
            insertNotice.addBindValue(storedAt);
            insertNotice.addBindValue(statusId(NoticeStatus::New));
            insertNotice.addBindValue(nn(text.subject));
            bindAnalysisColumns(insertNotice, analysis);
            const auto id = insertedId(insertNotice);
            if (!id)
                return rolledBack(QStringLiteral("cannot store notice"), insertNotice);
            result.id = *id;
            result.inserted = true;

            const PackedRaw packed = notice.packed ? *notice.packed : RawCodec::pack(notice.raw);
            const QList<QByteArray> searchValues = searchValuesOf(notice, text, analysis);
            const PackedRaw searchText = notice.searchText
                                             ? *notice.searchText
                                             : RawCodec::pack(SearchText::encode(searchValues));
            insertContent.addBindValue(result.id);
            insertContent.addBindValue(packed.bytes);
            insertContent.addBindValue(int(packed.format));
            const PackedRaw packedAnalysis = notice.packedAnalysis
                                                 ? *notice.packedAnalysis
                                                 : RawCodec::pack(analysis.toJsonBytes());
            insertContent.addBindValue(packedAnalysis.bytes);
            insertContent.addBindValue(int(packedAnalysis.format));
            insertContent.addBindValue(searchText.bytes);
            insertContent.addBindValue(int(searchText.format));
            if (!insertContent.exec())
                return rolledBack(QStringLiteral("cannot store notice content"), insertContent);

            insertText.addBindValue(result.id);
            for (const QByteArray& value : searchValues)
                insertText.addBindValue(value);
            if (!insertText.exec())
                return rolledBack(QStringLiteral("cannot index notice"), insertText);

            insertEvent.addBindValue(result.id);
            insertEvent.addBindValue(storedAt);
            insertEvent.addBindValue(from ? nn(from->user) : nn(user));
            insertEvent.addBindValue(from ? QStringLiteral("synced") : QStringLiteral("imported"));
            insertEvent.addBindValue(nn(notice.origin));
            if (!insertEvent.exec())
                return rolledBack(QStringLiteral("cannot log import"), insertEvent);
        }
        findId.finish();

        const QStringList origins = from ? from->origins : QStringList{notice.origin};
        for (const QString& origin : origins) {
            if (origin.isEmpty())
                continue;
            if (!recordOrigin(insertOrigin, result.id, origin, storedAt))
                return rolledBack(QStringLiteral("cannot record origin"), insertOrigin);
        }
        if (from) {
            unspool.addBindValue(from->spoolId);
            if (!unspool.exec())
                return rolledBack(QStringLiteral("cannot take notice from the spool"), unspool);
        }
        results.append(result);
    }
    if (Status s = commit(); !s)
        return s.error();
    return results;
}

Error SqlNoticeStore::rolledBack(const QString& what, const QSqlQuery& query)
{
    const Error e = queryError(what, query);
    rollback();
    return e;
}

std::optional<qint64> SqlNoticeStore::insertedId(QSqlQuery& insert) const
{
    if (!insert.exec())
        return std::nullopt;
    if (!m_dialect->newRowIdIsResultRow())
        return insert.lastInsertId().toLongLong();
    if (!insert.next())
        return std::nullopt;
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

Result<QList<AddResult>> SqlNoticeStore::spoolNotices(const QList<IncomingNotice>& notices,
                                                      const SyncCheckpoint& checkpoint)
{
    if (Status s = begin(); !s)
        return s.error();
    QSqlQuery findNotice(m_db);
    QSqlQuery findSpooled(m_db);
    QSqlQuery insertSpooled(m_db);
    QSqlQuery addSpooledOrigin(m_db);
    QSqlQuery insertOrigin(m_db);
    findNotice.prepare(QStringLiteral("SELECT id FROM notices WHERE sha256 = ?"));
    findSpooled.prepare(QStringLiteral("SELECT id, origins FROM notice_spool WHERE sha256 = ?"));
    insertSpooled.prepare(m_dialect->insertReturningId(
        QStringLiteral("notice_spool"),
        {QStringLiteral("sha256"), QStringLiteral("received_at"), QStringLiteral("fetched_at"),
         QStringLiteral("user_name"), QStringLiteral("origins"), QStringLiteral("raw"),
         QStringLiteral("raw_format")}));
    addSpooledOrigin.prepare(QStringLiteral("UPDATE notice_spool SET origins = ? WHERE id = ?"));
    prepareOriginInsert(insertOrigin, *m_dialect);

    const qint64 now = nowMs();
    const QString user = nn(defaultUserName());
    QList<AddResult> results;
    results.reserve(notices.size());
    for (const IncomingNotice& notice : notices) {
        const QByteArray digest = notice.sha256.isEmpty() ? sha256(notice.raw) : notice.sha256;
        AddResult result;
        findNotice.addBindValue(digest);
        if (!findNotice.exec())
            return rolledBack(QStringLiteral("cannot look up notice"), findNotice);
        if (findNotice.next()) {
            // In the inbox already (imported, or fetched before a UIDVALIDITY change).
            result.id = findNotice.value(0).toLongLong();
            findNotice.finish();
            if (!notice.origin.isEmpty()) {
                if (!recordOrigin(insertOrigin, result.id, notice.origin, now))
                    return rolledBack(QStringLiteral("cannot record origin"), insertOrigin);
            }
            results.append(result);
            continue;
        }
        findNotice.finish();

        findSpooled.addBindValue(digest);
        if (!findSpooled.exec())
            return rolledBack(QStringLiteral("cannot look up the spool"), findSpooled);
        if (findSpooled.next()) {
            result.id = findSpooled.value(0).toLongLong();
            QStringList origins = findSpooled.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
            findSpooled.finish();
            if (!notice.origin.isEmpty() && !origins.contains(notice.origin)) {
                origins.append(notice.origin);
                addSpooledOrigin.addBindValue(origins.join(u'\n'));
                addSpooledOrigin.addBindValue(result.id);
                if (!addSpooledOrigin.exec())
                    return rolledBack(QStringLiteral("cannot record origin"), addSpooledOrigin);
            }
            results.append(result);
            continue;
        }
        findSpooled.finish();

        const PackedRaw packed = notice.packed ? *notice.packed : RawCodec::pack(notice.raw);
        insertSpooled.addBindValue(digest);
        insertSpooled.addBindValue(notice.receivedAt.isValid() ? toMs(notice.receivedAt) : now);
        insertSpooled.addBindValue(now);
        insertSpooled.addBindValue(user);
        insertSpooled.addBindValue(nn(notice.origin));
        insertSpooled.addBindValue(packed.bytes);
        insertSpooled.addBindValue(int(packed.format));
        const auto id = insertedId(insertSpooled);
        if (!id)
            return rolledBack(QStringLiteral("cannot spool notice"), insertSpooled);
        result.id = *id;
        result.inserted = true;
        results.append(result);
    }

    if (Status s = writeCheckpoint(checkpoint); !s)
        return s.error();
    if (Status s = commit(); !s)
        return s.error();
    return results;
}

Status SqlNoticeStore::writeCheckpoint(const SyncCheckpoint& checkpoint)
{
    QSqlQuery q(m_db);
    q.prepare(m_dialect->upsert(
        QStringLiteral("sync_checkpoints"), {QStringLiteral("account"), QStringLiteral("folder")},
        {QStringLiteral("uid_validity"), QStringLiteral("last_uid"),
         QStringLiteral("after_sync_uid"), QStringLiteral("after_sync_action")}));
    q.addBindValue(checkpoint.account);
    q.addBindValue(checkpoint.folder);
    q.addBindValue(qint64(checkpoint.uidValidity));
    q.addBindValue(qint64(checkpoint.lastUid));
    q.addBindValue(qint64(checkpoint.afterSyncUid));
    q.addBindValue(nn(checkpoint.afterSyncAction));
    if (!q.exec())
        return rolledBack(QStringLiteral("cannot save sync checkpoint"), q);
    return {};
}

Status SqlNoticeStore::saveSyncCheckpoint(const SyncCheckpoint& checkpoint)
{
    if (Status s = begin(); !s)
        return s;
    if (Status s = writeCheckpoint(checkpoint); !s)
        return s;
    return commit();
}

Result<QList<qint64>> SqlNoticeStore::spooledIds()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM notice_spool ORDER BY id")))
        return queryError(QStringLiteral("cannot list the spool"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<SpooledNotice> SqlNoticeStore::spooledNotice(qint64 spoolId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT raw, raw_format, sha256, received_at, fetched_at, user_name, "
                             "origins FROM notice_spool WHERE id = ?"));
    q.addBindValue(spoolId);
    if (!q.exec())
        return queryError(QStringLiteral("cannot read the spool"), q);
    if (!q.next())
        return Error{QStringLiteral("no spooled notice with id %1").arg(spoolId)};
    auto raw = unpackRaw(spoolId, q);
    if (!raw)
        return raw.error();
    SpooledNotice s;
    s.spoolId = spoolId;
    s.origins = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    s.notice.raw = std::move(*raw);
    // Filed as stored: not packed again.
    s.notice.packed = PackedRaw{RawFormat(q.value(1).toInt()), q.value(0).toByteArray()};
    s.notice.sha256 = q.value(2).toByteArray();
    s.notice.receivedAt = fromMs(q.value(3).toLongLong());
    s.notice.origin = s.origins.value(0);
    s.fetchedAt = fromMs(q.value(4).toLongLong());
    s.user = q.value(5).toString();
    return s;
}

Result<SyncCheckpoint> SqlNoticeStore::syncCheckpoint(const QString& account, const QString& folder)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uid_validity, last_uid, after_sync_uid, after_sync_action "
                             "FROM sync_checkpoints WHERE account = ? AND folder = ?"));
    q.addBindValue(account);
    q.addBindValue(folder);
    if (!q.exec())
        return queryError(QStringLiteral("cannot read sync checkpoint"), q);
    SyncCheckpoint checkpoint{account, folder};
    if (q.next()) {
        checkpoint.uidValidity = quint32(q.value(0).toLongLong());
        checkpoint.lastUid = quint32(q.value(1).toLongLong());
        checkpoint.afterSyncUid = quint32(q.value(2).toLongLong());
        checkpoint.afterSyncAction = q.value(3).toString();
    }
    return checkpoint;
}

Result<QByteArray> SqlNoticeStore::rawNotice(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT raw, raw_format FROM notice_content WHERE notice_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("cannot read notice"), q);
    if (!q.next())
        return Error{QStringLiteral("no notice with id %1").arg(id)};
    return unpackRaw(id, q);
}

Result<Analysis> SqlNoticeStore::analysis(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.analysis, n.reporter, c.analysis_packed, c.analysis_format "
                             "FROM notice_content c JOIN notices n ON n.id = c.notice_id WHERE "
                             "c.notice_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("cannot read analysis"), q);
    if (!q.next())
        return Error{QStringLiteral("no notice with id %1").arg(id)};
    QByteArray json;
    if (q.value(2).isNull()) { // stored before schema 7: JSON text
        json = q.value(0).toString().toUtf8();
    } else {
        auto unpacked = RawCodec::unpack(RawFormat(q.value(3).toInt()), q.value(2).toByteArray());
        if (!unpacked)
            return Error{QStringLiteral("stored analysis of notice %1: %2")
                             .arg(id)
                             .arg(unpacked.error().message)};
        json = std::move(*unpacked);
    }
    if (json.isEmpty()) {
        // Synced before schema 4 and not analysed since: the fetch stored the row with
        // what a header scan found, and no analysis.
        Analysis pending;
        pending.analyzerVersion = 0;
        pending.reporter = q.value(1).toString();
        return pending;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("stored analysis of notice %1 is not valid JSON: %2")
                         .arg(id)
                         .arg(parseError.errorString())};
    return Analysis::fromJson(doc.object());
}

Result<QString> SqlNoticeStore::notes(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM notice_notes WHERE notice_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("cannot read notes"), q);
    QStringList all;
    while (q.next())
        all.append(q.value(0).toString());
    return all.join(QStringLiteral("\n\n"));
}

Result<QStringList> SqlNoticeStore::origins(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT origin FROM notice_origins WHERE notice_id = ? ORDER BY added_at, origin"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("cannot read origins"), q);
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

Result<QSet<QByteArray>> SqlNoticeStore::knownSha256(const QList<QByteArray>& digests)
{
    QSet<QByteArray> known;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM notices WHERE sha256 = ?"));
    for (const QByteArray& digest : digests) {
        q.addBindValue(digest);
        if (!q.exec())
            return queryError(QStringLiteral("cannot look up notices"), q);
        if (q.next())
            known.insert(digest);
        q.finish();
    }
    return known;
}

Result<QList<qint64>> SqlNoticeStore::idsWithAnalyzerVersionBelow(int version)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (version > 0) {
        q.prepare(QStringLiteral("SELECT id FROM notices WHERE analyzer_version < ? ORDER BY id"));
        q.addBindValue(version);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM notices ORDER BY id"));
    }
    if (!q.exec())
        return queryError(QStringLiteral("cannot list notices"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status SqlNoticeStore::updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses)
{
    QList<IncomingNotice> notices;
    notices.reserve(ids.size());
    QSqlQuery readRaw(m_db);
    readRaw.prepare(
        QStringLiteral("SELECT raw, raw_format FROM notice_content WHERE notice_id = ?"));
    for (qint64 id : ids) {
        readRaw.addBindValue(id);
        if (!readRaw.exec() || !readRaw.next())
            return queryError(QStringLiteral("cannot read notice"), readRaw);
        auto raw = unpackRaw(id, readRaw);
        if (!raw)
            return raw.error();
        notices.append(IncomingNotice{*raw, QString(), QDateTime()});
        readRaw.finish();
    }
    return updateAnalyses(ids, analyses, notices);
}

Status SqlNoticeStore::updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses,
                                      const QList<IncomingNotice>& notices)
{
    if (ids.size() != analyses.size() || ids.size() != notices.size())
        return Error{QStringLiteral("updateAnalyses: sizes differ")};
    if (Status s = begin(); !s)
        return s;
    // The subject too: rows synced pending before schema 4 have it from a header scan.
    QStringList sets{QStringLiteral("subject = ?")};
    for (const QString& c : analysisColumns())
        sets.append(c + QStringLiteral(" = ?"));
    QSqlQuery updateNotice(m_db);
    QSqlQuery readIndexed(m_db);
    QSqlQuery updateContent(m_db);
    QSqlQuery deleteText(m_db);
    QSqlQuery insertText(m_db);
    updateNotice.prepare(QStringLiteral("UPDATE notices SET ") + sets.join(QStringLiteral(", ")) +
                         QStringLiteral(" WHERE id = ?"));
    readIndexed.prepare(QStringLiteral(
        "SELECT search_text, search_format FROM notice_content WHERE notice_id = ?"));
    updateContent.prepare(
        QStringLiteral("UPDATE notice_content SET analysis = '', analysis_packed = ?, "
                       "analysis_format = ?, search_text = ?, search_format = ? WHERE "
                       "notice_id = ?"));
    deleteText.prepare(m_dialect->fullTextDelete());
    insertText.prepare(m_dialect->fullTextInsert());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const IncomingNotice& notice = notices[i];
        const NoticeText text = notice.text ? *notice.text : NoticeText::extract(notice.raw);
        updateNotice.addBindValue(nn(text.subject));
        bindAnalysisColumns(updateNotice, analyses[i]);
        updateNotice.addBindValue(ids[i]);
        if (!updateNotice.exec())
            return rolledBack(QStringLiteral("cannot update notice"), updateNotice);

        // The index holds analysis fields too (IPs, account, reporter...): the row goes
        // out with the values it went in with (none for rows synced pending before
        // schema 4, which were never indexed), and in again with the new ones.
        readIndexed.addBindValue(ids[i]);
        if (!readIndexed.exec() || !readIndexed.next())
            return rolledBack(QStringLiteral("cannot read notice"), readIndexed);
        const QVariant indexed = readIndexed.value(0);
        const RawFormat indexedFormat = RawFormat(readIndexed.value(1).toInt());
        readIndexed.finish();
        if (!indexed.isNull()) {
            auto encoded = RawCodec::unpack(indexedFormat, indexed.toByteArray());
            const auto old = encoded ? SearchText::decode(*encoded) : std::nullopt;
            if (!old) {
                rollback();
                return Error{
                    QStringLiteral("notice %1: its search text is unreadable").arg(ids[i])};
            }
            deleteText.addBindValue(ids[i]);
            for (const QString& value : *old)
                deleteText.addBindValue(value);
            if (!deleteText.exec())
                return rolledBack(QStringLiteral("cannot update index"), deleteText);
        }
        const QList<QByteArray> values = searchValuesOf(notice, text, analyses[i]);
        insertText.addBindValue(ids[i]);
        for (const QByteArray& value : values)
            insertText.addBindValue(value);
        if (!insertText.exec())
            return rolledBack(QStringLiteral("cannot update index"), insertText);

        const PackedRaw searchText =
            notice.searchText ? *notice.searchText : RawCodec::pack(SearchText::encode(values));
        const PackedRaw packedAnalysis = notice.packedAnalysis
                                             ? *notice.packedAnalysis
                                             : RawCodec::pack(analyses[i].toJsonBytes());
        updateContent.addBindValue(packedAnalysis.bytes);
        updateContent.addBindValue(int(packedAnalysis.format));
        updateContent.addBindValue(searchText.bytes);
        updateContent.addBindValue(int(searchText.format));
        updateContent.addBindValue(ids[i]);
        if (!updateContent.exec())
            return rolledBack(QStringLiteral("cannot update analysis"), updateContent);
    }
    return commit();
}

Result<QList<qint64>> SqlNoticeStore::queryIds(const NoticeQuery& query)
{
    QStringList conditions;
    QVariantList values;
    if (query.status) {
        conditions.append(QStringLiteral("n.status = ?"));
        values.append(statusId(*query.status));
    }
    const auto equals = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        conditions.append(column + QStringLiteral(" = ?"));
        values.append(value);
    };
    equals(QStringLiteral("n.category"), query.category);
    equals(QStringLiteral("n.exit_ip"), query.exitIp);
    equals(QStringLiteral("n.reporter"), query.reporter);
    equals(QStringLiteral("n.language"), query.language);
    if (query.from.isValid()) {
        conditions.append(QStringLiteral("n.received_at >= ?"));
        values.append(toMs(query.from));
    }
    if (query.to.isValid()) {
        conditions.append(QStringLiteral("n.received_at < ?"));
        values.append(toMs(query.to));
    }
    if (!query.text.trimmed().isEmpty()) {
        const QString match = m_dialect->fullTextQuery(query.text);
        if (match.isEmpty())
            return QList<qint64>();
        conditions.append(m_dialect->fullTextCondition());
        values.append(match);
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = QStringLiteral("SELECT n.id FROM notices n");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + sortColumnSql(query.sortColumn) + direction +
           QStringLiteral(", n.id") + direction;
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(query.limit);
    }

    if (auto fast = sqliteIds(m_db, sql, values))
        return std::move(*fast);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(QStringLiteral("search failed"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<NoticeSummary>> SqlNoticeStore::summaries(const QList<qint64>& ids)
{
    QHash<qint64, NoticeSummary> byId;
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, received_at, subject, reporter, category, exit_ip, "
                                 "status, incident_time, language, parse_failed FROM notices "
                                 "WHERE id IN (") +
                  marks.join(u',') + u')');
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return queryError(QStringLiteral("cannot read notices"), q);
        while (q.next()) {
            NoticeSummary s;
            s.id = q.value(0).toLongLong();
            s.receivedAt = fromMs(q.value(1).toLongLong());
            s.subject = q.value(2).toString();
            s.reporter = q.value(3).toString();
            s.category = q.value(4).toString();
            s.exitIp = q.value(5).toString();
            s.status = statusFromId(q.value(6).toString()).value_or(NoticeStatus::New);
            s.incidentTimeUtc = fromMs(q.value(7).toLongLong());
            s.language = q.value(8).toString();
            s.parseFailed = q.value(9).toInt() != 0;
            byId.insert(s.id, s);
        }
    }
    QList<NoticeSummary> list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.cend())
            list.append(*it);
    return list;
}

Result<int> SqlNoticeStore::count(std::optional<NoticeStatus> status)
{
    QSqlQuery q(m_db);
    if (status) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM notices WHERE status = ?"));
        q.addBindValue(statusId(*status));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM notices"));
    }
    if (!q.exec() || !q.next())
        return queryError(QStringLiteral("cannot count notices"), q);
    return q.value(0).toInt();
}

Result<QHash<NoticeStatus, int>> SqlNoticeStore::countByStatus()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, COUNT(*) FROM notices GROUP BY status")))
        return queryError(QStringLiteral("cannot count notices"), q);
    QHash<NoticeStatus, int> counts;
    for (NoticeStatus s : allStatuses())
        counts.insert(s, 0);
    while (q.next())
        if (const auto s = statusFromId(q.value(0).toString()))
            counts[*s] += q.value(1).toInt();
    return counts;
}

Status SqlNoticeStore::setStatus(const QList<qint64>& ids, NoticeStatus status, const QString& user)
{
    if (Status s = begin(); !s)
        return s;
    const QString newId = statusId(status);
    QSqlQuery read(m_db);
    QSqlQuery update(m_db);
    QSqlQuery event(m_db);
    read.prepare(QStringLiteral("SELECT status FROM notices WHERE id = ?"));
    update.prepare(QStringLiteral("UPDATE notices SET status = ? WHERE id = ?"));
    event.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                                 "detail) VALUES (?, ?, ?, 'status', ?)"));
    const qint64 now = nowMs();
    for (qint64 id : ids) {
        read.addBindValue(id);
        if (!read.exec()) {
            return rolledBack(QStringLiteral("cannot read status"), read);
        }
        if (!read.next()) {
            rollback();
            return Error{QStringLiteral("no notice with id %1").arg(id)};
        }
        const QString oldId = read.value(0).toString();
        read.finish();
        if (oldId == newId)
            continue;
        update.addBindValue(newId);
        update.addBindValue(id);
        event.addBindValue(id);
        event.addBindValue(now);
        event.addBindValue(nn(user));
        event.addBindValue(QString(oldId + QStringLiteral(" -> ") + newId));
        if (!update.exec() || !event.exec()) {
            const Error e =
                sqlError(QStringLiteral("cannot change status"),
                         update.lastError().isValid() ? update.lastError() : event.lastError());
            rollback();
            return e;
        }
    }
    return commit();
}

Status SqlNoticeStore::addNote(qint64 id, const QString& note, const QString& user)
{
    if (Status s = begin(); !s)
        return s;
    const qint64 now = nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO notice_notes (notice_id, time, user_name, text) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(now);
    q.addBindValue(nn(user));
    q.addBindValue(nn(note));
    if (!q.exec()) {
        return rolledBack(QStringLiteral("cannot add note"), q);
    }
    q.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                             "detail) VALUES (?, ?, ?, 'note', ?)"));
    q.addBindValue(id);
    q.addBindValue(now);
    q.addBindValue(nn(user));
    q.addBindValue(nn(note));
    if (!q.exec()) {
        return rolledBack(QStringLiteral("cannot log note"), q);
    }
    return commit();
}

Status SqlNoticeStore::addEvent(qint64 id, const QString& kind, const QString& detail,
                                const QString& user)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, time, user_name, kind, "
                             "detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(nowMs());
    q.addBindValue(nn(user));
    q.addBindValue(nn(kind));
    q.addBindValue(nn(detail));
    if (!q.exec())
        return queryError(QStringLiteral("cannot log event"), q);
    return {};
}

Result<QList<NoticeEvent>> SqlNoticeStore::events(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT time, user_name, kind, detail FROM notice_events "
                             "WHERE notice_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QStringLiteral("cannot read events"), q);
    QList<NoticeEvent> list;
    while (q.next())
        list.append({fromMs(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

} // namespace mixdesk
