#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "dns/AresResolver.h"
#include "exits/blocks/BlockExport.h"
#include "exits/blocks/BlockHostResolver.h"
#include "exits/store/SqlBlockStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace mixdesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BlockCommand", text);
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    parser.addOptions(databaseOptions());
    return !parseCommandLine(parser, command, args).has_value();
}

int fail(const QString& command, const QString& message, int code = 1)
{
    err() << "mixdesk-cli block " << command << ": " << message << "\n";
    return code;
}

int add(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records a request to block DESTINATION (host name, IP address or network) on all "
           "exits."));
    const QCommandLineOption ports(
        QStringLiteral("ports"), tr("Only these ports: 80,443,8000-8080."), QStringLiteral("LIST"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (required)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption requester(QStringLiteral("requester"), tr("Who asked."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption notice(QStringLiteral("notice"),
                                    tr("The notice or case it came with."), QStringLiteral("ID"));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     tr("Last day of the block (YYYY-MM-DD)."),
                                     QStringLiteral("DATE"));
    parser.addOptions({ports, reason, requester, notice, expires});
    parser.addPositionalArgument(QStringLiteral("DESTINATION"), tr("Host name, IP or CIDR."));
    if (!parse(parser, QStringLiteral("block add"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("add"), tr("name exactly one destination"), 2);
    if (parser.value(reason).trimmed().isEmpty())
        return fail(QStringLiteral("add"), tr("--reason is required"), 2);

    BlockRequest request;
    const Result<QString> destination =
        BlockRequest::normaliseDestination(parser.positionalArguments().first());
    if (!destination)
        return fail(QStringLiteral("add"), destination.error().message, 2);
    const Result<QList<PortRange>> portList = PortRange::parseList(parser.value(ports));
    if (!portList)
        return fail(QStringLiteral("add"), portList.error().message, 2);
    request.destination = *destination;
    request.ports = *portList;
    request.reason = parser.value(reason).trimmed();
    request.requester = parser.value(requester).trimmed();
    request.reference = parser.value(notice).trimmed();
    if (parser.isSet(expires)) {
        request.expires = QDate::fromString(parser.value(expires), Qt::ISODate);
        if (!request.expires.isValid())
            return fail(QStringLiteral("add"), tr("--expires needs a date as YYYY-MM-DD"), 2);
    }
    const std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 2;
    const Result<BlockRequest> added = SqlBlockStore(*db).add(request);
    if (!added)
        return fail(QStringLiteral("add"), added.error().message);
    out() << added->id << "\n";
    return 0;
}

int list(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per line."));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("block list"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 2;
    const Result<QList<BlockRequest>> blocks = SqlBlockStore(*db).list();
    if (!blocks)
        return fail(QStringLiteral("list"), blocks.error().message);
    const QDate today = QDate::currentDate();
    for (const BlockRequest& b : *blocks) {
        if (parser.isSet(json)) {
            QJsonObject o = b.toJson();
            o.insert(QStringLiteral("active"), b.isActiveOn(today));
            out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        } else {
            out() << b.describe() << (b.isActiveOn(today) ? QString() : tr(" [expired]")) << "\n";
        }
    }
    return 0;
}

int remove(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The block's number."));
    if (!parse(parser, QStringLiteral("block remove"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("remove"), tr("name one block number"), 2);
    const std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 2;
    const Status removed = SqlBlockStore(*db).remove(id);
    if (!removed)
        return fail(QStringLiteral("remove"), removed.error().message);
    return 0;
}

int exportBlocks(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the active blocks as torrc ExitPolicy lines, an nftables script or Squid "
           "ACLs. Host names are resolved now, for torrc and nftables."));
    const QCommandLineOption format(QStringLiteral("format"), tr("torrc, nftables or squid."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Write to FILE (default: stdout)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption nameserver(QStringLiteral("nameserver"),
                                        tr("DNS server to ask; default: the system's."),
                                        QStringLiteral("ADDR[:PORT]"));
    parser.addOptions({format, outFile, nameserver});
    if (!parse(parser, QStringLiteral("block export"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    BlockExport::Format chosen;
    if (!BlockExport::formatFromId(parser.value(format), &chosen))
        return fail(QStringLiteral("export"), tr("--format must be torrc, nftables or squid"), 2);
    const std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 2;
    const Result<QList<BlockRequest>> blocks = SqlBlockStore(*db).list();
    if (!blocks)
        return fail(QStringLiteral("export"), blocks.error().message);

    BlockExport::Input input;
    input.blocks = BlockExport::active(*blocks, QDate::currentDate());
    DnsResolverConfig dnsConfig;
    if (parser.isSet(nameserver)) {
        const Result<DnsServer> server = DnsServer::parse(parser.value(nameserver));
        if (!server)
            return fail(QStringLiteral("export"), server.error().message, 2);
        dnsConfig.servers = {*server};
    }
    Result<std::unique_ptr<AresResolver>> resolver = AresResolver::create(dnsConfig);
    if (!resolver)
        return fail(QStringLiteral("export"), resolver.error().message);
    BlockHostResolver hosts(resolver->get());
    QEventLoop loop;
    hosts.resolve(input.blocks, [&](const BlockHostResolver::Answer& answer) {
        input.resolved = answer.resolved;
        input.failures = answer.failures;
        loop.quit();
    });
    loop.exec();
    for (auto it = input.failures.cbegin(); it != input.failures.cend(); ++it)
        err() << tr("warning: %1 could not be resolved (%2); it is not blocked by address")
                     .arg(it.key(), it.value())
              << "\n";

    const QByteArray text = BlockExport::render(chosen, input).toUtf8();
    if (!parser.isSet(outFile)) {
        out() << QString::fromUtf8(text);
        return 0;
    }
    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(QStringLiteral("export"), file.errorString());
    return 0;
}

} // namespace

int runBlock(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add"))
        return add(args.mid(1));
    if (sub == QLatin1String("list"))
        return list(args.mid(1));
    if (sub == QLatin1String("remove"))
        return remove(args.mid(1));
    if (sub == QLatin1String("export"))
        return exportBlocks(args.mid(1));
    err() << "usage: mixdesk-cli block add|list|remove|export [OPTIONS]  (--help for each)\n";
    return sub == QLatin1String("--help") ? 0 : 2;
}

} // namespace mixdesk::cli
