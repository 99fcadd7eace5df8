#include "CliSupport.h"
#include "Commands.h"

#include "analysis/NoticeAnalyzer.h"
#include "profile/ProfileStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace mixdesk::cli {
namespace {

void printAnalyzeUsage(QTextStream& stream)
{
    stream << "usage: mixdesk-cli analyze [--profile PROFILE.json] FILE...\n\n"
              "Analyzes abuse notices (.eml files) and prints one JSON object per file and\n"
              "line: the file name as given plus the analysis (category, language, exit_ip,\n"
              "exit_ips, incident_time_utc, webmail_account, mail_server, webmail_software,\n"
              "reporter, case_reference, received_hops, ...).\n\n"
              "options:\n"
              "  --profile PATH  operator profile (exit addresses); default: the stored profile\n"
              "  --help          show this help\n\n"
              "Exit status: 0 when every file was read, 1 when a file could not be read,\n"
              "2 on wrong usage.\n";
}

} // namespace

int runAnalyze(const QStringList& args)
{
    QString profilePath;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == u"--help" || arg == u"-h") {
            printAnalyzeUsage(out());
            return 0;
        }
        if (arg == u"--profile") {
            if (i + 1 >= args.size()) {
                err() << "mixdesk-cli analyze: --profile needs a file name\n";
                return 2;
            }
            profilePath = args[++i];
        } else if (arg.startsWith(u"--profile=")) {
            profilePath = arg.mid(10);
        } else if (arg == u"--") {
            files.append(args.mid(i + 1));
            break;
        } else if (arg.startsWith(u"--")) {
            err() << "mixdesk-cli analyze: unknown option '" << arg << "'\n";
            printAnalyzeUsage(err());
            return 2;
        } else {
            files.append(arg);
        }
    }
    if (files.isEmpty()) {
        err() << "mixdesk-cli analyze: no files given\n";
        printAnalyzeUsage(err());
        return 2;
    }

    const Result<OperatorProfile> profile =
        profilePath.isEmpty() ? ProfileStore::load() : OperatorProfile::loadFile(profilePath);
    if (!profile) {
        err() << "mixdesk-cli analyze: cannot load profile "
              << (profilePath.isEmpty() ? ProfileStore::defaultPath() : profilePath) << ": "
              << profile.error().message << "\n";
        return 2;
    }
    const NoticeAnalyzer analyzer(*profile);

    int code = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "mixdesk-cli analyze: cannot read " << path << ": " << file.errorString()
                  << "\n";
            err().flush();
            code = 1;
            continue;
        }
        const Analysis analysis = analyzer.analyze(file.readAll());
        QJsonObject json{{QStringLiteral("file"), path}};
        const QJsonObject fields = analysis.toJson();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            json.insert(it.key(), it.value());
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << "\n";
        out().flush();
    }
    return code;
}

} // namespace mixdesk::cli
