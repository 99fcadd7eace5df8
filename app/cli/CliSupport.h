#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace mixdesk::cli {

// stdout/stderr as UTF-8 text streams shared by all commands.
QTextStream& out();
QTextStream& err();

// Parses the `args` of `mixdesk-cli COMMAND`, with a --help option. nullopt: go on;
// otherwise the command is done with that exit code (0 after printing --help, 2 after
// printing a usage error).
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command,
                                    const QStringList& args);

// Reads one line from stdin (a password), without echo when stdin is a terminal,
// after showing `prompt` on stderr there.
QString readSecretLine(const QString& prompt);

} // namespace mixdesk::cli
