#pragma once

#include <QString>

namespace mixdesk::FlowedText {

// Undoes format=flowed (RFC 3676): a line ending in a space continues on the
// next line of the same quote depth; space-stuffing is removed; with DelSp=yes
// the soft-break space itself goes too. Quoted and pasted headers that a mail
// client re-wrapped this way come back on one line. Expects "\n" line ends.
QString unflow(const QString& text, bool delSp);

} // namespace mixdesk::FlowedText
