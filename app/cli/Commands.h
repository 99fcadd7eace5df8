#pragma once

#include <QStringList>

// Each sub-command takes its own arguments (without the command name) and
// returns the process exit code.
namespace mixdesk::cli {

int runAnalyze(const QStringList& args);   // AnalyzeCommand.cpp
int runImport(const QStringList& args);    // StoreCommands.cpp
int runList(const QStringList& args);      // StoreCommands.cpp
int runReanalyze(const QStringList& args); // StoreCommands.cpp
int runStatus(const QStringList& args);    // StoreCommands.cpp
int runNote(const QStringList& args);      // StoreCommands.cpp
int runAccount(const QStringList& args);   // AccountCommands.cpp
int runSync(const QStringList& args);      // AccountCommands.cpp
int runDnsbl(const QStringList& args);     // DnsblCommand.cpp
int runDb(const QStringList& args);        // DbCommand.cpp
int runExits(const QStringList& args);     // ExitsCommand.cpp
int runBlock(const QStringList& args);     // BlockCommand.cpp
int runSmtp(const QStringList& args);      // RespondCommands.cpp
int runRespond(const QStringList& args);   // RespondCommands.cpp
int runCase(const QStringList& args);      // CaseCommand.cpp

} // namespace mixdesk::cli
