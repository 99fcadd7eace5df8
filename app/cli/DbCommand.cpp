// mixdesk-cli db copy | db check: moving a desk between SQLite and PostgreSQL, and
// checking one.
#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "store/copy/DeskCheck.h"
#include "store/copy/DeskCopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mixdesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DbCommand", text);
}

int copyDesk(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a whole desk (notices byte for byte, analyses, statuses, notes, journal, IMAP "
           "spool and checkpoints, and every other role's tables) from one database to another: "
           "a SQLite file or a postgresql:// URL each. Refuses a target that holds data unless "
           "--append; a copy stopped half-way is finished by running it again with --append."));
    const QCommandLineOption from(QStringLiteral("from"), tr("The desk to copy."),
                                  QStringLiteral("PATH_OR_URL"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Where to copy it."),
                                QStringLiteral("PATH_OR_URL"));
    const QCommandLineOption fromPassword(QStringLiteral("from-password-command"),
                                          tr("Prints the password of --from."),
                                          QStringLiteral("CMD"));
    const QCommandLineOption toPassword(QStringLiteral("to-password-command"),
                                        tr("Prints the password of --to."), QStringLiteral("CMD"));
    const QCommandLineOption append(QStringLiteral("append"),
                                    tr("Add to a target that already holds data (rows it has "
                                       "are kept, never duplicated)."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress lines."));
    parser.addOptions({from, to, fromPassword, toPassword, append, quiet});
    if (const auto done = parseCommandLine(parser, QStringLiteral("db copy"), args))
        return *done;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        err() << "mixdesk-cli db copy: " << tr("--from and --to are both needed.") << "\n";
        return 2;
    }
    std::unique_ptr<Database> source = openDatabase(parser.value(from), parser.value(fromPassword));
    if (!source)
        return 1;
    std::unique_ptr<Database> target = openDatabase(parser.value(to), parser.value(toPassword));
    if (!target)
        return 1;

    QElapsedTimer sinceLine;
    sinceLine.start();
    const bool showProgress = !parser.isSet(quiet);
    auto progress = [&](const DeskCopier::Progress& p) {
        if (showProgress && (sinceLine.elapsed() >= 1000 || p.done == p.total)) {
            sinceLine.restart();
            err() << tr("copied %1 of %2 rows (%3)").arg(p.done).arg(p.total).arg(p.table) << "\n";
            err().flush();
        }
        return true;
    };
    DeskCopier copier(*source, *target);
    const auto counts = copier.copy(parser.isSet(append) ? DeskCopier::Target::Append
                                                         : DeskCopier::Target::MustBeEmpty,
                                    progress);
    if (!counts) {
        err() << "mixdesk-cli db copy: " << counts.error().message << "\n";
        return 1;
    }
    for (const CopiedTableCount& c : *counts)
        out() << c.table << ": " << tr("%1 copied, %2 already there").arg(c.copied).arg(c.present)
              << "\n";
    return 0;
}

QJsonObject toJson(const DeskCheckReport& report)
{
    QJsonArray roles;
    for (const auto& r : report.roles)
        roles.append(QJsonObject{{QStringLiteral("role"), r.role},
                                 {QStringLiteral("version"), r.version},
                                 {QStringLiteral("known"), r.known}});
    QJsonObject tables;
    for (const auto& t : report.tables)
        tables.insert(t.table, t.rows);
    return {{QStringLiteral("roles"), roles},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
            {QStringLiteral("healthy"), report.healthy()}};
}

int checkDatabase(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a desk: each role's schema version, the rows of each table, the database's "
           "integrity (SQLite's integrity_check) and that every raw notice still hashes to its "
           "SHA-256. Exits with 3 when a problem was found."));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object."));
    parser.addOptions(databaseOptions() + QList<QCommandLineOption>{json});
    if (const auto done = parseCommandLine(parser, QStringLiteral("db check"), args))
        return *done;
    std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 1;
    const Result<DeskCheckReport> report = checkDesk(*db);
    if (!report) {
        err() << "mixdesk-cli db check: " << report.error().message << "\n";
        return 1;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(toJson(*report)).toJson(QJsonDocument::Compact) << "\n";
    } else {
        out() << db->location().display() << "\n";
        for (const auto& r : report->roles)
            out() << tr("  schema %1: version %2 (this MixDesk knows %3)")
                         .arg(r.role)
                         .arg(r.version)
                         .arg(r.known)
                  << "\n";
        for (const auto& t : report->tables)
            out() << "  " << t.table << ": " << t.rows << "\n";
        for (const QString& problem : report->problems)
            out() << tr("  problem: %1").arg(problem) << "\n";
        out() << (report->healthy()
                      ? tr("healthy")
                      : QCoreApplication::translate("DbCommand", "%n problem(s)", nullptr,
                                                    int(report->problems.size())))
              << "\n";
    }
    return report->healthy() ? 0 : 3;
}

} // namespace

int runDb(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("copy"))
        return copyDesk(args.mid(1));
    if (sub == QLatin1String("check"))
        return checkDatabase(args.mid(1));
    (sub == QLatin1String("--help") || sub == QLatin1String("-h") ? out() : err())
        << "usage: mixdesk-cli db copy --from PATH_OR_URL --to PATH_OR_URL [--append]\n"
           "       mixdesk-cli db check [--db PATH_OR_URL] [--json]\n";
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? 0 : 2;
}

} // namespace mixdesk::cli
