#include "DatabaseOptions.h"

#include "CliSupport.h"
#include "profile/ProfileStore.h"
#include "secrets/PasswordCommandSecret.h"
#include "secrets/QtKeychainSecretStore.h"

#include <QCommandLineParser>

namespace mixdesk::cli {

const QCommandLineOption& dbOption()
{
    static const QCommandLineOption kOption(
        QStringLiteral("db"),
        QStringLiteral("The desk's database: a SQLite file, or a team database as "
                       "postgresql://USER@HOST:PORT/DBNAME[?sslmode=...] (default: "
                       "mixdesk.sqlite in the per-user data folder)."),
        QStringLiteral("PATH_OR_URL"));
    return kOption;
}

namespace {

const QCommandLineOption& passwordCommandOption()
{
    static const QCommandLineOption kOption(
        QStringLiteral("db-password-command"),
        QStringLiteral("Command that prints the PostgreSQL password (default: PGPASSWORD, "
                       "~/.pgpass, then the keychain)."),
        QStringLiteral("CMD"));
    return kOption;
}

} // namespace

QList<QCommandLineOption> databaseOptions()
{
    return {dbOption(), passwordCommandOption()};
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, const QString& actor)
{
    const QString location =
        parser.isSet(dbOption()) ? parser.value(dbOption()) : Database::defaultSqlitePath();
    return openDatabase(location, parser.value(passwordCommandOption()), actor);
}

std::unique_ptr<Database> openDatabase(const QString& text, const QString& passwordCommand,
                                       const QString& actor)
{
    const auto location = StoreLocation::parse(text);
    if (!location) {
        err() << "error: " << location.error().message << "\n";
        return nullptr;
    }
    Database::Options options;
    options.actor = actor;
    if (!passwordCommand.isEmpty()) {
        auto password = PasswordCommandSecret::run(passwordCommand);
        if (!password) {
            err() << "error: database password: " << password.error().message << "\n";
            return nullptr;
        }
        options.password = *password;
    }
    auto db = Database::open(*location, options);
    if (!db && db.error().code == Database::kPasswordNeeded && options.password.isEmpty()) {
        // libpq found none: the keychain may hold it.
        QtKeychainSecretStore keychain;
        if (auto stored = keychain.readPassword(location->secretKey())) {
            options.password = *stored;
            db = Database::open(*location, options);
        }
    }
    if (!db) {
        err() << "error: " << db.error().message << "\n";
        return nullptr;
    }
    return std::move(*db);
}

QString actorFromProfile(const QCommandLineParser& parser)
{
    const QString option = QStringLiteral("profile");
    const bool given = parser.optionNames().contains(option);
    auto profile = given ? OperatorProfile::loadFile(parser.value(option)) : ProfileStore::load();
    return profile ? profile->name : QString();
}

} // namespace mixdesk::cli
