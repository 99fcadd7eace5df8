#pragma once

#include <QString>
#include <QTextStream>

namespace mixdesk::cli {

// stdout/stderr as UTF-8 text streams shared by all commands.
QTextStream& out();
QTextStream& err();

} // namespace mixdesk::cli
