#include "TestPaths.h"

#include <QDir>
#include <QProcessEnvironment>

namespace mixdesk::test {
namespace {

QString env(const char* name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

} // namespace

QString sharedDir()
{
    return QDir::cleanPath(env("MIXDESK_SHARED_DIR"));
}

QString corpusDir()
{
    return sharedDir() + QStringLiteral("/corpus");
}

QString corpusFile(const QString& name)
{
    return corpusDir() + u'/' + name;
}

QString sourceDir()
{
    return env("MIXDESK_SOURCE_DIR");
}

QString cliPath()
{
    return env("MIXDESK_CLI");
}

} // namespace mixdesk::test
