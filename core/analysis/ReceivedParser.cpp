#include "analysis/ReceivedParser.h"

namespace mixdesk {

// Stub until the tokenizer lands.
ReceivedHop ReceivedParser::parse(const QString& value)
{
    ReceivedHop hop;
    hop.raw = value;
    return hop;
}

QDateTime ReceivedParser::parseDate(const QString& text)
{
    Q_UNUSED(text);
    return {};
}

} // namespace mixdesk
