#pragma once

#include "analysis/Analysis.h"
#include "mail/ParsedMail.h"
#include "store/RawCodec.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mixdesk {

enum class NoticeStatus
{
    New,
    InProgress,
    Forwarded,
    WaitingForReply,
    Closed,
    Misdirected
};
QString statusId(
    NoticeStatus status); // "new", "in-progress", "forwarded", "waiting", "closed", "misdirected"
std::optional<NoticeStatus> statusFromId(QStringView id);
QString statusDisplayName(NoticeStatus status); // translated
QList<NoticeStatus> allStatuses();

// The OS user name, the default author of events.
QString defaultUserName();

// The searchable text of a notice besides its analysis. The store extracts it
// itself when IncomingNotice::text is empty; the importer fills it on worker threads.
struct NoticeText
{
    QString subject;
    QString addresses; // From, To, Cc, Reply-To, space separated
    QString body;      // MailParser bodyText, or the raw body when parsing failed

    static NoticeText extract(const QByteArray& raw);
    // The same from a message parsed already (`mail` == MailParser::parse(raw)), so
    // that the importer parses each notice once; `raw` is only read when the
    // parser recovered nothing.
    static NoticeText fromParsed(const ParsedMail& mail, const QByteArray& raw);
};

// One message to put into the store, from any source.
struct IncomingNotice
{
    QByteArray raw; // exactly as received: the evidence
    QString origin; // "file:/path", "mbox:/path#12", "maildir:/path/cur/x", "imap:account/folder"
    QDateTime
        receivedAt; // when the operator's system received it (IMAP INTERNALDATE, file mtime...)
    std::optional<NoticeText> text = std::nullopt; // computed by the store when missing
    // NoticeStore::sha256(raw) when the caller has it already (the importer
    // hashes to skip known notices); computed by the store when empty.
    QByteArray sha256 = QByteArray();
    // RawCodec::pack(raw) when the caller packed it on a spare thread; packed by the
    // store when absent.
    std::optional<PackedRaw> packed = std::nullopt;
    // RawCodec::pack(Analysis::toJsonBytes()) of the analysis stored with it, when the
    // caller wrote and packed it on a spare thread; done by the store when absent.
    std::optional<PackedRaw> packedAnalysis = std::nullopt;
    // RawCodec::pack(SearchText::encode(SearchText::values(text, analysis))), packed on
    // a spare thread like `packed`; written by the store when absent.
    std::optional<PackedRaw> searchText = std::nullopt;
    // SearchText::utf8(SearchText::values(text, analysis)), made with `searchText`: the
    // full-text index reads UTF-8, and SQLite converting every notice's text from UTF-16
    // cost the storing thread a tenth of its time. Made by the store when empty.
    QList<QByteArray> searchValues = {};
};

// A message the IMAP sync fetched and keeps in the spool, exactly as received, until
// the analysis files it into the inbox. The fetch only spools: one row per message,
// instead of the notice's row with its eleven list indexes, its event and origin
// rows, which had made the storing thread the bottleneck of the fetch.
struct SpooledNotice
{
    qint64 spoolId = 0;
    IncomingNotice notice; // raw and packed bytes, digest, receivedAt, first origin
    QDateTime fetchedAt;   // becomes the notice's "synced" event time
    QString user;
    QStringList origins; // every folder it was fetched from, first one first
};

struct AddResult
{
    qint64 id = 0;
    bool inserted = false; // false: the same bytes (SHA-256) were already stored
};

// A row of the inbox list: what the list view shows, nothing more.
struct NoticeSummary
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString subject;
    QString reporter;
    QString category;
    QString exitIp;
    NoticeStatus status = NoticeStatus::New;
    QDateTime incidentTimeUtc;
    QString language;
    bool parseFailed = false;
};

struct NoticeEvent
{
    QDateTime time;
    QString user;
    QString kind; // "imported", "synced", "status", "note", "mail-sent"
    QString detail;
};

// Where an IMAP folder's sync stands. Saved in the same transaction as the
// messages it covers, so a kill mid-sync never skips or repeats a message.
struct SyncCheckpoint
{
    SyncCheckpoint() = default;
    SyncCheckpoint(QString account, QString folder, quint32 uidValidity = 0, quint32 lastUid = 0)
        : account(std::move(account)), folder(std::move(folder)), uidValidity(uidValidity),
          lastUid(lastUid)
    {}

    QString account;
    QString folder;
    quint32 uidValidity = 0;
    quint32 lastUid = 0; // highest UID stored
    // Every UID up to afterSyncUid has had the after-sync action named afterSyncAction
    // ("mark-seen", "move"; empty: none). A failed action is retried above it only, so a
    // message the user marks unread again after it was marked \Seen stays unread.
    quint32 afterSyncUid = 0;
    QString afterSyncAction;
};

// Filter and order for the inbox; everything is applied in SQL.
struct NoticeQuery
{
    std::optional<NoticeStatus> status;
    QString category;
    QString exitIp;
    QDateTime from, to; // on received time
    QString reporter;
    QString language;
    QString text;  // full-text search (FTS5), user text: never SQL
    int limit = 0; // 0: all
    // received, reporter, category, exit_ip, status, subject, incident, language, id;
    // ties are broken by id in the same direction.
    QString sortColumn = QStringLiteral("received");
    bool descending = true;
};

// Persistent store of notices: raw bytes, analysis, status, notes, event log, search.
// The implementation owns one database connection; use one NoticeStore per thread.
class NoticeStore
{
public:
    virtual ~NoticeStore() = default;

