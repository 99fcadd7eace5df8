#pragma once

#include <QString>

namespace mixdesk {

// Renders an HTML body as plain text for analysis: tags removed, script and
// style dropped, block elements and <br> turned into line breaks, character
// references decoded. Linear in the input size.
QString htmlToText(const QString& html);

} // namespace mixdesk
