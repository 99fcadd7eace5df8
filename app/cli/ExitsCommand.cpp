#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "dns/AresResolver.h"
#include "exits/checks/DnsblCheck.h"
#include "exits/checks/DnsblListings.h"
#include "exits/checks/HostingCountryCheck.h"
#include "exits/checks/NoticePageCheck.h"
#include "exits/checks/ReadinessRunner.h"
#include "exits/checks/ReadinessScore.h"
#include "exits/checks/ReverseDnsCheck.h"
#include "exits/checks/WhoisCheck.h"
#include "exits/notice/NoticePageDeploy.h"
#include "exits/notice/NoticePageGenerator.h"
#include "exits/notice/NoticePageTemplate.h"
#include "exits/store/SqlReadinessHistory.h"
#include "lookup/RdapClient.h"
#include "profile/ProfileStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace mixdesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExitsCommand", text);
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    return !parseCommandLine(parser, command, args).has_value();
}

Result<OperatorProfile> loadProfile(const QString& path)
{
    return path.isEmpty() ? ProfileStore::load() : OperatorProfile::loadFile(path);
}

int check(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks whether the exits are ready for abuse: reverse "
                                        "DNS, whois (RDAP), the notice page, hosting country, "
                                        "DNSBL. Exit code 1 when a check fails."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Operator profile (JSON)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption ip(QStringLiteral("ip"), tr("Check only this address (repeatable)."),
                                QStringLiteral("IP"));
    const QCommandLineOption nameserver(QStringLiteral("nameserver"),
                                        tr("DNS server to ask; default: the system's."),
                                        QStringLiteral("ADDR[:PORT]"));
    const QCommandLineOption rdapBase(QStringLiteral("rdap-base"),
                                      tr("Base URL of the RDAP bootstrap files."),
                                      QStringLiteral("URL"));
    const QCommandLineOption rdapCache(QStringLiteral("rdap-cache"),
                                       tr("RDAP cache file; 'none' for no cache file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption httpPort(QStringLiteral("http-port"),
                                      tr("Port of the notice page (default 80)."),
                                      QStringLiteral("PORT"), QStringLiteral("80"));
    const QCommandLineOption httpsPort(QStringLiteral("https-port"),
                                       tr("HTTPS port to try (default 443; 0: do not try)."),
                                       QStringLiteral("PORT"), QStringLiteral("443"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for each web or RDAP answer."),
                                     QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption noHistory(QStringLiteral("no-history"),
                                       tr("Do not store the results in the database."));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per line."));
    parser.addOptions(databaseOptions() +
                      QList<QCommandLineOption>{profile, ip, nameserver, rdapBase, rdapCache,
                                                httpPort, httpsPort, timeout, noHistory, json});
    if (!parse(parser, QStringLiteral("exits check"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;

    const Result<OperatorProfile> operatorProfile = loadProfile(parser.value(profile));
    if (!operatorProfile) {
        err() << "mixdesk-cli exits check: " << operatorProfile.error().message << "\n";
        return 2;
    }
    const QList<ExitTarget> targets = ExitTarget::fromProfile(*operatorProfile, parser.values(ip));
    if (targets.isEmpty()) {
        err() << "mixdesk-cli exits check: " << tr("no exit address to check") << "\n";
        return 2;
    }

    DnsResolverConfig dnsConfig;
    if (parser.isSet(nameserver)) {
        const Result<DnsServer> server = DnsServer::parse(parser.value(nameserver));
        if (!server) {
            err() << "mixdesk-cli exits check: " << server.error().message << "\n";
            return 2;
        }
        dnsConfig.servers = {*server};
    }
    Result<std::unique_ptr<AresResolver>> resolver = AresResolver::create(dnsConfig);
    if (!resolver) {
        err() << "mixdesk-cli exits check: " << resolver.error().message << "\n";
        return 2;
    }

    const int timeoutMs = int(parser.value(timeout).toDouble() * 1000);
    QNetworkAccessManager network;
    RdapClient::Options rdapOptions;
    if (parser.isSet(rdapBase))
        rdapOptions.bootstrapBase = QUrl(parser.value(rdapBase));
    rdapOptions.timeoutMs = timeoutMs;
    const QString cacheFile = parser.value(rdapCache);
    rdapOptions.cachePath = cacheFile.isEmpty()                  ? RdapClient::defaultCachePath()
                            : cacheFile == QLatin1String("none") ? QString()
                                                                 : cacheFile;
    RdapClient rdap(&network, rdapOptions);

    NoticePageCheck::Options pageOptions;
    pageOptions.httpPort = parser.value(httpPort).toUShort();
    pageOptions.httpsPort = parser.value(httpsPort).toUShort();
    pageOptions.timeoutMs = timeoutMs;

    const NoDnsblResults noDnsbl;
    ReverseDnsCheck reverseDns(resolver->get());
    WhoisCheck whois(&rdap);
    NoticePageCheck page(&network, pageOptions);
    HostingCountryCheck country;
    DnsblCheck dnsbl(&noDnsbl);
    ReadinessRunner runner({&reverseDns, &whois, &page, &country, &dnsbl});
    QEventLoop loop;
    QObject::connect(&runner, &ReadinessRunner::finished, &loop, &QEventLoop::quit);
    runner.start(targets, *operatorProfile);
    if (runner.isRunning())
        loop.exec();

    const QList<CheckResult> results = runner.results();
    if (!parser.isSet(noHistory)) {
        const std::unique_ptr<Database> db = openDatabase(parser, actorFromProfile(parser));
        if (!db)
            return 2;
        const Status saved = SqlReadinessHistory(*db).append(results);
        if (!saved) {
            err() << "mixdesk-cli exits check: " << saved.error().message << "\n";
            return 2;
        }
    }

    bool anyFailed = false;
    for (const CheckResult& r : results) {
        anyFailed = anyFailed || r.status == CheckStatus::Fail;
        if (parser.isSet(json))
            out() << QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact))
                  << "\n";
        else
            out() << qSetFieldWidth(16) << Qt::left << r.ip << qSetFieldWidth(12)
                  << checkKindId(r.check) << qSetFieldWidth(6) << checkStatusId(r.status)
                  << qSetFieldWidth(0) << r.detail << "\n";
    }
    if (!parser.isSet(json)) {
        const QMap<QString, int> scores = ReadinessScore::perAddress(results);
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            out() << tr("Readiness of %1: %2/100").arg(it.key()).arg(it.value()) << "\n";
        out() << tr("Overall readiness: %1/100").arg(ReadinessScore::overall(results)) << "\n";
    }
    return anyFailed ? 1 : 0;
}

int noticePage(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the exit notice page (English and German on one page) from the profile."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Operator profile (JSON)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language shown first: en or de."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Write the page to FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption templ(QStringLiteral("template"),
                                   tr("HTML template; default: the user's, else the built-in."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption deploy(
        QStringLiteral("deploy-dir"),
        tr("Write the page and lighttpd, nginx and Apache configuration into DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption docroot(QStringLiteral("document-root"),
                                     tr("Folder of the page on the exit server (for the configs)."),
                                     QStringLiteral("PATH"),
                                     QStringLiteral("/var/www/exit-notice"));
    const QCommandLineOption printTemplate(QStringLiteral("print-template"),
                                           tr("Print the built-in template and exit."));
    parser.addOptions({profile, lang, outFile, templ, deploy, docroot, printTemplate});
    if (!parse(parser, QStringLiteral("exits notice-page"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.isSet(printTemplate)) {
        out() << NoticePageTemplate::builtIn();
        return 0;
    }
    if (!NoticePageGenerator::isSupportedLanguage(parser.value(lang))) {
        err() << "mixdesk-cli exits notice-page: " << tr("--lang must be en or de") << "\n";
        return 2;
    }
    const Result<OperatorProfile> operatorProfile = loadProfile(parser.value(profile));
    if (!operatorProfile) {
        err() << "mixdesk-cli exits notice-page: " << operatorProfile.error().message << "\n";
        return 2;
    }
    const Result<QString> htmlTemplate = parser.isSet(templ)
                                             ? NoticePageTemplate::load(parser.value(templ))
                                             : NoticePageTemplate::load();
    if (!htmlTemplate) {
        err() << "mixdesk-cli exits notice-page: " << htmlTemplate.error().message << "\n";
        return 2;
    }
    const QString html =
        NoticePageGenerator::render(*htmlTemplate, *operatorProfile, parser.value(lang));
    if (parser.isSet(deploy)) {
        NoticePageDeploy::Options options;
        options.documentRoot = parser.value(docroot);
        const Result<QStringList> written =
            NoticePageDeploy::write(parser.value(deploy), html, options);
        if (!written) {
            err() << "mixdesk-cli exits notice-page: " << written.error().message << "\n";
            return 1;
        }
        for (const QString& file : *written)
            err() << tr("wrote %1").arg(file) << "\n";
    }
    if (parser.isSet(outFile)) {
        QSaveFile file(parser.value(outFile));
        const QByteArray bytes = html.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            err() << "mixdesk-cli exits notice-page: " << file.errorString() << "\n";
            return 1;
        }
    } else if (!parser.isSet(deploy)) {
        out() << html;
    }
    return 0;
}

} // namespace

int runExits(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("check"))
        return check(args.mid(1));
    if (sub == QLatin1String("notice-page"))
        return noticePage(args.mid(1));
    err() << "usage: mixdesk-cli exits check|notice-page [OPTIONS]  (--help for each)\n";
    return sub == QLatin1String("--help") ? 0 : 2;
}

} // namespace mixdesk::cli
