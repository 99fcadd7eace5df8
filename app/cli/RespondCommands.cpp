#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "accounts/AccountRepository.h"
#include "accounts/ImapAccount.h"
#include "imap/SentFolderWriter.h"
#include "lookup/RdapClient.h"
#include "profile/ProfileStore.h"
#include "respond/AbuseContactLookup.h"
#include "respond/ResponseComposer.h"
#include "respond/ResponseDispatcher.h"
#include "respond/SqlResponseStore.h"
#include "secrets/PasswordCommandSecret.h"
#include "secrets/QtKeychainSecretStore.h"
#include "smtp/SmtpSender.h"
#include "store/notices/NoticeRoles.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <iostream>
#include <string>

namespace mixdesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RespondCommands", text);
}

QCommandLineOption opt(const QString& name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(name, tr(description), QString::fromLatin1(value))
                 : QCommandLineOption(name, tr(description));
}

int smtpSet(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set the SMTP account responses are sent with"));
    parser.addOptions({
        opt(QStringLiteral("host"), "SMTP server host", "HOST"),
        opt(QStringLiteral("port"), "SMTP server port (default 465 for smtps, 587 otherwise)",
            "PORT"),
        opt(QStringLiteral("security"), "smtps, starttls or plain (plain: loopback only)",
            "SECURITY"),
        opt(QStringLiteral("user"), "Login name (none: no AUTH)", "USER"),
        opt(QStringLiteral("from"), "Sender address", "ADDR"),
        opt(QStringLiteral("from-name"), "Sender name", "NAME"),
        opt(QStringLiteral("password-command"),
            "Command printing the password (run with /bin/sh -c, first line)", "CMD"),
        opt(QStringLiteral("trust-fingerprint"),
            "Trust the server certificate with this SHA-256 fingerprint", "SHA256"),
        opt(QStringLiteral("append-to-sent"),
            "Keep a copy of each sent response in the Sent folder of this IMAP account "
            "(as in account list)",
            "ACCOUNT"),
        opt(QStringLiteral("sent-folder"),
            "The folder for the copies (default: the account's \\Sent folder, else 'Sent')",
            "FOLDER"),
        opt(QStringLiteral("no-append-to-sent"), "Keep no copy in an IMAP folder"),
    });
    if (auto done = parseCommandLine(parser, QStringLiteral("smtp set"), args))
        return *done;
    SmtpAccountFile file;
    auto loaded = file.load();
    SmtpAccount a = loaded ? *loaded : SmtpAccount{};
    const auto has = [&](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)); };
    if (has("host"))
        a.host = value("host");
    if (has("security")) {
        const auto security = smtpSecurityFromId(value("security"));
        if (!security) {
            err() << tr("error: unknown security '%1' (use smtps, starttls or plain)")
                         .arg(value("security"))
                  << "\n";
            return 2;
        }
        a.security = *security;
        if (!has("port"))
            a.port = a.security == SmtpSecurity::Smtps ? 465 : 587;
    }
    if (has("port")) {
        bool ok = false;
        a.port = value("port").toInt(&ok);
        if (!ok) {
            err() << tr("error: invalid port '%1'").arg(value("port")) << "\n";
            return 2;
        }
    }
    if (has("user"))
        a.user = value("user");
    if (has("from"))
        a.from = value("from");
    if (has("from-name"))
        a.fromName = value("from-name");
    if (has("password-command"))
        a.passwordCommand = value("password-command");
    if (has("trust-fingerprint")) {
        a.trustedFingerprintSha256 = normalizeFingerprint(value("trust-fingerprint"));
        if (a.trustedFingerprintSha256.isEmpty()) {
            err() << tr("error: --trust-fingerprint needs a SHA-256 fingerprint (64 hex digits)")
                  << "\n";
            return 2;
        }
    }
    if (has("append-to-sent") && has("no-append-to-sent")) {
        err() << tr("error: --append-to-sent and --no-append-to-sent exclude each other") << "\n";
        return 2;
    }
    if (has("append-to-sent")) {
        const auto accounts = AccountRepository().load();
        const auto account = accounts
                                 ? SentFolderWriter::accountFor(value("append-to-sent"), *accounts)
                                 : Result<ImapAccount>(accounts.error());
        if (!account) {
            err() << tr("error: %1 (add it with mixdesk-cli account add)")
                         .arg(account.error().message)
                  << "\n";
            return 1;
        }
        a.appendToSent = true;
        a.sentAccount = account->name;
    }
    if (has("sent-folder"))
        a.sentFolder = value("sent-folder");
    if (has("no-append-to-sent")) {
        a.appendToSent = false;
        a.sentAccount.clear();
        a.sentFolder.clear();
    }
    if (Status valid = a.validate(); !valid) {
        err() << tr("error: %1").arg(valid.error().message) << "\n";
        return 1;
    }
    if (!a.user.isEmpty() && a.passwordCommand.isEmpty()) {
        const QString password =
            readSecretLine(tr("SMTP password for %1@%2: ").arg(a.user, a.host));
        if (password.isEmpty()) {
            err() << tr("error: no password given (or use --password-command)") << "\n";
            return 1;
        }
        QtKeychainSecretStore secrets;
        if (Status stored = secrets.writePassword(smtpSecretKey(), password); !stored) {
            err() << tr("error: could not store the password in the keychain: %1 (or use "
                        "--password-command)")
                         .arg(stored.error().message)
                  << "\n";
            return 1;
        }
    }
    if (Status saved = file.save(a); !saved) {
        err() << tr("error: %1").arg(saved.error().message) << "\n";
        return 1;
    }
    out() << tr("SMTP account saved (%1)").arg(file.path()) << "\n";
    return 0;
}

