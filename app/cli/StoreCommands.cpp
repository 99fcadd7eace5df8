#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "importer/Importer.h"
#include "importer/Reanalyzer.h"
#include "profile/ProfileStore.h"
#include "store/notices/NoticeRoles.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace mixdesk::cli {
namespace {

const QCommandLineOption
    kProfileOption(QStringLiteral("profile"),
                   QStringLiteral("Operator profile JSON (default: the saved profile)."),
                   QStringLiteral("FILE"));
const QCommandLineOption
    kUserOption(QStringLiteral("user"),
                QStringLiteral("Who does it, for the journal (default: the profile's operator "
                               "name, else the OS user)."),
                QStringLiteral("NAME"));

// Parses `args` (without the command name); false: exit with the returned code.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args, int* code)
{
    const std::optional<int> done = parseCommandLine(parser, command, args);
    if (done)
        *code = *done;
    return !done;
}

// The desk's database with the inbox's roles; nullptr (error printed) on failure.
std::unique_ptr<SqlNoticeRoles> openStore(const QCommandLineParser& parser)
{
    const QString actor = parser.optionNames().contains(kUserOption.names().first())
                              ? parser.value(kUserOption)
                              : actorFromProfile(parser);
    auto db = openDatabase(parser, actor);
    if (!db)
        return nullptr;
    return std::make_unique<SqlNoticeRoles>(std::move(db));
}

std::optional<OperatorProfile> loadProfile(const QCommandLineParser& parser)
{
    auto profile = parser.isSet(kProfileOption)
                       ? OperatorProfile::loadFile(parser.value(kProfileOption))
                       : ProfileStore::load();
    if (!profile) {
        err() << "error: profile: " << profile.error().message << "\n";
        return std::nullopt;
    }
    return *profile;
}

// "\r" updates on a terminal, whole lines in logs and pipes.
class ProgressLine
{
public:
    explicit ProgressLine(QString label) : m_label(std::move(label)), m_tty(isatty(fileno(stderr)))
    {}
    ~ProgressLine()
    {
        if (m_tty && m_shown)
            err() << "\n";
        err().flush();
    }
    void show(int done, int total)
    {
        err() << (m_tty ? "\r" : "") << m_label << ": " << done;
        if (total > 0)
            err() << "/" << total;
        if (!m_tty)
            err() << "\n";
        err().flush();
        m_shown = true;
    }

private:
    QString m_label;
    bool m_tty;
    bool m_shown = false;
};

QList<qint64> parseIds(const QStringList& values, bool* ok)
{
    QList<qint64> ids;
    *ok = !values.isEmpty();
    for (const QString& v : values) {
        bool valid = false;
        ids.append(v.toLongLong(&valid));
        if (!valid) {
            err() << "error: not a notice id: " << v << "\n";
            *ok = false;
        }
    }
    return ids;
}

// One line of `list`: the row, or with --json the notice's analysis as one JSON object.
void printListRow(InboxQueries& inbox, const NoticeSummary& row, bool asJson)
{
    if (asJson) {
        const auto analysis = inbox.analysis(row.id);
        QJsonObject object = analysis ? analysis->toJson() : QJsonObject();
        object.insert(QStringLiteral("id"), row.id);
        object.insert(QStringLiteral("status"), statusId(row.status));
        object.insert(QStringLiteral("received"), jsonUtc(row.receivedAt));
        object.insert(QStringLiteral("subject"), row.subject);
        out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        out() << QString::number(row.id).rightJustified(7) << "  "
              << statusId(row.status).leftJustified(11) << " "
              << row.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << row.category.leftJustified(15) << " " << row.exitIp.leftJustified(15) << " "
              << (row.parseFailed ? "! " : "  ") << row.subject.left(60) << "\n";
    }
}

} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import .eml files, folders of them, mbox files and Maildirs."));
    const QCommandLineOption batchSize(
        QStringLiteral("batch-size"),
        QStringLiteral("Notices read and analysed together (default 500). The store "
                       "commits every 5000 notices or 3 seconds, whichever "
                       "comes first."),
        QStringLiteral("N"), QStringLiteral("500"));
    parser.addOptions(databaseOptions() + QList<QCommandLineOption>{kProfileOption, batchSize});
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("Files or folders."),
                                 QStringLiteral("SOURCE..."));
    int code = 0;
    if (!parse(parser, QStringLiteral("import"), args, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err() << "import: no SOURCE given\n";
        return 2;
    }
    const auto profile = loadProfile(parser);
    if (!profile)
        return 1;
    auto store = openStore(parser);
    if (!store)
        return 1;

    Importer importer(*profile);
    importer.setBatchSize(parser.value(batchSize).toInt());
    ProgressLine progress(QStringLiteral("imported"));
    importer.setProgress([&](int done, int total) { progress.show(done, total); });
    importer.setErrorLine([&](const QString& message) { err() << "\nerror: " << message << "\n"; });
    importer.setSkipLine([&](const QString& note) { err() << "\nskipped: " << note << "\n"; });
    const ImportSummary s = importer.run(parser.positionalArguments(), store->roles());
    out() << "imported: " << s.imported << "\nduplicates: " << s.duplicates
          << "\nbroken: " << s.broken << "\nerrors: " << s.errors << "\nskipped: " << s.skipped
          << "\nseconds: " << QString::number(s.elapsedMs / 1000.0, 'f', 2) << "\n";
    if (!s.fatalError.isEmpty())
        err() << "error: " << s.fatalError << "\n";
    return s.ok() ? 0 : 1;
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List stored notices, newest first."));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only this status."),
                                    QStringLiteral("S"));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Full-text search."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      QStringLiteral("Only this category."), QStringLiteral("C"));
    const QCommandLineOption exitIp(QStringLiteral("exit-ip"), QStringLiteral("Only this exit."),
                                    QStringLiteral("IP"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  QStringLiteral("Sort column (received, subject, ...)."),
                                  QStringLiteral("COLUMN"), QStringLiteral("received"));
    const QCommandLineOption ascending(QStringLiteral("asc"), QStringLiteral("Ascending order."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object per line."));
    parser.addOptions(databaseOptions() + QList<QCommandLineOption>{status, search, category,
                                                                    exitIp, sort, ascending, json});
    int code = 0;
    if (!parse(parser, QStringLiteral("list"), args, &code))
        return code;

    NoticeQuery query;
    query.visibility = NoticeQuery::Visibility::Any; // every stored notice, hidden or not
    if (parser.isSet(status)) {
        query.status = statusFromId(parser.value(status));
        if (!query.status) {
            err() << "list: unknown status '" << parser.value(status) << "'\n";
            return 2;
        }
    }
    query.text = parser.value(search);
    query.category = parser.value(category);
    query.exitIp = parser.value(exitIp);
    query.sortColumn = parser.value(sort);
    query.descending = !parser.isSet(ascending);
    auto store = openStore(parser);
    if (!store)
        return 1;
    InboxQueries& inbox = store->roles().inbox;
    const auto ids = inbox.queryIds(query);
    if (!ids) {
        err() << "error: " << ids.error().message << "\n";
        return 1;
    }
    // A page of rows at a time: a desk of a million notices starts printing at once
    // and never holds every summary in memory.
    constexpr qsizetype kPage = 1000;
    for (qsizetype first = 0; first < ids->size(); first += kPage) {
        const auto rows = inbox.summaries(ids->mid(first, kPage));
        if (!rows) {
            err() << "error: " << rows.error().message << "\n";
            return 1;
        }
        for (const NoticeSummary& row : *rows)
            printListRow(inbox, row, parser.isSet(json));
    }
    return 0;
}

int runReanalyze(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Recompute analyses made by an older analyzer (all with --all)."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Recompute every analysis."));
    parser.addOptions(databaseOptions() + QList<QCommandLineOption>{kProfileOption, all});
    int code = 0;
    if (!parse(parser, QStringLiteral("reanalyze"), args, &code))
        return code;
    const auto profile = loadProfile(parser);
    if (!profile)
        return 1;
    auto store = openStore(parser);
    if (!store)
        return 1;
    Reanalyzer reanalyzer(*profile);
    ProgressLine progress(QStringLiteral("reanalyzed"));
    reanalyzer.setProgress([&](int done, int total) { progress.show(done, total); });
    const auto done = reanalyzer.run(store->roles(), parser.isSet(all));
    if (!done) {
        err() << "error: " << done.error().message << "\n";
        return 1;
    }
    out() << "reanalyzed: " << *done << "\n";
    return 0;
}

