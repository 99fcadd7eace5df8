#include "CliSupport.h"

#include <cstdio>

namespace mixdesk::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace mixdesk::cli
