#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "accounts/ImapAccount.h"
#include "profile/ProfileStore.h"
#include "respond/ResponseComposer.h"
#include "respond/ResponseDispatcher.h"
#include "respond/SqlResponseStore.h"
#include "secrets/PasswordCommandSecret.h"
#include "secrets/QtKeychainSecretStore.h"
#include "smtp/SmtpSender.h"
#include "store/notices/NoticeRoles.h"

#include <QCommandLineParser>
#include <QJsonDocument>

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
    return 0;
}

} // namespace mixdesk::cli