int runStatus(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show or set the status of notices."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("New status: new, in-progress, forwarded, "
                                                "waiting, closed, misdirected."),
                                 QStringLiteral("S"));
    parser.addOptions(databaseOptions() + QList<QCommandLineOption>{set, kUserOption});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Notice ids."),
                                 QStringLiteral("ID..."));
    int code = 0;
    if (!parse(parser, QStringLiteral("status"), args, &code))
        return code;
    bool ok = false;
    const QList<qint64> ids = parseIds(parser.positionalArguments(), &ok);
    if (!ok)
        return 2;
    auto store = openStore(parser);
    if (!store)
        return 1;
    if (parser.isSet(set)) {
        const auto status = statusFromId(parser.value(set));
        if (!status) {
            err() << "status: unknown status '" << parser.value(set) << "'\n";
            return 2;
        }
        if (auto changed = store->roles().journal.setStatus(ids, *status); !changed) {
            err() << "error: " << changed.error().message << "\n";
            return 1;
        }
    }
    const auto rows = store->roles().inbox.summaries(ids);
    if (!rows) {
        err() << "error: " << rows.error().message << "\n";
        return 1;
    }
    for (const NoticeSummary& row : *rows)
        out() << row.id << " " << statusId(row.status) << "\n";
    return rows->size() == ids.size() ? 0 : 1;
}

int runNote(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add a note to a notice."));
    parser.addOptions(databaseOptions() + QList<QCommandLineOption>{kUserOption});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Notice id."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The note."));
    int code = 0;
    if (!parse(parser, QStringLiteral("note"), args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err() << "note: expected ID and TEXT\n";
        return 2;
    }
    bool ok = false;
    const QList<qint64> ids = parseIds({positional.first()}, &ok);
    if (!ok)
        return 2;
    auto store = openStore(parser);
    if (!store)
        return 1;
    if (Status s = store->roles().journal.addNote(ids.first(), positional.at(1)); !s) {
        err() << "error: " << s.error().message << "\n";
        return 1;
    }
    return 0;
}

} // namespace mixdesk::cli
