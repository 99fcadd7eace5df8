#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <map>
#include <memory>

namespace {

void printUsage()
{
    mixdesk::cli::err() << "usage: mixdesk-cli COMMAND [OPTIONS]\n\n"
                           "commands:\n"
                           "  analyze    analyze notice files and print JSON lines\n"
                           "  import     import .eml files, folders, mbox files, Maildirs\n"
                           "  list       list stored notices\n"
                           "  reanalyze  recompute stored analyses\n"
                           "  status     show or set the status of notices\n"
                           "  note       add a note to a notice\n"
                           "  account    add, list or remove IMAP accounts\n"
                           "  sync       fetch new notices from IMAP accounts\n"
                           "  db         copy a desk between SQLite and PostgreSQL, check one\n"
                           "  dnsbl      check exit addresses against DNS blocklists\n"
                           "  exits      check the exits' readiness, write the notice page\n"
                           "  block      record, list, remove and export destination blocks\n"
                           "  smtp       set the SMTP account responses are sent with\n"
                           "  respond    compose a response to notices, print or send it\n"
                           "  case       case folders for legal matters, the PDF dossier\n"
                           "\nRun 'mixdesk-cli COMMAND --help' for the options of a command.\n";
    mixdesk::cli::err().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // `case` writes PDF dossiers, which need Qt Gui's fonts: a GUI application on the
    // offscreen platform (no display needed); everything else stays a core application.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "case") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("MixDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mixdesk"));

    const std::map<QString, std::function<int(const QStringList&)>> commands{
        {QStringLiteral("analyze"), mixdesk::cli::runAnalyze},
        {QStringLiteral("import"), mixdesk::cli::runImport},
        {QStringLiteral("list"), mixdesk::cli::runList},
        {QStringLiteral("reanalyze"), mixdesk::cli::runReanalyze},
        {QStringLiteral("status"), mixdesk::cli::runStatus},
        {QStringLiteral("note"), mixdesk::cli::runNote},
        {QStringLiteral("account"), mixdesk::cli::runAccount},
        {QStringLiteral("sync"), mixdesk::cli::runSync},
        {QStringLiteral("db"), mixdesk::cli::runDb},
        {QStringLiteral("dnsbl"), mixdesk::cli::runDnsbl},
        {QStringLiteral("exits"), mixdesk::cli::runExits},
        {QStringLiteral("block"), mixdesk::cli::runBlock},
        {QStringLiteral("smtp"), mixdesk::cli::runSmtp},
        {QStringLiteral("respond"), mixdesk::cli::runRespond},
        {QStringLiteral("case"), mixdesk::cli::runCase},
    };

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || !commands.contains(args.first())) {
        if (!args.isEmpty() && args.first() != QLatin1String("--help"))
            mixdesk::cli::err() << "mixdesk-cli: unknown command '" << args.first() << "'\n";
        printUsage();
        return args.isEmpty() || args.first() != QLatin1String("--help") ? 2 : 0;
    }
    const QString name = args.takeFirst();
    const int code = commands.at(name)(args);
    mixdesk::cli::out().flush();
    mixdesk::cli::err().flush();
    return code;
}
