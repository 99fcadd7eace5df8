#include "StoreTestKit.h"

#include "PostgresServer.h"
#include "store/StoreThreadGuard.h"
#include "store/notices/NoticePreparer.h"
#include "store/notices/SearchText.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace mixdesk::test {

QString backendName(Backend backend)
{
    return backend == Backend::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgresql") << Backend::Postgres;
}

IncomingNotice testNotice(const QByteArray& raw, const QString& origin, const QDateTime& receivedAt)
{
    return IncomingNotice::fromRaw(raw, origin, receivedAt);
}

TestDesk::TestDesk(Backend backend) : m_backend(backend)
{
    static QAtomicInteger<int> counter;
    m_connection = QStringLiteral("test-desk-%1").arg(counter.fetchAndAddOrdered(1));
    if (backend == Backend::Sqlite) {
        m_location =
            StoreLocation::sqliteFile(m_dir.filePath(QStringLiteral("desk/notices.sqlite")));
        return;
    }
    PostgresServer* server = PostgresServer::shared(&m_error);
    if (!server)
        return;
    const QString database = server->createDatabase();
    if (database.isEmpty()) {
        m_error = server->errorString();
        return;
    }
    m_location = *StoreLocation::parse(server->url(database));
}

TestDesk::~TestDesk()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

std::unique_ptr<TestStore> TestDesk::open(const QString& actor) const
{
    Database::Options options;
    options.actor = actor;
    auto db = Database::open(m_location, options);
    if (!db) {
        qWarning() << db.error().message;
        return nullptr;
    }
    return std::make_unique<TestStore>(std::move(*db));
}

QSqlDatabase TestDesk::plain()
{
    if (QSqlDatabase::contains(m_connection))
        return QSqlDatabase::database(m_connection);
    QSqlDatabase db;
    if (isPostgres()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(m_location.host());
        db.setPort(m_location.port());
        db.setUserName(m_location.user());
        db.setDatabaseName(m_location.databaseName());
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_location.sqlitePath());
    }
    if (!db.open())
        qWarning() << "plain connection:" << db.lastError().text();
    return db;
}

bool TestDesk::exec(const QString& sql)
{
    QSqlQuery q(plain());
    if (q.exec(sql))
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

QString sqliteQueryPlan(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("failed: ") + q.lastError().text();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(u'|');
}

QVariant TestDesk::scalar(const QString& sql)
{
    QSqlQuery q(plain());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return QVariant();
    }
    return q.value(0);
}

bool TestDesk::injectFailure(const QString& name, const QString& table, const QString& condition)
{
    if (!isPostgres())
        return exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3 BEGIN SELECT "
                                   "RAISE(ABORT, 'injected'); END")
                        .arg(name, table, condition));
    return exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger AS $$ BEGIN IF %2 THEN RAISE "
                               "EXCEPTION 'injected'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
                    .arg(name, condition)) &&
           exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE "
                               "FUNCTION %1()")
                    .arg(name, table));
}

TestStore::TestStore(std::unique_ptr<Database> db) : m_db(std::move(db)), m_roles(*m_db) {}

Result<QList<AddResult>> TestStore::add(const QList<IncomingNotice>& notices,
                                        const QList<Analysis>& analyses)
{
    QList<PreparedNotice> prepared;
    for (qsizetype i = 0; i < notices.size(); ++i)
        prepared.append(NoticePreparer::withAnalysis(notices[i], analyses.value(i)));
    return writer().add(prepared);
}

Result<QList<AddResult>> TestStore::spoolNotices(const QList<IncomingNotice>& notices,
                                                 const SyncCheckpoint& checkpoint)
{
    QList<FetchedNotice> fetched;
    for (const IncomingNotice& notice : notices)
        fetched.append({notice, RawCodec::pack(notice.raw)});
    return spool().spool(fetched, checkpoint);
}

Result<QList<AddResult>> TestStore::file(const QList<SpooledNotice>& spooled,
                                         const QList<Analysis>& analyses)
{
    QList<PreparedNotice> prepared;
    for (qsizetype i = 0; i < spooled.size(); ++i)
        prepared.append(NoticePreparer::withAnalysis(spooled[i].notice, analyses.value(i)));
    return spool().file(spooled, prepared);
}

Status TestStore::updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses,
                                 const QList<NoticeText>& texts)
{
    QList<PreparedNotice> prepared;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        NoticeText text = texts.value(i);
        if (texts.isEmpty()) {
            const auto raw = inbox().rawNotice(ids[i]);
            if (!raw)
                return raw.error();
            text = NoticeText::extract(*raw);
        }
        prepared.append(TestStore::prepared(text, analyses.value(i)));
    }
    return writer().updateAnalyses(ids, prepared);
}

PreparedNotice TestStore::prepared(const NoticeText& text, const Analysis& analysis)
{
    PreparedNotice p;
    p.analysis = analysis;
    p.subject = text.subject.isNull() ? QStringLiteral("") : text.subject;
    p.searchValues = SearchText::utf8(SearchText::values(text, analysis));
    p.packedSearchText = RawCodec::pack(SearchText::encode(p.searchValues));
    p.packedAnalysis = RawCodec::pack(analysis.toJsonBytes());
    return p;
}

Result<QList<StatusChange>> TestStore::setStatus(const QList<qint64>& ids, NoticeStatus status,
                                                 const QString& user,
                                                 const QList<NoticeStatus>& seen)
{
    const QString before = m_db->actor();
    m_db->setActor(user);
    auto changed = journal().setStatus(ids, status, seen);
    m_db->setActor(before);
    return changed;
}

Status TestStore::addNote(qint64 id, const QString& note, const QString& user)
{
    const QString before = m_db->actor();
    m_db->setActor(user);
    Status added = journal().addNote(id, note);
    m_db->setActor(before);
    return added;
}

int TestStore::count(std::optional<NoticeStatus> status)
{
    NoticeQuery query;
    query.status = status;
    const auto n = inbox().count(query);
    return n ? *n : -1;
}

DirectDatabaseAccess::DirectDatabaseAccess() : m_forbidden(StoreThreadGuard::forbidden())
{
    StoreThreadGuard::allowAll();
}

DirectDatabaseAccess::~DirectDatabaseAccess()
{
    StoreThreadGuard::forbid(m_forbidden);
}

} // namespace mixdesk::test
