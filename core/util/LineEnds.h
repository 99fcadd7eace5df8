#pragma once

#include <QString>

namespace mixdesk {

// `text` with CRLF and lone CR turned into LF. Text without CR, the usual case
// after parsing, comes back shared and unscanned but for one vectorised search:
// QString::replace("\r\n", ...) ran a Boyer-Moore matcher over every text, several
// times per notice, and was a few percent of the whole import.
QString normalizedLineEnds(const QString& text);

} // namespace mixdesk
