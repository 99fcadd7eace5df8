#pragma once

#include "TestPaths.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace mixdesk::test {

// What one run of the built mixdesk-cli gave: exit code (-1 when it crashed or hung)
// and its output.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs mixdesk-cli with HOME and the XDG folders inside `home`, so settings, the
// keychain fallback and caches stay the test's own.
inline CliRun runCli(const QStringList& args, const QTemporaryDir& home)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), home.path());
    e.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace mixdesk::test