int smtpShow(const QStringList& args)
{
    QCommandLineParser parser;
    if (auto done = parseCommandLine(parser, QStringLiteral("smtp show"), args))
        return *done;
    auto a = SmtpAccountFile().load();
    if (!a) {
        err() << tr("error: %1").arg(a.error().message) << "\n";
        return 1;
    }
    out() << QString::fromUtf8(QJsonDocument(a->toJson()).toJson());
    return 0;
}

QString senderOf(const SmtpAccount& account, const OperatorProfile& profile)
{
    const QString address = account.from.isEmpty() ? profile.primaryAbuseAddress() : account.from;
    const QString name = account.fromName.isEmpty() ? profile.name : account.fromName;
    if (name.isEmpty())
        return address;
    return name + QStringLiteral(" <") + address + QLatin1Char('>');
}

Result<QString> smtpPassword(const SmtpAccount& account)
{
    if (account.user.isEmpty())
        return QString();
    if (!account.passwordCommand.isEmpty())
        return PasswordCommandSecret::run(account.passwordCommand);
    QtKeychainSecretStore secrets;
    return secrets.readPassword(smtpSecretKey());
}

// The provider's abuse contact from RDAP, when the provider table has none; the
// result (or why there is none) goes to stderr, the message to stdout.
QStringList lookUpAbuseContact(const QCommandLineParser& parser, const Analysis& analysis)
{
    const QString ip = AbuseContactLookup::mailServerIp(analysis);
    if (analysis.mailServer.isEmpty() && ip.isEmpty())
        return {};
    QNetworkAccessManager network;
    RdapClient::Options options;
    if (parser.isSet(QStringLiteral("rdap-base")))
        options.bootstrapBase = QUrl(parser.value(QStringLiteral("rdap-base")));
    options.timeoutMs = 10000;
    const QString cacheFile = parser.value(QStringLiteral("rdap-cache"));
    options.cachePath = cacheFile.isEmpty()                  ? RdapClient::defaultCachePath()
                        : cacheFile == QLatin1String("none") ? QString()
                                                             : cacheFile;
    RdapClient rdap(&network, options);
    AbuseContactLookup lookup(&rdap);
    std::optional<Result<RdapAbuseContact>> answer;
    QEventLoop loop;
    lookup.lookup(analysis.mailServer, ip, &loop, [&](const Result<RdapAbuseContact>& r) {
        answer = r;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer || !*answer) {
        err() << tr("warning: no abuse contact for the provider: %1 (give one with --to)")
                     .arg(answer ? answer->error().message : QString())
              << "\n";
        return {};
    }
    const RdapAbuseContact& c = **answer;
    err()
        << tr("To: %1 (from RDAP: abuse contact of %2, %3)").arg(c.email, c.objectName, c.sourceUrl)
        << "\n";
    return {c.email};
}

// Appends the sent bytes to the IMAP Sent folder the SMTP account names.
Result<QString> keepSentCopy(const SmtpAccount& smtp, const QByteArray& raw)
{
    const auto accounts = AccountRepository().load();
    if (!accounts)
        return accounts.error();
    const auto account = SentFolderWriter::accountFor(smtp.sentAccount, *accounts);
    if (!account)
        return account.error();
    Result<QString> password =
        account->passwordCommand.isEmpty()
            ? QtKeychainSecretStore().readPassword(imapSecretKey(account->name))
            : PasswordCommandSecret::run(account->passwordCommand);
    if (!password)
        return Error{
            tr("no IMAP password for '%1': %2").arg(account->name, password.error().message)};
    return SentFolderWriter(*account, *password).append(raw, smtp.sentFolder);
}

} // namespace

