#include "CliSupport.h"
#include "Commands.h"

namespace mixdesk::cli {

int runAccount(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "not implemented yet\n";
    return 1;
}

int runSync(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "not implemented yet\n";
    return 1;
}

} // namespace mixdesk::cli