    enum class Upgrade
    {
        Migrate,         // run pending schema migrations (they may take a while)
        RefuseIfPending, // fail with kUpgradePending instead: the caller moves them elsewhere
    };
    static constexpr int kUpgradePending = 1; // Error::code when migrations are pending

    // Opens (creating and, by default, migrating as needed) the SQLite database at `path`.
    static Result<std::unique_ptr<NoticeStore>> openSqlite(const QString& path,
                                                           Upgrade upgrade = Upgrade::Migrate);
    static QString defaultSqlitePath(); // in the per-user data location (QStandardPaths)

    // SHA-256 of raw bytes, as stored (32 bytes).
    static QByteArray sha256(const QByteArray& raw);

    // Bulk writing (import, sync, reanalysis): the calls between beginBulk() and
    // commitBulk() share one transaction, each call still all or nothing on its own.
    // A commit rewrites every index page its notices touched, and at 100 000 notices
    // a batch of 500 touches most of them: one commit per few thousand notices saves
    // most of that. A crash loses the uncommitted calls, never part of one; a rerun
    // of an import or sync repeats them. The defaults do nothing. See BulkTransaction.
    virtual Status beginBulk();
    virtual Status commitBulk();

    // A large import into a small store: the inbox's sort and filter indexes cost
    // each new notice a write at a random place in ten B-trees, which at 100 000
    // notices was a third of the import; building them anew once sorts each column
    // once. suspendInboxIndexes() drops them, in the current (bulk) transaction, and
    // remembers them in the database; restoreInboxIndexes() builds them again. A store
    // that finds suspended indexes when opened (a killed import) restores them then.
    // The defaults do nothing.
    virtual Status suspendInboxIndexes();
    virtual Status restoreInboxIndexes();

    // Adds notices in one transaction; analysis is computed by the caller.
    virtual Result<QList<AddResult>> addNotices(const QList<IncomingNotice>& notices,
                                                const QList<Analysis>& analyses) = 0;

    // The IMAP fetch: puts messages into the spool and moves the folder's checkpoint
    // forward, in one transaction. A message the inbox has already (same SHA-256) only
    // gets the origin recorded; one spooled already gets the origin added. `inserted`
    // tells the messages spooled now; their ids are spool ids.
    virtual Result<QList<AddResult>> spoolNotices(const QList<IncomingNotice>& notices,
                                                  const SyncCheckpoint& checkpoint) = 0;
    // Spool ids, oldest first, and one spooled message with its raw bytes.
    virtual Result<QList<qint64>> spooledIds();
    virtual Result<SpooledNotice> spooledNotice(qint64 spoolId);
    // Moves analysed messages from the spool into the inbox, in one transaction: each
    // is added like an imported notice, with a "synced" event at its fetch time and
    // all its origins (or, when the inbox has its bytes already, only the origins).
    virtual Result<QList<AddResult>> fileSpooled(const QList<SpooledNotice>& spooled,
                                                 const QList<Analysis>& analyses);
    // Zero uidValidity/lastUid when the folder was never synced.
    virtual Result<SyncCheckpoint> syncCheckpoint(const QString& account,
                                                  const QString& folder) = 0;
    // Writes a folder's checkpoint alone (after its after-sync action has run).
    virtual Status saveSyncCheckpoint(const SyncCheckpoint& checkpoint) = 0;

    virtual Result<QByteArray> rawNotice(qint64 id) = 0;
    virtual Result<Analysis> analysis(qint64 id) = 0;
    // The members below have defaults (errors, or "nothing known") so that test
    // fakes need to implement only what they use.
    virtual Result<QString> notes(qint64 id); // all notes, oldest first, one per paragraph
    virtual Result<QStringList> origins(qint64 id);
    // Which of these SHA-256 digests are already stored (lets importers skip analysis).
    virtual Result<QSet<QByteArray>> knownSha256(const QList<QByteArray>& digests);

    // Reanalysis: ids whose analyzer_version is below `version` (all when version <= 0),
    // and replacing analyses (and the search index) in one transaction.
    virtual Result<QList<qint64>> idsWithAnalyzerVersionBelow(int version);
    virtual Status updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses);
    // The same with what the caller computed on worker threads: each notice's text,
    // and when present its packedAnalysis and searchText, so that the store neither
    // parses the raw bytes again nor serializes and packs on its own thread. A notice
    // without text is read from its raw bytes. The default ignores `notices`.
    virtual Status updateAnalyses(const QList<qint64>& ids, const QList<Analysis>& analyses,
                                  const QList<IncomingNotice>& notices);

    virtual Result<QList<qint64>> queryIds(const NoticeQuery& query) = 0;
    virtual Result<QList<NoticeSummary>> summaries(const QList<qint64>& ids) = 0;
    virtual Result<int> count(std::optional<NoticeStatus> status = std::nullopt) = 0;
    virtual Result<QHash<NoticeStatus, int>> countByStatus();

    virtual Status setStatus(const QList<qint64>& ids, NoticeStatus status,
                             const QString& user) = 0;
    virtual Status addNote(qint64 id, const QString& note, const QString& user) = 0;
    // Any other event of the log, e.g. kind "mail-sent" with the recipient as detail.
    virtual Status addEvent(qint64 id, const QString& kind, const QString& detail,
                            const QString& user);
    virtual Result<QList<NoticeEvent>> events(qint64 id) = 0;
};

} // namespace mixdesk
