#pragma once

#include <QList>
#include <QString>

namespace mixdesk {

// An IP address written somewhere in a text.
struct AddressMention
{
    QString address; // normalised (ExitMatcher::normalize)
    qsizetype start = 0;
    qsizetype end = 0;
};

// Finds IPv4 and IPv6 addresses in free text (with or without brackets, "IPv6:"
// prefixes, ":port" suffixes). Times like 04:11:09 are not taken for IPv6.
class TextAddressFinder
{
public:
    static QList<AddressMention> find(const QString& text);
};

} // namespace mixdesk
