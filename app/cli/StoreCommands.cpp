#include "CliSupport.h"
#include "Commands.h"

namespace mixdesk::cli {

int runImport(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "not implemented yet\n";
    return 1;
}

int runList(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "not implemented yet\n";
    return 1;
}

int runReanalyze(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "not implemented yet\n";
    return 1;
}

} // namespace mixdesk::cli
