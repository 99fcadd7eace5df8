#pragma once

#include "store/Database.h"

#include <QCommandLineOption>
#include <QList>

#include <memory>

class QCommandLineParser;

namespace mixdesk::cli {

// The options of every command that works on a desk's database: where it is (a
// SQLite file or a postgresql:// URL) and where a PostgreSQL password comes from.
QList<QCommandLineOption> databaseOptions();
const QCommandLineOption& dbOption();

// Opens the database the options name (default: the per-user SQLite file). The
// password of a PostgreSQL database comes from --db-password-command, else from
// libpq (PGPASSWORD, ~/.pgpass), else from the keychain. `actor` is who works: the
// profile's operator name, else the OS user. Prints the error and returns nullptr
// on failure.
std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser,
                                       const QString& actor = QString());
// The same for a location given as text (db copy's --from and --to).
std::unique_ptr<Database> openDatabase(const QString& location, const QString& passwordCommand,
                                       const QString& actor = QString());

// The operator's name from the saved profile (or --profile when the parser has it),
// for the journal; empty when none is set.
QString actorFromProfile(const QCommandLineParser& parser);

} // namespace mixdesk::cli
