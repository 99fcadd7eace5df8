#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "accounts/AccountRepository.h"
#include "analysis/NoticeAnalyzer.h"
#include "imap/CertificateTrust.h"
#include "imap/ImapSession.h"
#include "imap/ImapSync.h"
#include "profile/ProfileStore.h"
#include "secrets/PasswordCommandSecret.h"
#include "secrets/QtKeychainSecretStore.h"
#include "store/notices/NoticeRoles.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <string>

namespace mixdesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountCommands", text);
}

QCommandLineOption opt(const QString& name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(name, tr(description), QString::fromLatin1(value))
                 : QCommandLineOption(name, tr(description));
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    return !parseCommandLine(parser, command, args).has_value();
}

int accountAdd(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add an IMAP account"));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Account name"));
    parser.addOptions({
        opt(QStringLiteral("host"), "IMAP server host", "HOST"),
        opt(QStringLiteral("port"), "IMAP server port (default 993, 143 for starttls/plain)",
            "PORT"),
        opt(QStringLiteral("security"), "imaps, starttls or plain (plain: loopback only)",
            "SECURITY"),
        opt(QStringLiteral("user"), "Login name", "USER"),
        opt(QStringLiteral("folder"), "Folder to sync (repeatable; default INBOX)", "FOLDER"),
        opt(QStringLiteral("password-command"),
            "Command printing the password (run with /bin/sh -c, first line)", "CMD"),
        opt(QStringLiteral("trust-fingerprint"),
            "Trust the server certificate with this SHA-256 fingerprint", "SHA256"),
        opt(QStringLiteral("after-sync"), "none, mark-seen or move:FOLDER", "ACTION"),
        opt(QStringLiteral("interval"), "Sync every N minutes in the app (0: on demand)", "N"),
    });
    if (!parse(parser, QStringLiteral("account add"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("usage: mixdesk-cli account add NAME --host H --user U [options]") << "\n";
        return 2;
    }

    ImapAccount account;
    account.name = parser.positionalArguments().constFirst();
    account.host = parser.value(QStringLiteral("host"));
    account.user = parser.value(QStringLiteral("user"));
    const QString security = parser.value(QStringLiteral("security"));
    if (!security.isEmpty()) {
        const auto parsed = securityFromId(security);
        if (!parsed) {
            err() << tr("error: unknown security '%1' (use imaps, starttls or plain)").arg(security)
                  << "\n";
            return 2;
        }
        account.security = *parsed;
    }
    account.port = account.security == ImapSecurity::Imaps ? 993 : 143;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        account.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok) {
            err() << tr("error: invalid port '%1'").arg(parser.value(QStringLiteral("port")))
                  << "\n";
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("folder")))
        account.folders = parser.values(QStringLiteral("folder"));
    account.passwordCommand = parser.value(QStringLiteral("password-command"));
    if (parser.isSet(QStringLiteral("trust-fingerprint")))
        account.trustedFingerprintSha256 =
            normalizeFingerprint(parser.value(QStringLiteral("trust-fingerprint")));
    if (parser.isSet(QStringLiteral("trust-fingerprint")) &&
        account.trustedFingerprintSha256.isEmpty()) {
        err() << tr("error: --trust-fingerprint needs a SHA-256 fingerprint (64 hex digits)")
              << "\n";
        return 2;
    }
    auto afterSync = AfterSync::fromString(parser.value(QStringLiteral("after-sync")));
    if (!afterSync) {
        err() << tr("error: %1").arg(afterSync.error().message) << "\n";
        return 2;
    }
    account.afterSync = *afterSync;
    account.syncIntervalMinutes = parser.value(QStringLiteral("interval")).toInt();

    if (Status valid = account.validate(); !valid) {
        err() << tr("error: %1").arg(valid.error().message) << "\n";
        return 1;
    }
    AccountRepository repository;
    if (repository.find(account.name)) {
        err() << tr("error: an account named '%1' already exists").arg(account.name) << "\n";
        return 1;
    }
    if (account.passwordCommand.isEmpty()) {
        const QString password =
            readSecretLine(tr("Password for %1@%2: ").arg(account.user, account.host));
        if (password.isEmpty()) {
            err() << tr("error: no password given (or use --password-command)") << "\n";
            return 1;
        }
        QtKeychainSecretStore secrets;
        Status stored = secrets.writePassword(imapSecretKey(account.name), password);
        if (!stored) {
            if (secretError(stored.error()) == SecretError::NoBackend)
                err() << tr("error: no keychain available to store the password (no Secret "
                            "Service running); use --password-command instead")
                      << "\n";
            else
                err() << tr("error: could not store the password: %1").arg(stored.error().message)
                      << "\n";
            return 1;
        }
    }
    if (Status added = repository.add(account); !added) {
        err() << tr("error: %1").arg(added.error().message) << "\n";
        return 1;
    }
    out() << tr("Account '%1' added (%2)").arg(account.name, repository.path()) << "\n";
    return 0;
}