int runSmtp(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("set"))
        return smtpSet(args.mid(1));
    if (sub == QLatin1String("show"))
        return smtpShow(args.mid(1));
    err() << tr("usage: mixdesk-cli smtp set --host H --port P --security smtps|starttls|plain "
                "--user U --from ADDR [--password-command CMD] [--trust-fingerprint SHA256]\n"
                "           [--append-to-sent ACCOUNT [--sent-folder FOLDER] | "
                "--no-append-to-sent]\n"
                "       mixdesk-cli smtp show")
          << "\n";
    return sub == QLatin1String("--help") ? 0 : 2;
}

int runRespond(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compose a response to one or more notices from a template; print it (--dry-run) "
           "or send it over SMTP (--send). Several notices (a campaign) go in one mail, each "
           "attached."));
    parser.addPositionalArgument(QStringLiteral("NOTICE_ID"),
                                 tr("Notice id(s), as in list --json"));
    parser.addOptions(databaseOptions());
    parser.addOptions({
        opt(QStringLiteral("template"),
            "webmail-spam, misdirected, copyright, harassment, fraud, isp-reply or your own "
            "(default: suggested by the notice's category)",
            "NAME"),
        opt(QStringLiteral("lang"), "Language of the response: en or de (default: the notice's)",
            "LANG"),
        opt(QStringLiteral("to"), "Recipient (repeatable; replaces the suggested ones)", "ADDR"),
        opt(QStringLiteral("cc"), "Copy recipient (repeatable; replaces the suggested ones)",
            "ADDR"),
        opt(QStringLiteral("profile"), "Operator profile JSON (default: the saved profile)",
            "FILE"),
        opt(QStringLiteral("dry-run"), "Print the generated message, send nothing (default)"),
        opt(QStringLiteral("send"), "Send it over SMTP and record it"),
        opt(QStringLiteral("no-lookup"),
            "Do not ask RDAP for the provider's abuse contact when the provider table has none"),
        opt(QStringLiteral("rdap-base"), "Base URL of the RDAP bootstrap files", "URL"),
        opt(QStringLiteral("rdap-cache"), "RDAP cache file; 'none' for no cache file", "FILE"),
    });
    if (auto done = parseCommandLine(parser, QStringLiteral("respond"), args))
        return *done;
    if (parser.positionalArguments().isEmpty() ||
        (parser.isSet(QStringLiteral("send")) && parser.isSet(QStringLiteral("dry-run")))) {
        err() << tr("usage: mixdesk-cli respond NOTICE_ID... --template NAME [--lang en|de] "
                    "[--to ADDR]... [--cc ADDR]... [--dry-run | --send]")
              << "\n";
        return 2;
    }
    QList<qint64> ids;
    for (const QString& a : parser.positionalArguments()) {
        bool ok = false;
        ids << a.toLongLong(&ok);
        if (!ok) {
            err() << tr("error: '%1' is not a notice id").arg(a) << "\n";
            return 2;
        }
    }
    auto profile = parser.isSet(QStringLiteral("profile"))
                       ? OperatorProfile::loadFile(parser.value(QStringLiteral("profile")))
                       : ProfileStore::load();
    if (!profile) {
        err() << tr("error: profile: %1").arg(profile.error().message) << "\n";
        return 1;
    }
    auto smtp = SmtpAccountFile().load();
    if (!smtp) {
        err() << tr("error: %1").arg(smtp.error().message) << "\n";
        return 1;
    }
    auto db = openDatabase(parser, profile->name);
    if (!db)
        return 1;
    SqlNoticeRoles roles(*db);
    NoticeRoles r = roles.roles();

    QList<NoticeForResponse> notices;
    for (qint64 id : ids) {
        NoticeForResponse n;
        n.id = id;
        auto raw = r.inbox.rawNotice(id);
        auto analysis = r.inbox.analysis(id);
        if (!raw || !analysis) {
            err() << tr("error: notice %1: %2")
                         .arg(id)
                         .arg(!raw ? raw.error().message : analysis.error().message)
                  << "\n";
            return 1;
        }
        n.raw = *raw;
        n.analysis = *analysis;
        notices << n;
    }
    TemplateLibrary library;
    if (Status loaded = library.load(); !loaded)
        err() << tr("warning: %1").arg(loaded.error().message) << "\n";
    ProviderDirectory providers;
    if (Status loaded = providers.load(); !loaded)
        err() << tr("warning: %1").arg(loaded.error().message) << "\n";
    const QString templateName =
        parser.isSet(QStringLiteral("template"))
            ? parser.value(QStringLiteral("template"))
            : ResponseComposer::suggestedTemplate(notices.first().analysis);
    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : ResponseComposer::suggestedLanguage(notices.first().analysis);
    const ResponseTemplate* templ = library.find(templateName, language);
    if (!templ) {
        err() << tr("error: no template '%1' in language '%2' (templates: %3)")
                     .arg(templateName, language, library.names().join(QStringLiteral(", ")))
              << "\n";
        return 2;
    }
    ResponseComposer composer(*profile, providers, senderOf(*smtp, *profile));
    ResponseDraft draft = composer.compose(notices, *templ);
    if (parser.isSet(QStringLiteral("to")))
        draft.to = parser.values(QStringLiteral("to"));
    if (parser.isSet(QStringLiteral("cc")))
        draft.cc = parser.values(QStringLiteral("cc"));
    if (draft.attachNotices && draft.to.isEmpty() && !parser.isSet(QStringLiteral("no-lookup")))
        draft.to = lookUpAbuseContact(parser, notices.first().analysis);

    SqlResponseStore responses(*db);
    ResponseDispatcher dispatcher(responses, r.inbox, r.journal);
    if (!parser.isSet(QStringLiteral("send"))) {
        const QString from = MailAddress::parse(draft.from).address;
        auto message = dispatcher.generate(draft, QDateTime::currentDateTimeUtc(),
                                           MessageWriter::newMessageId(from));
        if (!message) {
            err() << tr("error: %1").arg(message.error().message) << "\n";
            return 1;
        }
        out().flush();
        std::cout.write(message->raw.constData(), std::streamsize(message->raw.size()));
        std::cout.flush();
        return 0;
    }
    if (!smtp->isConfigured()) {
        err() << tr("error: no SMTP account set (mixdesk-cli smtp set ...)") << "\n";
        return 1;
    }
    auto password = smtpPassword(*smtp);
    if (!password) {
        err() << tr("error: SMTP password: %1").arg(password.error().message) << "\n";
        return 1;
    }
    auto saved = responses.saveDraft(draft);
    if (!saved) {
        err() << tr("error: %1").arg(saved.error().message) << "\n";
        return 1;
    }
    SmtpSender sender(*smtp, *password);
    auto sent = dispatcher.send(saved->id, sender);
    if (!sent) {
        err() << tr("error: not sent, the draft stays in the outbox as response #%1: %2")
                     .arg(saved->id)
                     .arg(sent.error().message)
              << "\n";
        return 1;
    }
    out() << tr("Sent response #%1 to %2 (%3)")
                 .arg(sent->id)
                 .arg((sent->to + sent->cc).join(QStringLiteral(", ")), sent->messageId)
          << "\n";
    if (smtp->appendToSent) {
        // The copy is a convenience: failing it warns and is journalled, the send stands.
        auto raw = responses.sentRaw(sent->id);
        const Result<QString> copied =
            raw ? keepSentCopy(*smtp, *raw) : Result<QString>(raw.error());
        if (copied) {
            out() << tr("Copy kept in the IMAP folder '%1'").arg(*copied) << "\n";
        } else {
            err() << tr("warning: no copy in the Sent folder: %1").arg(copied.error().message)
                  << "\n";
            dispatcher.recordSentCopyFailure(*sent, copied.error().message);
        }
    }
    return 0;
}

} // namespace mixdesk::cli
