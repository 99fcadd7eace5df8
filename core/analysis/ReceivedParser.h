#pragma once

#include "analysis/ReceivedHop.h"

#include <QDateTime>
#include <QString>

namespace mixdesk {

// Tokenizes Received header values. Our own tokenizer: vmime's relay parser
// matches keywords by prefix and trips over comments like "(Postfix)".
class ReceivedParser
{
public:
    // `value` is the header value without "Received:"; folding is undone here.
    static ReceivedHop parse(const QString& value);

    // RFC 5322 date-time (with obsolete zone names, missing seconds, comments)
    // converted to UTC; invalid when unparsable or without zone information.
    static QDateTime parseDate(const QString& text);
};

} // namespace mixdesk