int accountList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(opt(QStringLiteral("json"), "Print JSON"));
    if (!parse(parser, QStringLiteral("account list"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    auto accounts = AccountRepository().load();
    if (!accounts) {
        err() << tr("error: %1").arg(accounts.error().message) << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ImapAccount& account : *accounts)
            array.append(account.toJson());
        out() << QString::fromUtf8(QJsonDocument(array).toJson());
        return 0;
    }
    const QStringList header{tr("NAME"), tr("HOST"),    tr("PORT"),       tr("SECURITY"),
                             tr("USER"), tr("FOLDERS"), tr("AFTER-SYNC"), tr("PASSWORD")};
    QList<QStringList> rows{header};
    for (const ImapAccount& a : *accounts)
        rows << QStringList{a.name,
                            a.host,
                            QString::number(a.port),
                            securityId(a.security),
                            a.user,
                            a.folders.join(u','),
                            a.afterSync.toString(),
                            a.passwordCommand.isEmpty() ? tr("keychain") : tr("command")};
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out() << line << "\n";
    }
    return 0;
}

int accountRemove(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Account name"));
    if (!parse(parser, QStringLiteral("account remove"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("usage: mixdesk-cli account remove NAME") << "\n";
        return 2;
    }
    const QString name = parser.positionalArguments().constFirst();
    AccountRepository repository;
    auto account = repository.find(name);
    if (!account) {
        err() << tr("error: %1").arg(account.error().message) << "\n";
        return 1;
    }
    if (Status removed = repository.remove(name); !removed) {
        err() << tr("error: %1").arg(removed.error().message) << "\n";
        return 1;
    }
    if (account->passwordCommand.isEmpty()) {
        QtKeychainSecretStore secrets;
        Status deleted = secrets.deletePassword(imapSecretKey(name));
        if (!deleted && secretError(deleted.error()) != SecretError::NotFound)
            err() << tr("warning: could not delete the password from the keychain: %1")
                         .arg(deleted.error().message)
                  << "\n";
    }
    out() << tr("Account '%1' removed").arg(name) << "\n";
    return 0;
}

Result<QString> passwordFor(const ImapAccount& account)
{
    if (!account.passwordCommand.isEmpty())
        return PasswordCommandSecret::run(account.passwordCommand);
    QtKeychainSecretStore secrets;
    return secrets.readPassword(imapSecretKey(account.name));
}

} // namespace

int runAccount(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add"))
        return accountAdd(args.mid(1));
    if (sub == QLatin1String("list"))
        return accountList(args.mid(1));
    if (sub == QLatin1String("remove"))
        return accountRemove(args.mid(1));
    err() << tr("usage: mixdesk-cli account add|list|remove ...") << "\n";
    return sub == QLatin1String("--help") ? 0 : 2;
}

int runSync(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fetch new notices from the IMAP accounts"));
    parser.addOptions(databaseOptions());
    parser.addOptions({
        opt(QStringLiteral("profile"), "Operator profile JSON (default: per-user config)", "P"),
        opt(QStringLiteral("account"), "Sync only this account (or give NAME)", "NAME"),
        opt(QStringLiteral("trust-fingerprint"),
            "With --account: trust the server certificate with this SHA-256 fingerprint and "
            "remember it",
            "SHA256"),
        opt(QStringLiteral("no-analyze"),
            "Only fetch and store; leave the analysis pending for 'mixdesk-cli reanalyze', "
            "the next sync or the GUI"),
    });
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Sync only this account"),
                                 QStringLiteral("[NAME]"));
    if (!parse(parser, QStringLiteral("sync"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    // "sync NAME" used to sync every account, the name unread.
    const QStringList names = parser.positionalArguments();
    QString only = parser.value(QStringLiteral("account"));
    if (names.size() > 1 || (names.size() == 1 && !only.isEmpty() && only != names.first())) {
        err() << tr("error: sync takes one account name") << "\n";
        return 2;
    }
    if (!names.isEmpty())
        only = names.first();

    AccountRepository repository;
    auto accounts = repository.load();
    if (!accounts) {
        err() << tr("error: %1").arg(accounts.error().message) << "\n";
        return 1;
    }
    if (!only.isEmpty())
        accounts->removeIf([&](const ImapAccount& a) { return a.name != only; });
    if (accounts->isEmpty()) {
        err() << (only.isEmpty() ? tr("error: no IMAP account configured (mixdesk-cli account add)")
                                 : tr("error: no account named '%1'").arg(only))
              << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("trust-fingerprint"))) {
        const QString pin = normalizeFingerprint(parser.value(QStringLiteral("trust-fingerprint")));
        if (only.isEmpty() || pin.isEmpty()) {
            err() << tr("error: --trust-fingerprint needs --account and a SHA-256 fingerprint")
                  << "\n";
            return 2;
        }
        (*accounts)[0].trustedFingerprintSha256 = pin;
        if (Status saved = repository.update(accounts->constFirst()); !saved) {
            err() << tr("error: %1").arg(saved.error().message) << "\n";
            return 1;
        }
    }

    auto profile = ProfileStore::load(parser.isSet(QStringLiteral("profile"))
                                          ? parser.value(QStringLiteral("profile"))
                                          : ProfileStore::defaultPath());
    if (!profile) {
        err() << tr("error: %1").arg(profile.error().message) << "\n";
        return 1;
    }
    auto db = openDatabase(parser, profile->name);
    if (!db)
        return 1;
    SqlNoticeRoles store(*db);
    const NoticeAnalyzer analyzer(*profile);

    int failures = 0;
    for (const ImapAccount& account : *accounts) {
        auto password = passwordFor(account);
        if (!password) {
            err() << tr("error: %1: no password: %2").arg(account.name, password.error().message)
                  << "\n";
            ++failures;
            continue;
        }
        ImapSync sync(
            account,
            [&account, pw = *password] {
                return std::unique_ptr<MailboxClient>(new ImapSession(account, pw));
            },
            store.roles(), analyzer);
        SyncOptions options;
        options.analyse = !parser.isSet(QStringLiteral("no-analyze"));
        auto result = sync.run(options);
        if (!result) {
            err() << tr("error: %1: %2").arg(account.name, result.error().message) << "\n";
            if (imapError(result.error()) == ImapError::UntrustedCertificate) {
                err() << tr("  SHA-256 fingerprint: %1")
                             .arg(formatFingerprint(sync.certificateFingerprint()))
                      << "\n"
                      << tr("  If you trust it, run: mixdesk-cli sync --account %1 "
                            "--trust-fingerprint %2")
                             .arg(account.name, sync.certificateFingerprint())
                      << "\n";
            }
            ++failures;
            continue;
        }
        for (const FolderSyncResult& folder : result->folders) {
            out() << tr("%1/%2: %3 new").arg(account.name, folder.folder).arg(folder.newNotices);
            if (folder.uidValidityChanged)
                out() << tr(" (UIDVALIDITY changed: folder re-read)");
            out() << "\n";
            if (!folder.afterSyncError.isEmpty())
                err() << tr("warning: %1/%2: %3")
                             .arg(account.name, folder.folder, folder.afterSyncError)
                      << "\n";
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace mixdesk::cli
